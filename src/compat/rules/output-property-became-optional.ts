// A required output property becomes optional.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-became-optional',
  level: 'major',
  direction: 'output',
  catalogue: ['MCP-49'],
  description: 'A required output property becomes optional.',
  rationale: 'Clients that rely on it being present break when it is missing.',
  classify: (fact) => (fact.kind === 'became-optional' ? 'major' : null),
});
