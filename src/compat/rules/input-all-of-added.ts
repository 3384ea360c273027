// An allOf member is added to an input schema.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-all-of-added',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-41'],
  description: 'An allOf member is added to an input schema.',
  rationale: 'Every member must match: old calls that fail the new member are rejected.',
  classify: (fact) => (fact.kind === 'all-of' && narrows(fact) ? 'major' : null),
});
