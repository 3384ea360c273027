// An output value gains an anyOf/oneOf alternative (or is wrapped in a union).

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-alternative-added',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-58'],
  description: 'An output value gains an anyOf/oneOf alternative (or is wrapped in a union).',
  rationale: 'Clients meet a shape they do not handle.',
  classify: (fact) => (fact.kind === 'alternatives' && widens(fact) ? 'major' : null),
});
