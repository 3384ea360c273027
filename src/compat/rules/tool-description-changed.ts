// A tool's description changed: no client breaks, but descriptions steer agents (description drift).

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule: Rule = {
  id: 'tool-description-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-11'],
  description: "A tool's description changed.",
  rationale:
    'Agents choose and call tools from their descriptions; a changed one can change behaviour or hide an injection, so it is listed apart.',
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? [])
      .filter((pair) => (pair.old.description ?? '') !== (pair.new.description ?? ''))
      .map((pair) => ({
        rule: 'tool-description-changed',
        level: 'patch' as const,
        item: itemKey.tool(pair.name),
        subject: `${itemKey.tool(pair.name)}.description`,
        message: `Tool "${pair.name}": description changed`,
        before: pair.old.description,
        after: pair.new.description,
        category: 'description-drift' as const,
      }));
  },
};
