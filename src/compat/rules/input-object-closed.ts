// An input object is closed or narrowed: additionalProperties/unevaluatedProperties false or a schema, patternProperties or propertyNames added.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-object-closed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-39'],
  description:
    'An input object is closed or narrowed: additionalProperties/unevaluatedProperties false or a schema, patternProperties or propertyNames added.',
  rationale: 'Calls that send extra properties, or property names the new rules reject, fail.',
  classify: (fact) => (fact.kind === 'closed' && narrows(fact) ? 'major' : null),
});
