// An input value loses a type it accepted (string to number, number to integer, a type dropped from a list).

import { schemaRule, narrows } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-type-narrowed',
  level: 'major',
  direction: 'input',
  catalogue: ['MCP-25', 'MCP-26'],
  description:
    'An input value loses a type it accepted (string to number, number to integer, a type dropped from a list).',
  rationale: 'Calls that send a value of the dropped type are rejected.',
  classify: (fact) => (fact.kind === 'type' && narrows(fact) ? 'major' : null),
});
