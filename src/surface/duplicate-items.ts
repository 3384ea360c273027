// An MCP listing that names one item twice (two tools called "search"): broken as listed, whether
// it came from a running server or a capture file, so it is refused before anything is diffed.

import type { McpSurface } from './types.ts';

/** The server listed one name twice. */
export class DuplicateItem extends Error {
  constructor(
    readonly kind: string,
    readonly item: string,
  ) {
    super(`lists the ${kind} "${item}" more than once`);
  }
}

/**
 * The first item listed twice (a tool name, a resource URI…), or undefined. Two tools with one name
 * cannot both be called: the listing itself is broken, and a diff of it would be meaningless.
 */
export function findDuplicateItem(
  lists: Pick<McpSurface, 'tools' | 'prompts' | 'resources' | 'resourceTemplates'>,
): DuplicateItem | undefined {
  const keyed: Array<[string, string[]]> = [
    ['tool', lists.tools.map((t) => t.name)],
    ['prompt', lists.prompts.map((p) => p.name)],
    ['resource', lists.resources.map((r) => r.uri)],
    ['resource template', lists.resourceTemplates.map((t) => t.uriTemplate)],
  ];
  for (const [kind, names] of keyed) {
    const seen = new Set<string>();
    for (const name of names) {
      if (seen.has(name)) return new DuplicateItem(kind, name);
      seen.add(name);
    }
  }
  return undefined;
}
