// A/B tests on the state branch: `ab/<id>/test.json`, `stats.json` (mergeable statistics, so the
// mean and proportion tests never read the events), `events/<chunk>.ndjson` (raw events in bounded
// chunks, for the rank, quantile and paired tests) and `units/<variant>.txt` (distinct units, for
// the sample-ratio check). Every write goes through the store's compare-and-swap transaction.

import type { StateStore, StateTransaction, TransactResult } from '../state/types.ts';
import { statePaths } from '../state/types.ts';
import type { AnalysisInput, MetricData, RawValue } from './analysis/types.ts';
import { formatEventLine, type AbEvent, type ParseResult } from './events.ts';
import { emptyMoments, emptyStats, mergeBatch, momentsOf, normalizeStats, type AbStats } from './stats.ts';
import { metricTable, toMetricTable } from './metric-table.ts';
import { admitBatch, emptyLedger, type BatchLedger } from './batch-ledger.ts';
import {
  AbError,
  defineAbTest,
  serializeAbTest,
  VARIANTS,
  type AbTest,
  type TestStatus,
  type Variant,
} from './test.ts';

/**
 * Events per raw chunk: a chunk is rewritten when a batch lands in it, so this bounds the bytes one
 * ingestion rewrites (about 0.5 MB), far below the Git Data API's blob limits.
 */
export const CHUNK_MAX_EVENTS = 5_000;

export const abPaths = {
  test: statePaths.abTest,
  stats: statePaths.abStats,
  chunk: (id: string, index: number) => statePaths.abEvents(id, String(index).padStart(6, '0')),
  chunks: (id: string) => `ab/${id}/events/`,
  units: (id: string, variant: Variant) => `ab/${id}/units/${variant}.txt`,
  /** Batch ids accepted through the signed route (batch-ledger.ts). */
  batches: (id: string) => `ab/${id}/batches.json`,
  /** Consecutive failing runs of each hard limit (the debounce of auto-stop). */
  guard: (id: string) => `ab/${id}/guard.json`,
};

async function readTestIn(tx: Pick<StateTransaction, 'readJson'>, id: string): Promise<AbTest | null> {
  const raw = await tx.readJson<Record<string, unknown>>(abPaths.test(id));
  return raw === null ? null : defineAbTest(raw, abPaths.test(id));
}

/** `stats.json` of a test (empty when there is none yet), with prototype-less metric tables. */
export async function readAbStats(store: Pick<StateStore, 'readJson'>, id: string): Promise<AbStats> {
  return readStatsIn(store, id);
}

async function readStatsIn(tx: Pick<StateTransaction, 'readJson'>, id: string): Promise<AbStats> {
  const stats = await tx.readJson<AbStats>(abPaths.stats(id));
  return stats ? normalizeStats(stats) : emptyStats();
}

/** The stored test, or an AbError that says how to create it. */
export async function readAbTest(store: Pick<StateStore, 'readJson'>, id: string): Promise<AbTest> {
  const test = await readTestIn(store, id);
  if (!test)
    throw new AbError(
      `There is no A/B test "${id}" on the state branch: start it first (mcpver ab start --config FILE, or /mcpver ab start).`,
    );
  return test;
}

export async function listAbTests(store: Pick<StateStore, 'list'>): Promise<string[]> {
  return [...new Set((await store.list('ab/')).map((p) => p.split('/')[1]!).filter(Boolean))].sort();
}

/** Create a test (refused when the id exists, so that a restart does not silently reset a running test). */
export async function startAbTest(store: StateStore, test: AbTest, actor?: string): Promise<TransactResult<AbTest>> {
  return store.transact(
    `ab: start ${test.id}`,
    async (tx) => {
      if (await tx.read(abPaths.test(test.id)))
        throw new AbError(`An A/B test "${test.id}" already exists; stop it or choose another id.`);
      tx.writeJson(abPaths.test(test.id), serializeAbTest({ ...test, status: 'running' }));
      tx.writeJson(abPaths.stats(test.id), emptyStats());
      return { ...test, status: 'running' as const };
    },
    { operation: 'ab-start', ...(actor ? { actor } : {}) },
  );
}

