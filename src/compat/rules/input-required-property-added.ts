// A tool's input schema gains a required property.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-required-property-added',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-17', 'MCP-18'],
  description: "A tool's input schema gains a required property.",
  rationale: 'Every call written for the old version lacks the property and is now rejected.',
  options: [
    {
      name: 'defaultsSatisfyRequired',
      default: false,
      values: [true, false],
      description:
        'Treat a new required property that declares a default as minor (the server fills it in). Catalogue 6.5 #1.',
    },
  ],
  classify: (fact, options) =>
    fact.kind === 'property-added' && fact.required
      ? fact.hasDefault && options.defaultsSatisfyRequired === true
        ? 'minor'
        : 'major'
      : null,
});
