// An anyOf/oneOf alternative is added to an input value.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-alternative-added',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-40'],
  description: 'An anyOf/oneOf alternative is added to an input value.',
  rationale:
    'Old calls stay valid with anyOf; with oneOf, a value matching two alternatives is rejected, so it is flagged.',
  classify: (fact) => (fact.kind === 'alternatives' && fact.effect === 'widened' ? 'minor' : null),
  flag: (fact) =>
    fact.keyword === 'oneOf'
      ? 'oneOf rejects values that match more than one alternative: check the new one does not overlap the old ones.'
      : undefined,
});