/** Mark a test stopped or completed, with why. */
export async function setAbTestStatus(
  store: StateStore,
  id: string,
  status: TestStatus,
  reason: string,
  actor?: string,
  hardLimitFailures?: Record<string, number>,
): Promise<TransactResult<AbTest>> {
  return store.transact(
    `ab: ${status} ${id}`,
    async (tx) => {
      const test = await readTestIn(tx, id);
      if (!test) throw new AbError(`There is no A/B test "${id}" to ${status === 'running' ? 'resume' : 'stop'}.`);
      const next: AbTest = { ...test, status, stopReason: reason };
      tx.writeJson(abPaths.test(id), serializeAbTest(next));
      if (hardLimitFailures) tx.writeJson(abPaths.guard(id), { hardLimitFailures });
      return next;
    },
    { operation: `ab-${status === 'running' ? 'resume' : 'stop'}`, ...(actor ? { actor } : {}) },
  );
}

export interface RecordResult {
  accepted: number;
  rejected: number;
  /** The state commit written (null when nothing was accepted). */
  commit: string | null;
  attempts: number;
  /** True when this call created the test (`createWith`). */
  created: boolean;
  /** What was found wrong on the branch and worked around (a chunk with a broken last line). */
  warnings: string[];
}

/** A signed batch whose id was already recorded (or is older than the ledger keeps): stored once, never twice. */
export class ReplayedBatchError extends AbError {
  constructor(
    readonly batchId: string,
    readonly reason: 'replayed' | 'stale',
  ) {
    super(
      reason === 'replayed'
        ? `Batch ${batchId} was already recorded: nothing was stored again.`
        : `Batch ${batchId} is older than the batches this test still remembers: sign it again with a fresh timestamp and id.`,
    );
  }
}

export interface RecordOptions {
  actor?: string;
  /** Attempts of the transaction, instead of the store's (TransactOptions.maxAttempts). */
  maxAttempts?: number;
  /**
   * The signed batch these events came in (the HTTP route): admitted in the same commit as its
   * events, so a replay is refused even when two copies race (ReplayedBatchError).
   */
  batch?: { id: string; timestamp: number; now: number; toleranceSeconds: number };
  /** Create the test with this definition when it is not on the branch yet, in the same commit as the events. */
  createWith?: AbTest;
}

/**
 * Record a parsed batch: statistics merged, raw events appended to the chunks, new units added.
 * Runs again from a fresh read when another writer won the race, so no event is lost or counted twice.
 * Events of a metric the stored test does not define are counted as rejected (another writer may have
 * created the test with a different definition meanwhile).
 */
export async function recordEvents(
  store: StateStore,
  id: string,
  batch: Pick<ParseResult, 'events' | 'rejectedCount'>,
  options: RecordOptions = {},
): Promise<RecordResult> {
  const { actor, createWith, batch: signed } = options;
  const done = await store.transact(
    `ab: record ${batch.events.length} events into ${id}`,
    async (tx) => {
      let test = await readTestIn(tx, id);
      let created = false;
      if (!test && createWith) {
        test = { ...createWith, id, status: 'running' };
        tx.writeJson(abPaths.test(id), serializeAbTest(test));
        created = true;
      }
      if (!test)
        throw new AbError(`There is no A/B test "${id}" on the state branch: start it before recording events.`);
      if (test.status !== 'running')
        throw new AbError(
          `A/B test "${id}" is ${test.status}${test.stopReason ? ` (${test.stopReason})` : ''}: it takes no more events.`,
        );
      if (signed) {
        const ledger = (await tx.readJson<BatchLedger>(abPaths.batches(id))) ?? emptyLedger();
        const admitted = admitBatch(
          ledger,
          { id: signed.id, ts: signed.timestamp },
          signed.now,
          signed.toleranceSeconds,
        );
        if (!admitted.ok) throw new ReplayedBatchError(signed.id, admitted.reason);
        tx.writeJson(abPaths.batches(id), admitted.ledger);
      }
      const kinds = new Map(test.metrics.map((m) => [m.name, m.kind]));
      const events = batch.events.filter(
        (e) => kinds.has(e.metric) && (kinds.get(e.metric) !== 'proportion' || e.value === 0 || e.value === 1),
      );
      const rejected = batch.rejectedCount + batch.events.length - events.length;
      const stats = await readStatsIn(tx, id);
      const next = mergeBatch(stats, momentsOf(events), events.length, rejected);
      const warnings: string[] = [];
      await appendChunks(tx, id, events, next, warnings);
      await addUnits(tx, id, events, next);
      tx.writeJson(abPaths.stats(id), next);
      return { accepted: events.length, rejected, created, warnings };
    },
    {
      operation: 'ab-record',
      details: {
        test: id,
        accepted: batch.events.length,
        rejected: batch.rejectedCount,
        ...(signed ? { batch: signed.id } : {}),
      },
      ...(actor ? { actor } : {}),
      ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    },
  );
  return { ...done.result, commit: done.commit, attempts: done.attempts };
}

