// The description or title of an output schema or property changed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-schema-description-changed',
  level: 'patch',
  direction: 'output',
  catalogue: ['MCP-44'],
  description: 'The description or title of an output schema or property changed.',
  rationale: 'Documentation only; listed as description drift.',
  classify: (fact) => (fact.kind === 'description' ? 'patch' : null),
  category: 'description-drift',
});
