// An output enum gains a value, its restriction is removed, or a const changes.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-enum-widened',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-54', 'MCP-56', 'MCP-59'],
  description: 'An output enum gains a value, its restriction is removed, or a const changes.',
  rationale: 'Clients that handle the listed values exhaustively meet one they do not know (catalogue 6.5 #4).',
  classify: (fact) => (fact.kind === 'enum' && widens(fact) ? 'major' : null),
});
