// An output value may now have a type it could not have before.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-type-widened',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-52'],
  description: 'An output value may now have a type it could not have before.',
  rationale: 'Clients that parse the old type break on the new one.',
  classify: (fact) => (fact.kind === 'type' && widens(fact) ? 'major' : null),
});
