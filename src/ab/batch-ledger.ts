// The batch ids a test has accepted through the signed HTTP route, kept on the state branch
// (`ab/<id>/batches.json`) so that a batch posted twice is stored once, whichever replica of the
// App receives it. Bounded: signatures older than the tolerance are refused anyway, so only the ids
// of that window need keeping; if more than MAX_BATCH_IDS arrive within it, the oldest are dropped
// and the floor rises to their timestamp, so a dropped id can never be replayed either.

/** Ids kept at most; at the default 300 s window this allows over 30 batches a second. */
export const MAX_BATCH_IDS = 10_000;

export interface BatchLedger {
  /** Batches signed at or before this time (unix seconds) are refused, whatever their id. */
  floor: number;
  /** Accepted batches of the window, oldest first. */
  seen: Array<{ id: string; ts: number }>;
}

export function emptyLedger(): BatchLedger {
  return { floor: 0, seen: [] };
}

export type LedgerCheck = { ok: true; ledger: BatchLedger } | { ok: false; reason: 'replayed' | 'stale' };

/**
 * Admit one batch: refused when its id was accepted before or its timestamp is at or below the floor;
 * otherwise the ledger with it added and with the ids that fell out of the window (`now − tolerance`) dropped.
 */
export function admitBatch(
  ledger: BatchLedger,
  batch: { id: string; ts: number },
  now: number,
  toleranceSeconds: number,
  max = MAX_BATCH_IDS,
): LedgerCheck {
  if (ledger.seen.some((b) => b.id === batch.id)) return { ok: false, reason: 'replayed' };
  if (batch.ts <= ledger.floor) return { ok: false, reason: 'stale' };
  const horizon = now - toleranceSeconds;
  let floor = Math.max(ledger.floor, horizon - 1);
  const seen = [...ledger.seen.filter((b) => b.ts >= horizon), batch].sort((a, b) => a.ts - b.ts);
  while (seen.length > max) floor = Math.max(floor, seen.shift()!.ts);
  return { ok: true, ledger: { floor, seen } };
}
