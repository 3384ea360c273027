// Whether a package is an MCP server, so that a surface that could not be read is said out loud
// rather than taken for "this package has no tools". The evidence is what the package depends on
// (an MCP SDK or server framework) or what its configuration says.

import type { PackageSurface } from './types.ts';

/**
 * Packages that make a server of whatever depends on them: the official SDKs and the server
 * frameworks built on them. A client-only dependency would be wrong here, so only server-side
 * packages are named (the official SDK is both, and is listed because nearly every server uses it).
 */
export const MCP_SERVER_PACKAGES: readonly string[] = [
  '@modelcontextprotocol/sdk',
  '@modelcontextprotocol/server',
  'fastmcp',
  'mcp-framework',
  'mcp-handler',
  '@vercel/mcp-adapter',
  '@mastra/mcp',
  'xmcp',
  'tmcp',
  '@hono/mcp',
  'mcp-lite',
  'mcp-use',
  '@genkit-ai/mcp',
  'litemcp',
  'easy-mcp',
  '@smithery/sdk',
  'agents',
];

/** `agents` (Cloudflare's McpAgent) is a common word: it counts only beside an MCP package of its own name. */
const NEEDS_COMPANION = new Set(['agents']);

/**
 * Why `manifest` is an MCP server (`it depends on @modelcontextprotocol/sdk`), or undefined when
 * nothing says it is. Development dependencies count: servers bundled into one file keep the SDK there.
 */
export function mcpServerEvidence(
  manifest: Pick<PackageSurface, 'dependencies' | 'peerDependencies'> & { devDependencies?: Record<string, string> },
): string | undefined {
  const kinds: [string, Record<string, string> | undefined][] = [
    ['depends on', manifest.dependencies],
    ['has a peer dependency on', manifest.peerDependencies],
    ['has a development dependency on', manifest.devDependencies],
  ];
  for (const [how, deps] of kinds) {
    if (!deps) continue;
    const names = Object.keys(deps);
    const found = MCP_SERVER_PACKAGES.find(
      (name) => names.includes(name) && (!NEEDS_COMPANION.has(name) || names.some((n) => /mcp/i.test(n))),
    );
    if (found) return `it ${how} ${found}`;
  }
  return undefined;
}
