// The benchmark harness: every suite measures itself against a named baseline run in the same
// process, and reports ratios (machine-independent), never absolute pass/fail times.

import { performance } from 'node:perf_hooks';

export interface BenchRow {
  suite: string;
  case: string;
  /** What the case is compared with, for example `tsc --noEmit over both versions`. */
  baseline: string;
  ms: number;
  baselineMs: number;
  /** ms / baselineMs: below 1 is faster than the baseline. */
  ratio: number;
  /** Peak resident set size during the case, in MiB, where measured. */
  peakRssMiB?: number;
  note?: string;
}

/** A suite: a file `bench/<name>.bench.ts` whose default export runs its cases. */
export type BenchSuite = () => Promise<BenchRow[]>;

/** Time one run of `fn` (after `warmup` untimed runs), median of `runs`. */
export async function timeIt(fn: () => unknown | Promise<unknown>, runs = 3, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function row(
  suite: string,
  name: string,
  baseline: string,
  ms: number,
  baselineMs: number,
  extra: Partial<BenchRow> = {},
): BenchRow {
  return { suite, case: name, baseline, ms, baselineMs, ratio: ms / baselineMs, ...extra };
}
