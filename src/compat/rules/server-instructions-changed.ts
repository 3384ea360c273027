// The server's `instructions` (sent at initialization, read by agents) changed.

import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'server-instructions-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-04'],
  description: "The server's instructions changed.",
  rationale: 'Instructions steer agents; listed as description drift for review.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp || (old.mcp.instructions ?? '') === (next.mcp.instructions ?? '')) return [];
    return [
      {
        rule: 'server-instructions-changed',
        level: 'patch',
        item: 'server',
        subject: 'server.instructions',
        message:
          old.mcp.instructions === undefined
            ? 'The server now sends instructions'
            : next.mcp.instructions === undefined
              ? 'The server no longer sends instructions'
              : "The server's instructions changed",
        before: old.mcp.instructions,
        after: next.mcp.instructions,
        category: 'description-drift',
      },
    ];
  },
};
