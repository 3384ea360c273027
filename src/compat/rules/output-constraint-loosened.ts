// An output bound, pattern, condition or closedness is loosened or removed.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-constraint-loosened',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-57'],
  description: 'An output bound, pattern, condition or closedness is loosened or removed.',
  rationale:
    'Clients that rely on the old bounds get values outside them. An output object that is merely opened (additionalProperties removed) is a flagged minor, like a property added to a closed one (`closedOutputPropertyAdded`).',
  classify: (fact, options) =>
    !['bound', 'pattern', 'conditional', 'all-of', 'closed'].includes(fact.kind) || !widens(fact)
      ? null
      : fact.kind === 'closed' && options.closedOutputPropertyAdded !== 'major'
        ? 'minor'
        : 'major',
  flag: (fact) =>
    fact.kind === 'closed'
      ? 'The output object accepts more properties: clients that validate results against the old schema (not the one listed now) may reject them.'
      : undefined,
});
