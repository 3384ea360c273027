// An input value accepts a type it did not (integer to number, a type added to a list).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-type-widened',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-27'],
  description: 'An input value accepts a type it did not (integer to number, a type added to a list).',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'type' && fact.effect === 'widened' ? 'minor' : null),
});
