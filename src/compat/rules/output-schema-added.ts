// A tool now promises structured results (an outputSchema).

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule: Rule = {
  id: 'output-schema-added',
  level: 'minor',
  surface: 'mcp',
  direction: 'output',
  catalogue: ['MCP-46'],
  description: "A tool's outputSchema is added.",
  rationale: 'A new promise: old clients ignore structuredContent, new ones may rely on it.',
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? [])
      .filter((pair) => pair.old.outputSchema === undefined && pair.new.outputSchema !== undefined)
      .map((pair) => ({
        rule: 'output-schema-added',
        level: 'minor' as const,
        item: itemKey.tool(pair.name),
        subject: `${itemKey.tool(pair.name)}.output`,
        message: `Tool "${pair.name}" now declares an output schema`,
        after: pair.new.outputSchema,
      }));
  },
};
