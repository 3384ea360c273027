// An input bound is tightened or set: minimum/maximum, length, item or property counts, multipleOf, uniqueItems.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-constraint-tightened',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-33', 'MCP-34', 'MCP-35', 'MCP-38'],
  description:
    'An input bound is tightened or set: minimum/maximum, length, item or property counts, multipleOf, uniqueItems.',
  rationale: 'Calls with values between the old and the new bound are rejected.',
  classify: (fact) => (fact.kind === 'bound' && narrows(fact) ? 'major' : null),
});
