// An allOf member is removed from an input schema.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-all-of-removed',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-41'],
  description: 'An allOf member is removed from an input schema.',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'all-of' && fact.effect === 'widened' ? 'minor' : null),
});
