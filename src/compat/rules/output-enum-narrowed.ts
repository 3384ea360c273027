// An output enum loses a value.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-enum-narrowed',
  level: 'minor',
  direction: 'output',
  catalogue: ['MCP-55'],
  description: 'An output enum loses a value.',
  rationale: 'Clients handled more than they now get.',
  classify: (fact) => (fact.kind === 'enum' && fact.effect === 'narrowed' ? 'minor' : null),
});
