// A tool that promised structured results (an outputSchema) no longer does.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { overriddenLevel } from '../schema/schema-rule.ts';

export const rule: Rule = {
  id: 'output-schema-removed',
  level: 'major',
  surface: 'mcp',
  direction: 'output',
  catalogue: ['MCP-45'],
  description: "A tool's outputSchema is removed.",
  rationale: 'Clients that read structuredContent lose the promise that it is there and has that shape.',
  detect({ old, new: next, options }) {
    const level = overriddenLevel('output-schema-removed', 'major', options);
    if (!level) return [];
    return (analyzeMcp(old, next)?.tools ?? [])
      .filter((pair) => pair.old.outputSchema !== undefined && pair.new.outputSchema === undefined)
      .map((pair) => ({
        rule: 'output-schema-removed',
        level,
        item: itemKey.tool(pair.name),
        subject: `${itemKey.tool(pair.name)}.output`,
        message: `Tool "${pair.name}" no longer declares an output schema`,
        before: pair.old.outputSchema,
      }));
  },
};
