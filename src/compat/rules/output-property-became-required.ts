// An optional output property becomes required.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-property-became-required',
  level: 'minor',
  direction: 'output',
  catalogue: ['MCP-50'],
  description: 'An optional output property becomes required.',
  rationale: 'Clients get more than they were promised.',
  classify: (fact) => (fact.kind === 'became-required' ? 'minor' : null),
});
