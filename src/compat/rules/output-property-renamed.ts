// An output property is renamed (removed and added with the same schema, and names or descriptions that tie them).

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-renamed',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-47'],
  description:
    'An output property is renamed (removed and added with the same schema, and names or descriptions that tie them).',
  rationale: 'Clients that read the old name get nothing.',
  classify: (fact) => (fact.kind === 'property-renamed' ? 'major' : null),
  migration: (fact, tool) => ({
    kind: 'rename-property',
    from: String(fact.before),
    to: String(fact.after),
    scope: `tool:${tool}`,
    description: `Read "${String(fact.after)}" where "${String(fact.before)}" was read in the results of ${tool}.`,
    ...(fact.evidence ? { evidence: fact.evidence } : {}),
  }),
});
