// A keyword mcpver does not know changed in an input schema (compared as an opaque value).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-unknown-keyword-changed',
  level: 'patch',
  direction: 'input',
  catalogue: [],
  description: 'A keyword mcpver does not know changed in an input schema (compared as an opaque value).',
  rationale: 'Its effect on validation is unknown, so it is flagged for a person to judge.',
  classify: (fact) => (fact.kind === 'unknown-keyword' ? 'patch' : null),
  flag: () => 'mcpver does not know this keyword; check whether a validator reads it.',
});
