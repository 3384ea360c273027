// Parts of an MCP surface that one side's input did not hold (a capture without `prompts`, or without
// the initialize result) are unknown there: the diff compares them on neither side, and says so.

import type { McpPart, McpSurface, Snapshot } from '../surface/types.ts';

const NOUN: Record<McpPart, string> = {
  capabilities: 'the declared capabilities (the initialize result)',
  tools: 'tools',
  prompts: 'prompts',
  resources: 'resources',
  resourceTemplates: 'resource templates',
};

/** The parts either side left uncaptured, each with the sides that lack it. */
function uncapturedParts(old: Snapshot | null, next: Snapshot): Map<McpPart, ('old' | 'new')[]> {
  const parts = new Map<McpPart, ('old' | 'new')[]>();
  for (const [side, snapshot] of [
    ['old', old],
    ['new', next],
  ] as const) {
    for (const part of snapshot?.mcp?.uncaptured ?? []) parts.set(part, [...(parts.get(part) ?? []), side]);
  }
  return parts;
}

/** The surface with the parts that are unknown on either side emptied, so that nothing is said about them. */
function without(mcp: McpSurface, parts: Iterable<McpPart>): McpSurface {
  const out: McpSurface = { ...mcp };
  for (const part of parts) {
    if (part === 'capabilities') out.capabilities = {};
    else out[part] = [];
  }
  return out;
}

/** The two snapshots as far as both sides were captured: what is unknown on one side is left out on both. */
export function comparableSnapshots(old: Snapshot, next: Snapshot): { old: Snapshot; new: Snapshot } {
  const parts = uncapturedParts(old, next);
  if (parts.size === 0 || !old.mcp || !next.mcp) return { old, new: next };
  return {
    old: { ...old, mcp: without(old.mcp, parts.keys()) },
    new: { ...next, mcp: without(next.mcp, parts.keys()) },
  };
}

/** One warning per part left out of the comparison, naming the side that did not capture it. */
export function uncapturedWarnings(old: Snapshot | null, next: Snapshot): string[] {
  if (!old?.mcp || !next.mcp) return [];
  const parts = uncapturedParts(old, next);
  return (Object.keys(NOUN) as McpPart[])
    .filter((part) => parts.has(part))
    .map((part) => {
      const sides = parts.get(part)!;
      const where = sides.length === 2 ? 'neither capture holds them' : `the ${sides[0]} capture does not hold them`;
      return `mcp: ${NOUN[part]} were not compared: ${where} (a part missing from a capture is unknown, not empty).`;
    });
}
