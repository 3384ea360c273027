// A tool's input property is renamed (removed and added with the same schema, and names or descriptions that tie them).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-property-renamed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-22'],
  description:
    "A tool's input property is renamed (removed and added with the same schema, and names or descriptions that tie them).",
  rationale: 'Calls that use the old name are rejected or lose the argument.',
  classify: (fact) => (fact.kind === 'property-renamed' ? 'major' : null),
  migration: (fact, tool) => ({
    kind: 'rename-property',
    from: String(fact.before),
    to: String(fact.after),
    scope: `tool:${tool}`,
    description: `Rename the argument "${String(fact.before)}" to "${String(fact.after)}" in calls to ${tool}.`,
    ...(fact.evidence ? { evidence: fact.evidence } : {}),
  }),
});