/** The 1-based number of a chunk's last line when it is not a whole event (no newline after it, or not JSON), else null. */
function brokenLastLine(text: string): number | null {
  if (text === '') return null;
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  const last = complete ? lines[lines.length - 2]! : lines[lines.length - 1]!;
  const number = complete ? lines.length - 1 : lines.length;
  if (!complete) return number;
  try {
    JSON.parse(last);
    return null;
  } catch {
    return number;
  }
}

async function appendChunks(
  tx: StateTransaction,
  id: string,
  events: AbEvent[],
  stats: AbStats,
  warnings: string[],
): Promise<void> {
  let i = 0;
  while (i < events.length) {
    if (stats.chunks.count === 0 || stats.chunks.lastSize >= CHUNK_MAX_EVENTS) {
      stats.chunks.count += 1;
      stats.chunks.lastSize = 0;
    }
    const take = Math.min(CHUNK_MAX_EVENTS - stats.chunks.lastSize, events.length - i);
    const path = abPaths.chunk(id, stats.chunks.count);
    const before = (await tx.read(path)) ?? '';
    const broken = brokenLastLine(before);
    if (broken !== null) {
      // Appending would glue new events to a broken line (a write cut short by hand or by a tool):
      // the chunk is left as it is, said so, and new events start the next chunk.
      warnings.push(
        `${path} ends with a broken line (line ${broken}); it was left as it is and new events go to the next chunk. Repair or remove that line: the rank and paired tests skip it.`,
      );
      stats.chunks.count += 1;
      stats.chunks.lastSize = 0;
      continue;
    }
    const lines = events
      .slice(i, i + take)
      .map(formatEventLine)
      .join('\n');
    tx.write(path, `${before}${lines}\n`);
    stats.chunks.lastSize += take;
    i += take;
  }
}

async function addUnits(tx: StateTransaction, id: string, events: AbEvent[], stats: AbStats): Promise<void> {
  const files = { A: (await tx.read(abPaths.units(id, 'A'))) ?? '', B: (await tx.read(abPaths.units(id, 'B'))) ?? '' };
  const known = { A: new Set(files.A.split('\n').filter(Boolean)), B: new Set(files.B.split('\n').filter(Boolean)) };
  for (const variant of VARIANTS) {
    const incoming = events.filter((e) => e.variant === variant);
    if (incoming.length === 0) continue;
    // One event without a unit makes the arm's unit count meaningless: the SRM check then counts events.
    if (stats.variants[variant].units === null || incoming.some((e) => e.unit === undefined)) {
      stats.variants[variant].units = null;
      continue;
    }
    const other = known[variant === 'A' ? 'B' : 'A'];
    // New units are appended in arrival order, so a batch rewrites the file but never re-sorts it.
    const added: string[] = [];
    for (const e of incoming) {
      if (known[variant].has(e.unit!)) continue;
      known[variant].add(e.unit!);
      added.push(e.unit!);
      // A unit seen in both arms means a paired design: the analysis then reads the raw events.
      if (other.has(e.unit!)) stats.sharedUnits = (stats.sharedUnits ?? 0) + 1;
    }
    if (added.length > 0) tx.write(abPaths.units(id, variant), `${files[variant]}${added.join('\n')}\n`);
    stats.variants[variant].units = known[variant].size;
  }
}

