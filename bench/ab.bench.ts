// A/B: analysis of 1,000,000 events and ingestion throughput, each against a baseline run in the
// same process (ratios, with memory), never as pass/fail times.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ttest2 from '@stdlib/stats-ttest2';
import { analyzeAbTest } from '../src/ab/analysis/index.ts';
import { inputFromEvents } from '../src/ab/analysis/input.ts';
import { parseEvents, type AbEvent } from '../src/ab/events.ts';
import { loadAnalysisInput, recordEvents, startAbTest } from '../src/ab/store.ts';
import { defineAbTest } from '../src/ab/test.ts';
import { LocalStateStore } from '../src/state/local-store.ts';
import { row, timeIt, type BenchRow, type BenchSuite } from './harness.ts';

const SUITE = 'ab';
const EVENTS = 1_000_000;
const INGEST_EVENTS = 100_000;
const INGEST_BATCH = 10_000;

const peakRssMiB = () => process.resourceUsage().maxRSS / 1024;

/** Deterministic events: half latency (lognormal-ish), half errors (0/1), split over A and B. */
function makeEvents(n: number): AbEvent[] {
  let s = 42;
  const u = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const variant = i % 2 ? 'B' : 'A';
    return i % 4 < 2
      ? {
          variant,
          metric: 'response_time',
          value: Math.round(
            Math.exp(5 + 0.5 * Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u())) *
              (variant === 'B' ? 0.97 : 1),
          ),
          unit: `${variant}${i >> 2}`,
        }
      : {
          variant,
          metric: 'error',
          value: u() < (variant === 'B' ? 0.021 : 0.02) ? 1 : 0,
          unit: `${variant}${i >> 2}`,
        };
  });
}

const definition = (latency: boolean) =>
  defineAbTest({
    id: 'bench',
    metrics: [
      { name: 'response_time', kind: 'mean', better: 'lower', role: 'primary', latency },
      { name: 'error', kind: 'proportion', role: 'guardrail' },
    ],
  });

const bench: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const events = makeEvents(EVENTS);
  const ndjson = events.map((e) => JSON.stringify(e)).join('\n');

  // Baseline: the bare minimum a parser must do — JSON.parse of every line.
  const parseBaseline = await timeIt(() => ndjson.split('\n').map((l) => JSON.parse(l)), 1, 0);
  const parse = await timeIt(() => parseEvents(ndjson), 1, 0);
  rows.push(
    row(
      SUITE,
      `parse + validate ${EVENTS.toLocaleString('en')} NDJSON events`,
      'JSON.parse of each line',
      parse,
      parseBaseline,
      { peakRssMiB: peakRssMiB() },
    ),
  );

  // Baseline: @stdlib's Welch test on the two raw arrays of one metric (the least an analysis does).
  const a = events.filter((e) => e.metric === 'response_time' && e.variant === 'A').map((e) => e.value);
  const b = events.filter((e) => e.metric === 'response_time' && e.variant === 'B').map((e) => e.value);
  const welchBaseline = await timeIt(() => ttest2(b, a), 3, 1);
  const full = await timeIt(() => analyzeAbTest(definition(true), inputFromEvents(events)), 1, 0);
  rows.push(
    row(
      SUITE,
      `analyse ${EVENTS.toLocaleString('en')} events with raw values (Welch, z, Mann-Whitney, p50/p95)`,
      '@stdlib ttest2 on the raw arrays',
      full,
      welchBaseline,
      { peakRssMiB: peakRssMiB() },
    ),
  );

  // The stored path: means and rates from stats.json only, so the cost does not grow with events.
  const repo = mkdtempSync(path.join(tmpdir(), 'mcpver-ab-bench-'));
  try {
    execFileSync('git', ['init', '-q', repo]);
    const store = new LocalStateStore({ cwd: repo });
    const test = definition(false);
    await startAbTest(store, test);
    const batch = (k: number) => ({ events: events.slice(k * INGEST_BATCH, (k + 1) * INGEST_BATCH), rejectedCount: 0 });
    const batches = INGEST_EVENTS / INGEST_BATCH;
    // Baseline: one transaction that writes the same bytes as one file (the store's fixed cost).
    const bytes = ndjson.slice(0, ndjson.split('\n', INGEST_EVENTS).join('\n').length);
    let n = 0;
    const writeBaseline = await timeIt(
      () => store.transact('bench baseline', async (tx) => tx.write(`bench/${n++}.ndjson`, bytes)),
      1,
      0,
    );
    const ingest = await timeIt(
      async () => {
        for (let k = 0; k < batches; k++) await recordEvents(store, 'bench', batch(k));
      },
      1,
      0,
    );
    rows.push(
      row(
        SUITE,
        `ingest ${INGEST_EVENTS.toLocaleString('en')} events in ${batches} batches (${Math.round(INGEST_EVENTS / (ingest / 1000)).toLocaleString('en')} events/s)`,
        'one transaction writing the same bytes',
        ingest,
        writeBaseline,
        { peakRssMiB: peakRssMiB() },
      ),
    );

    const small = await timeIt(async () => analyzeAbTest(test, await loadAnalysisInput(store, test)), 3, 1);
    // Grow the stored statistics to 1,000,000 events without writing them again: merge moments only.
    const big = await timeIt(
      async () => {
        const input = await loadAnalysisInput(store, test);
        for (const m of Object.values(input.metrics))
          for (const v of ['A', 'B'] as const)
            m.moments[v] = { ...m.moments[v], n: m.moments[v].n * (EVENTS / INGEST_EVENTS) };
        analyzeAbTest(test, input);
      },
      3,
      1,
    );
    rows.push(
      row(
        SUITE,
        'analyse stored means and rates at 1,000,000 events (stats.json only)',
        `the same at ${INGEST_EVENTS.toLocaleString('en')} events`,
        big,
        small,
        {
          peakRssMiB: peakRssMiB(),
          note: 'counts in the stored moments scaled ×10; ratio ≈ 1: cost independent of the event count',
        },
      ),
    );
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
  writeFileSync(path.join(tmpdir(), 'mcpver-ab-bench.done'), new Date().toISOString());
  return rows;
};

export default bench;
