// An input string gains a pattern or its pattern changes.

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-pattern-tightened',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-36'],
  description: 'An input string gains a pattern or its pattern changes.',
  rationale:
    'Strings that matched before may now be rejected (a changed pattern is major unless a witness cannot be found, which the report then says).',
  classify: (fact) => (fact.kind === 'pattern' && narrows(fact) ? 'major' : null),
});
