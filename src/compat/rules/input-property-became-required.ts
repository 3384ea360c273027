// An optional input property becomes required.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-became-required',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-23'],
  description: 'An optional input property becomes required.',
  rationale: 'Calls that omitted it are now rejected.',
  options: [
    {
      name: 'defaultsSatisfyRequired',
      default: false,
      values: [true, false],
      description: 'Treat a property that became required but declares a default as minor. Catalogue 6.5 #1.',
    },
  ],
  classify: (fact, options) =>
    fact.kind === 'became-required'
      ? fact.hasDefault && options.defaultsSatisfyRequired === true
        ? 'minor'
        : 'major'
      : null,
});
