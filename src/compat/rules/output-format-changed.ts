// An output string's `format` is added, changed or removed.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-format-changed',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-37'],
  description: "An output string's `format` is added, changed or removed.",
  rationale: 'Format is an annotation unless the client asserts it (catalogue 6.5 #12).',
  classify: (fact, options) =>
    fact.kind !== 'format' ? null : options.formatAsserted === true && widens(fact) ? 'major' : 'patch',
  flag: (fact) => (widens(fact) ? 'Clients that assert formats may reject values the server now sends.' : undefined),
});
