// An input value no longer accepts null.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-null-rejected',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-28'],
  description: 'An input value no longer accepts null.',
  rationale: 'Calls that pass null are rejected.',
  classify: (fact) => (fact.kind === 'nullable' && narrows(fact) ? 'major' : null),
});
