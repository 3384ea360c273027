// A tool's display title changed (the `title` field or `annotations.title`).

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule: Rule = {
  id: 'tool-title-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-12'],
  description: "A tool's title changed.",
  rationale: 'Titles are for display; nothing calls a tool by its title.',
  detect({ old, new: next }) {
    const changes: Change[] = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      for (const [field, before, after] of [
        ['title', pair.old.title, pair.new.title],
        ['annotations.title', pair.old.annotations?.title, pair.new.annotations?.title],
      ] as const) {
        if (before === after) continue;
        changes.push({
          rule: 'tool-title-changed',
          level: 'patch',
          item: itemKey.tool(pair.name),
          subject: `${itemKey.tool(pair.name)}.${field}`,
          message: `Tool "${pair.name}": ${field} ${JSON.stringify(before) ?? 'absent'} → ${JSON.stringify(after) ?? 'absent'}`,
          before,
          after,
        });
      }
    }
    return changes;
  },
};
