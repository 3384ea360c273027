// A property disappears from a tool's input schema.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-removed',
  level: 'major',
  direction: 'input',
  catalogue: ["MCP-20", "MCP-21"],
  description: "A property disappears from a tool's input schema.",
  rationale: "On a closed object, calls that send it are rejected; on an open one, the argument is silently ignored.",
  options: [
    { name: 'inputPropertyRemovedFromOpenObject', default: 'minor', description: "Level of a property removed from an open input object (`minor` flagged, or `major`). Catalogue 6.5 #2." },
  ],
  classify: (fact, options) => fact.kind !== 'property-removed' ? null : fact.closed ? 'major' : options.inputPropertyRemovedFromOpenObject === 'major' ? 'major' : 'minor',
  flag: (fact) => fact.closed ? undefined : 'The object is open: calls that still send this argument are accepted, but the server now ignores it.',
});
