// An input string's `format` is added, changed or removed.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-format-changed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-37'],
  description: "An input string's `format` is added, changed or removed.",
  rationale:
    "Whether format is asserted depends on the server's validator (zod asserts it; JSON Schema 2020-12 treats it as an annotation).",
  options: [
    {
      name: 'formatAsserted',
      default: false,
      values: [true, false],
      description: 'Treat format as asserted: a format added or changed on an input is major. Catalogue 6.5 #12.',
    },
  ],
  classify: (fact, options) =>
    fact.kind !== 'format' ? null : options.formatAsserted === true && narrows(fact) ? 'major' : 'patch',
  flag: (fact, options) =>
    narrows(fact) && options.formatAsserted !== true
      ? 'If the server validates formats (zod does), values that passed may now be rejected.'
      : undefined,
});
