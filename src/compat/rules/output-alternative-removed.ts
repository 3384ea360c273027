// An anyOf/oneOf alternative is removed from an output value.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-alternative-removed',
  level: 'minor',
  direction: 'output',
  catalogue: ['MCP-58'],
  description: 'An anyOf/oneOf alternative is removed from an output value.',
  rationale: 'Clients handled more than they now get.',
  classify: (fact) => (fact.kind === 'alternatives' && fact.effect === 'narrowed' ? 'minor' : null),
});
