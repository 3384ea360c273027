// A condition (if/then/else, not, contains, dependentRequired, dependentSchemas) is removed from an input schema.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-condition-removed',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-42'],
  description:
    'A condition (if/then/else, not, contains, dependentRequired, dependentSchemas) is removed from an input schema.',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'conditional' && fact.effect === 'widened' ? 'minor' : null),
});
