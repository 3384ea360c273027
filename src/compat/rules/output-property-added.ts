// An output schema gains a property.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-added',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-50', 'MCP-51'],
  description: 'An output schema gains a property.',
  rationale:
    'Additive: clients read the fields they know. When the old object was closed (as zod closes every output object), clients that validate results against the old schema reject it, so it is flagged; `closedOutputPropertyAdded: major` makes it major.',
  options: [
    {
      name: 'closedOutputPropertyAdded',
      default: 'minor',
      values: ['minor', 'major'],
      description:
        'Level of a property added to a closed output object (`minor` flagged, or `major` for clients that validate results against a pinned schema). Catalogue MCP-51.',
    },
  ],
  classify: (fact, options) =>
    fact.kind !== 'property-added'
      ? null
      : fact.closed && options.closedOutputPropertyAdded === 'major'
        ? 'major'
        : 'minor',
  flag: (fact) =>
    fact.closed
      ? 'The old output object was closed: clients that validate results against the old schema (not the one listed now) reject the new property.'
      : undefined,
});
