// A tool's input schema gains an optional property.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-optional-property-added',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-19'],
  description: "A tool's input schema gains an optional property.",
  rationale: 'Old calls stay valid; new clients may send the new argument.',
  classify: (fact) => (fact.kind === 'property-added' && !fact.required ? 'minor' : null),
});
