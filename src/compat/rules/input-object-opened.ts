// An input object accepts properties it rejected.

import { schemaRule } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'input-object-opened',
  level: 'minor',
  direction: 'input',
  catalogue: ["MCP-39"],
  description: "An input object accepts properties it rejected.",
  rationale: "Old calls stay valid.",
  classify: (fact) => fact.kind === 'closed' && fact.effect === 'widened' ? 'minor' : null,
});
