// An input enum gains a value, or an enum or const restriction is removed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-enum-widened',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-30', 'MCP-31', 'MCP-32'],
  description: 'An input enum gains a value, or an enum or const restriction is removed.',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'enum' && fact.effect === 'widened' ? 'minor' : null),
});
