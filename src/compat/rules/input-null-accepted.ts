// An input value now accepts null.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-null-accepted',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-28'],
  description: 'An input value now accepts null.',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'nullable' && fact.effect === 'widened' ? 'minor' : null),
});
