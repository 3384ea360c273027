// An output schema gains a property.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-added',
  level: 'major',
  direction: 'output',
  catalogue: ["MCP-50", "MCP-51"],
  description: "An output schema gains a property.",
  rationale: "Additive for ordinary clients; major when the old object was closed, since clients validating with the old schema reject the extra property.",
  classify: (fact) => fact.kind === 'property-added' ? (fact.closed ? 'major' : 'minor') : null,
  flag: (fact) => fact.closed ? 'The old output object was closed: strict clients validating results with the old schema reject the new property.' : undefined,
});
