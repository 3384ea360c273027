// An input property's default is added, changed or removed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-default-changed',
  level: 'patch',
  direction: 'input',
  catalogue: ['MCP-43'],
  description: "An input property's default is added, changed or removed.",
  rationale: 'Calls stay valid, but calls that omit the argument now behave differently (catalogue 6.5 #7).',
  classify: (fact) => (fact.kind === 'default' ? 'patch' : null),
  flag: () => 'Calls that omit this argument now get different behaviour.',
});
