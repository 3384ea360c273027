// A property disappears from a tool's output schema.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-removed',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-47', 'MCP-48'],
  description: "A property disappears from a tool's output schema.",
  rationale: 'Clients that read it get nothing (catalogue 6.5 #5: an optional one is major by default too).',
  options: [
    {
      name: 'optionalOutputPropertyRemoval',
      default: 'major',
      values: ['major', 'minor'],
      description: 'Level of an optional output property removed (`major` or `minor`). Catalogue 6.5 #5.',
    },
  ],
  classify: (fact, options) =>
    fact.kind !== 'property-removed'
      ? null
      : fact.required || options.optionalOutputPropertyRemoval !== 'minor'
        ? 'major'
        : 'minor',
});
