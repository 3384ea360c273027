// A property disappears from a tool's input schema: breaking by default even where the object is open
// (the call is accepted, but the argument it sent is silently ignored; docs/mcp-rules.md, policy).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-removed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-20', 'MCP-21'],
  description: "A property disappears from a tool's input schema.",
  rationale:
    'On a closed object, calls that send it are rejected; on an open one, the argument is silently ignored, so the call no longer does what it asked: breaking either way by default.',
  options: [
    {
      name: 'inputPropertyRemovedFromOpenObject',
      default: 'major',
      values: ['major', 'minor'],
      description:
        "Level of a property removed from an open input object: `major` (the caller's argument is silently ignored), or `minor` flagged, for servers whose clients only ever send what the current schema lists. Catalogue 6.5 #2.",
    },
  ],
  classify: (fact, options) =>
    fact.kind !== 'property-removed'
      ? null
      : fact.closed
        ? 'major'
        : options.inputPropertyRemovedFromOpenObject === 'minor'
          ? 'minor'
          : 'major',
  flag: (fact) =>
    fact.closed
      ? undefined
      : 'The object is open: calls that still send this argument are accepted, but the server now ignores it, so they no longer do what they asked.',
});
