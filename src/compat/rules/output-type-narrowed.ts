// An output value loses a type (or null) it could have.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-type-narrowed',
  level: 'minor',
  direction: 'output',
  catalogue: ['MCP-53'],
  description: 'An output value loses a type (or null) it could have.',
  rationale: 'Clients handled more than they now get.',
  classify: (fact) =>
    (fact.kind === 'type' || fact.kind === 'nullable') && fact.effect === 'narrowed' ? 'minor' : null,
});
