// An input string's pattern is removed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-pattern-loosened',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-36'],
  description: "An input string's pattern is removed.",
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'pattern' && fact.effect === 'widened' ? 'minor' : null),
});
