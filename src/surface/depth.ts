// A bound on how deeply a server's JSON Schemas may nest. The schema comparison, like most JSON
// tools, walks schemas recursively; a schema nested thousands of levels deep (no real server writes
// one, an attacker can) would overflow the stack with a RangeError instead of an answer. Measured
// iteratively here, before any recursive walk, so the user reads which schema and what limit.

import type { Snapshot } from './types.ts';
import { SnapshotError } from './errors.ts';

/** Levels of JSON objects and arrays a schema may nest (real schemas stay far below 50). */
export const MAX_SCHEMA_DEPTH = 256;

/** Whether `value` nests objects and arrays more than `limit` levels deep, found without recursion. */
export function deeperThan(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** A SnapshotError naming the first schema of the snapshot nested beyond the limit, if any. */
export function assertSchemaDepth(snapshot: Snapshot, which: string, limit = MAX_SCHEMA_DEPTH): void {
  for (const tool of snapshot.mcp?.tools ?? []) {
    for (const [part, schema] of [
      ['input', tool.inputSchema],
      ['output', tool.outputSchema],
    ] as const) {
      if (schema !== undefined && deeperThan(schema, limit)) {
        throw new SnapshotError(
          `The ${which} version's tool "${tool.name}" has an ${part} schema nested more than ${limit} levels deep; mcpver compares schemas up to ${limit} levels. ` +
            'Name repeated or recursive parts with $defs and $ref so that the schema stays shallow.',
        );
      }
    }
  }
}
