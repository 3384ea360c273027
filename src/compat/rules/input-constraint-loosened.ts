// An input bound is loosened or removed.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-constraint-loosened',
  level: 'minor',
  direction: 'input',
  catalogue: ['MCP-33', 'MCP-35'],
  description: 'An input bound is loosened or removed.',
  rationale: 'Old calls stay valid.',
  classify: (fact) => (fact.kind === 'bound' && fact.effect === 'widened' ? 'minor' : null),
});
