// An input enum loses a value, an enum or const restriction is introduced, or a const changes.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-enum-narrowed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-29', 'MCP-31', 'MCP-32'],
  description: 'An input enum loses a value, an enum or const restriction is introduced, or a const changes.',
  rationale: 'Calls that send a value no longer listed are rejected.',
  classify: (fact) => (fact.kind === 'enum' && narrows(fact) ? 'major' : null),
});
