// A required input property becomes optional.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-became-optional',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-24'],
  description: 'A required input property becomes optional.',
  rationale:
    'Every old call still validates (set `policy.rules.input-property-became-optional: major` to follow mcp-compat, catalogue 6.5 #3).',
  classify: (fact) => (fact.kind === 'became-optional' ? 'minor' : null),
});
