// Deterministic assignment of a unit (a client, a session, an evaluation item) to a variant, so a
// client sticks to one version. Exported as `mcpver/ab/assign` for MCP runtimes and proxies: it has
// no dependency beyond node:crypto.

import { createHash } from 'node:crypto';

export type AssignedVariant = 'A' | 'B';

/** 2^52: the 13 hex digits taken from the hash fit a double exactly, so the bucket is uniform on [0, 1). */
const BUCKET_SCALE = 2 ** 52;

/**
 * The bucket of a unit in [0, 1): SHA-256 of `testId`, a NUL separator (so that `ab`+`c` and
 * `a`+`bc` differ) and `unitKey`. Independent across tests, so being in B of one test says
 * nothing about another.
 */
export function assignmentBucket(testId: string, unitKey: string): number {
  const digest = createHash('sha256').update(testId).update('\0').update(unitKey).digest('hex');
  return Number.parseInt(digest.slice(0, 13), 16) / BUCKET_SCALE;
}

/**
 * The variant of `unitKey` in test `testId` for the planned split (weights, 50/50 by default).
 * The same inputs always give the same variant.
 */
export function assignVariant(
  testId: string,
  unitKey: string,
  split: { A: number; B: number } = { A: 50, B: 50 },
): AssignedVariant {
  if (!(split.A > 0) || !(split.B > 0) || !Number.isFinite(split.A + split.B)) {
    throw new RangeError(`assignVariant: the split weights must be positive numbers (got A=${split.A}, B=${split.B}).`);
  }
  return assignmentBucket(testId, unitKey) < split.A / (split.A + split.B) ? 'A' : 'B';
}
