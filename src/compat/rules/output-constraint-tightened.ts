// An output bound, pattern, condition or closedness is tightened.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-constraint-tightened',
  level: 'minor',
  direction: 'output',
  catalogue: ['MCP-57'],
  description: 'An output bound, pattern, condition or closedness is tightened.',
  rationale: 'Clients get a subset of what they handled.',
  classify: (fact) =>
    ['bound', 'pattern', 'conditional', 'all-of', 'closed'].includes(fact.kind) && fact.effect === 'narrowed'
      ? 'minor'
      : null,
});
