// A tool disappeared and another with the same input schema appeared: one rename, not a removal and an addition.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { evidenceLine } from '../schema/renames.ts';

export const rule: Rule = {
  id: 'tool-renamed',
  level: 'major',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-09'],
  description:
    'A tool is renamed: removed and added under another name with an input schema that takes the same calls, and names or descriptions that tie the two.',
  rationale:
    'Clients call tools by name: the old name fails, but the fix is mechanical, so a migration hint is attached.',
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    return (analysis?.toolRenames ?? []).map((rename) => {
      const { from, to } = rename;
      const location = next.mcp?.locations?.[itemKey.tool(to)];
      return {
        rule: 'tool-renamed',
        level: 'major' as const,
        item: itemKey.tool(from),
        subject: itemKey.tool(from),
        message: `Tool "${from}" was renamed to "${to}"`,
        before: from,
        after: to,
        migration: {
          kind: 'rename-tool' as const,
          from,
          to,
          description: `Call "${to}" where "${from}" was called.`,
          evidence: evidenceLine(rename, 'the same input schema'),
        },
        ...(location ? { location } : {}),
      };
    });
  },
};
