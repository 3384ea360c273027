// A resource's or resource template's name, title or description changed (description drift).

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'resource-description-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-65', 'MCP-71'],
  description: "A resource's or resource template's name, title or description changed.",
  rationale:
    'Resources are identified by URI, so this breaks nothing; the text steers agents, so it is listed as description drift.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const changes: Change[] = [];
    const lists = [
      [old.mcp.resources, next.mcp.resources, (r: { uri?: string }) => r.uri!, itemKey.resource, 'Resource'],
      [
        old.mcp.resourceTemplates,
        next.mcp.resourceTemplates,
        (r: { uriTemplate?: string }) => r.uriTemplate!,
        itemKey.resourceTemplate,
        'Resource template',
      ],
    ] as const;
    for (const [before, after, key, item, noun] of lists) {
      const byKey = new Map((after as readonly Record<string, unknown>[]).map((r) => [key(r), r]));
      for (const resource of before as readonly Record<string, unknown>[]) {
        const match = byKey.get(key(resource));
        if (!match) continue;
        for (const field of ['name', 'title', 'description']) {
          if ((resource[field] ?? '') === (match[field] ?? '')) continue;
          changes.push({
            rule: 'resource-description-changed',
            level: 'patch',
            item: item(key(resource)),
            subject: `${item(key(resource))}.${field}`,
            message: `${noun} "${key(resource)}": ${field} changed`,
            before: resource[field],
            after: match[field],
            category: 'description-drift',
          });
        }
      }
    }
    return changes;
  },
};
