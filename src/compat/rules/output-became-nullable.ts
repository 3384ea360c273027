// An output value may now be null.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-became-nullable',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-49'],
  description: 'An output value may now be null.',
  rationale: 'Clients that read it as a non-null value break on null.',
  classify: (fact) => (fact.kind === 'nullable' && widens(fact) ? 'major' : null),
});
