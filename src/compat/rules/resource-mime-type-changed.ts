// A resource's or resource template's mimeType changed.

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'resource-mime-type-changed',
  level: 'major',
  surface: 'mcp',
  direction: 'output',
  catalogue: ['MCP-64', 'MCP-70'],
  description:
    "A resource's or resource template's mimeType changed (declared where none was is minor: more specific).",
  rationale: 'Clients decode resource contents by their MIME type; a different one is read wrongly.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const changes: Change[] = [];
    const lists = [
      [old.mcp.resources, next.mcp.resources, 'uri', itemKey.resource, 'Resource'],
      [
        old.mcp.resourceTemplates,
        next.mcp.resourceTemplates,
        'uriTemplate',
        itemKey.resourceTemplate,
        'Resource template',
      ],
    ] as const;
    for (const [before, after, field, item, noun] of lists) {
      const byKey = new Map((after as readonly Record<string, unknown>[]).map((r) => [String(r[field]), r]));
      for (const resource of before as readonly Record<string, unknown>[]) {
        const key = String(resource[field]);
        const match = byKey.get(key);
        if (!match || resource.mimeType === match.mimeType) continue;
        // Declaring a type where none was declared only makes the promise more specific.
        const level = resource.mimeType === undefined ? 'minor' : 'major';
        changes.push({
          rule: 'resource-mime-type-changed',
          level,
          item: item(key),
          subject: `${item(key)}.mimeType`,
          message: `${noun} "${key}": mimeType ${JSON.stringify(resource.mimeType) ?? 'absent'} → ${JSON.stringify(match.mimeType) ?? 'absent'}`,
          before: resource.mimeType,
          after: match.mimeType,
        });
      }
    }
    return changes;
  },
};
