// if/then/else, not, contains, dependentRequired or dependentSchemas is added to or changed in an input schema.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-condition-added',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-42'],
  description:
    'if/then/else, not, contains, dependentRequired or dependentSchemas is added to or changed in an input schema.',
  rationale: 'Calls that do not meet the new condition are rejected.',
  classify: (fact) => (fact.kind === 'conditional' && narrows(fact) ? 'major' : null),
});
