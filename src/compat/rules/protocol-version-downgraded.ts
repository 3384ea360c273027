// The protocol revision the server negotiates went back to an older one.

import type { Rule } from '../types.ts';

export const rule: Rule = {
  id: 'protocol-version-downgraded',
  level: 'major',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-03'],
  description: 'The negotiated MCP protocol revision is older than before.',
  rationale: 'Clients that use features of the newer revision lose them.',
  detect({ old, new: next }) {
    const [before, after] = [old.mcp?.protocolVersion, next.mcp?.protocolVersion];
    // Revisions are dates (YYYY-MM-DD), so they order as strings.
    if (!before || !after || after >= before) return [];
    return [
      {
        rule: 'protocol-version-downgraded',
        level: 'major',
        item: 'server',
        subject: 'server.protocolVersion',
        message: `The server negotiates protocol ${after}, older than ${before}`,
        before,
        after,
      },
    ];
  },
};
