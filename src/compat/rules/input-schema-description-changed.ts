// The description or title of an input schema or property changed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-schema-description-changed',
  level: 'patch',
  direction: 'input',
  catalogue: ['MCP-44'],
  description: 'The description or title of an input schema or property changed.',
  rationale: 'Validation is unchanged, but descriptions steer agents: listed as description drift.',
  classify: (fact) => (fact.kind === 'description' ? 'patch' : null),
  category: 'description-drift',
});