/** Raw events of the test, chunk by chunk (for the rank, quantile and paired tests only). */
export async function readRawEvents(
  store: Pick<StateStore, 'list' | 'read'>,
  id: string,
  warnings: string[] = [],
): Promise<AbEvent[]> {
  const events: AbEvent[] = [];
  for (const path of await store.list(abPaths.chunks(id))) {
    const text = (await store.read(path)) ?? '';
    const broken: number[] = [];
    text.split('\n').forEach((line, i) => {
      if (!line) return;
      try {
        events.push(JSON.parse(line) as AbEvent);
      } catch {
        broken.push(i + 1);
      }
    });
    // Never silent: the rank, quantile and paired tests then rest on fewer events, and say so.
    if (broken.length > 0)
      warnings.push(
        `${path}: ${broken.length} line(s) are not events (line ${broken.slice(0, 5).join(', ')}${broken.length > 5 ? ', …' : ''}) and were skipped`,
      );
  }
  return events;
}

/** The analysis input from the stored statistics, with the raw chunks only where a test needs them. */
export async function loadAnalysisInput(
  store: Pick<StateStore, 'list' | 'read' | 'readJson'>,
  test: AbTest,
): Promise<AnalysisInput> {
  const stats = await readStatsIn(store, test.id);
  const guard = await store.readJson<{ hardLimitFailures?: Record<string, number> }>(abPaths.guard(test.id));
  // Raw events only when a test needs them: latency ranks, pairs, or units with several events
  // (analysed per unit). Otherwise means and rates come from stats.json alone.
  const repeatedUnits = (['A', 'B'] as const).some((v) => {
    const units = stats.variants[v].units;
    return units !== null && Object.values(stats.variants[v].metrics).some((m) => m.n > units);
  });
  const maybePaired = test.design === 'paired' || (test.design === undefined && (stats.sharedUnits ?? 0) > 0);
  const needsRaw = maybePaired || repeatedUnits || test.metrics.some((m) => m.latency);
  const warnings: string[] = [];
  const raw = needsRaw ? await readRawEvents(store, test.id, warnings) : [];
  const metrics = metricTable<MetricData>();
  for (const m of test.metrics) {
    const data: MetricData = {
      moments: {
        A: stats.variants.A.metrics[m.name] ?? emptyMoments(),
        B: stats.variants.B.metrics[m.name] ?? emptyMoments(),
      },
    };
    if (needsRaw) data.raw = { A: [], B: [] };
    metrics[m.name] = data;
  }
  for (const e of raw) {
    const list = metrics[e.metric]?.raw?.[e.variant];
    if (list) list.push((e.unit === undefined ? { value: e.value } : { value: e.value, unit: e.unit }) as RawValue);
  }
  const unitsAreDistinct = stats.variants.A.units !== null && stats.variants.B.units !== null;
  const calls = (v: Variant) => Math.max(0, ...Object.values(stats.variants[v].metrics).map((x) => x.n));
  return {
    metrics,
    units: unitsAreDistinct
      ? { A: stats.variants.A.units!, B: stats.variants.B.units! }
      : { A: calls('A'), B: calls('B') },
    unitsAreDistinct,
    accepted: stats.events.accepted,
    rejected: stats.events.rejected,
    ...(guard?.hardLimitFailures ? { hardLimitFailures: toMetricTable(guard.hardLimitFailures) } : {}),
    ...(warnings.length > 0 ? { warnings } : {}),
  };
}

/** Remember the hard limits' consecutive failures after an analysis (the debounce of auto-stop). */
export async function saveGuardState(
  store: StateStore,
  id: string,
  hardLimitFailures: Record<string, number>,
  actor?: string,
): Promise<void> {
  await store.transact(
    `ab: guard state of ${id}`,
    async (tx) => {
      tx.writeJson(abPaths.guard(id), { hardLimitFailures });
    },
    { operation: 'ab-analyze', ...(actor ? { actor } : {}) },
  );
}
