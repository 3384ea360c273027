// An output bound, pattern, condition or closedness is loosened or removed.

import { schemaRule, widens } from '../schema/schema-rule.ts';

export const rule = schemaRule({
  id: 'output-constraint-loosened',
  level: 'major',
  direction: 'output',
  catalogue: ["MCP-57"],
  description: "An output bound, pattern, condition or closedness is loosened or removed.",
  rationale: "Clients that validate results with the old schema reject values the server may now send.",
  classify: (fact) => ['bound', 'pattern', 'conditional', 'all-of', 'closed'].includes(fact.kind) && widens(fact) ? 'major' : null,
});
