// An output property is renamed (removed and added with the same schema).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-renamed',
  level: 'major',
  direction: 'output',
  catalogue: ["MCP-47"],
  description: "An output property is renamed (removed and added with the same schema).",
  rationale: "Clients that read the old name get nothing.",
  classify: (fact) => fact.kind === 'property-renamed' ? 'major' : null,
  migration: (fact, tool) => ({ kind: 'rename-property', from: String(fact.before), to: String(fact.after), scope: `tool:${tool}`, description: `Rename the argument "${String(fact.before)}" to "${String(fact.after)}" in calls to ${tool}.` }),
});
