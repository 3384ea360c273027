// An input property is marked `deprecated: true`.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-deprecated',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-15'],
  description: 'An input property is marked `deprecated: true`.',
  rationale:
    'Calls still work; semver asks for a minor release when something is deprecated, so clients get notice before it goes.',
  classify: (fact) => (fact.kind === 'deprecated' ? 'minor' : null),
});
