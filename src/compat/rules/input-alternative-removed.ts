// An anyOf/oneOf alternative of an input value is removed (or a union is replaced by one of its members).

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-alternative-removed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-40'],
  description:
    'An anyOf/oneOf alternative of an input value is removed (or a union is replaced by one of its members).',
  rationale: 'Calls that used the removed alternative are rejected.',
  classify: (fact) => (fact.kind === 'alternatives' && narrows(fact) ? 'major' : null),
});
