// Mergeable sufficient statistics per variant and metric (count, mean, M2, successes, range), so
// that the mean and proportion tests cost the same for ten events or ten million.

import type { AbEvent } from './events.ts';
import { metricTable, toMetricTable } from './metric-table.ts';
import { VARIANTS, type Variant } from './test.ts';

/** Welford's running moments; `sum` is the exact number of successes for 0/1 metrics. */
export interface Moments {
  n: number;
  mean: number;
  /** Sum of squared deviations from the mean: variance = m2 / (n − 1). */
  m2: number;
  sum: number;
  min: number | null;
  max: number | null;
}

export interface VariantStats {
  metrics: Record<string, Moments>;
  /** Distinct units seen in this arm; null once an event without a unit arrived. */
  units: number | null;
}

/** The content of `ab/<test-id>/stats.json`. */
export interface AbStats {
  schema: 1;
  variants: Record<Variant, VariantStats>;
  /** Events accepted into the statistics, and lines rejected at ingestion, over the test's life. */
  events: { accepted: number; rejected: number };
  /** Units seen in both arms (a paired design), counted at ingestion. */
  sharedUnits?: number;
  /** The raw-event chunks written so far: their count and how full the last one is. */
  chunks: { count: number; lastSize: number };
}

export function emptyMoments(): Moments {
  return { n: 0, mean: 0, m2: 0, sum: 0, min: null, max: null };
}

export function emptyStats(): AbStats {
  return {
    schema: 1,
    variants: { A: { metrics: metricTable(), units: 0 }, B: { metrics: metricTable(), units: 0 } },
    events: { accepted: 0, rejected: 0 },
    chunks: { count: 0, lastSize: 0 },
  };
}

/** Add one value (Welford), in place. */
export function addValue(m: Moments, x: number): void {
  m.n += 1;
  const delta = x - m.mean;
  m.mean += delta / m.n;
  m.m2 += delta * (x - m.mean);
  m.sum += x;
  m.min = m.min === null || x < m.min ? x : m.min;
  m.max = m.max === null || x > m.max ? x : m.max;
}

/** Combine two sets of moments (Chan et al.'s parallel formula); neither input is changed. */
export function mergeMoments(a: Moments, b: Moments): Moments {
  if (a.n === 0) return { ...b };
  if (b.n === 0) return { ...a };
  const n = a.n + b.n;
  const delta = b.mean - a.mean;
  return {
    n,
    mean: a.mean + (delta * b.n) / n,
    m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
    sum: a.sum + b.sum,
    min: Math.min(a.min!, b.min!),
    max: Math.max(a.max!, b.max!),
  };
}

/** Sample variance (n − 1 denominator); null below two values. */
export function sampleVariance(m: Moments): number | null {
  return m.n >= 2 ? Math.max(0, m.m2 / (m.n - 1)) : null;
}

/** The moments of a batch of events, per variant and metric. */
export function momentsOf(events: Iterable<AbEvent>): Record<Variant, Record<string, Moments>> {
  const out: Record<Variant, Record<string, Moments>> = { A: metricTable(), B: metricTable() };
  for (const e of events) addValue((out[e.variant][e.metric] ??= emptyMoments()), e.value);
  return out;
}

/** `stats` with a batch's moments merged in (a new object; the input is not changed). */
export function mergeBatch(
  stats: AbStats,
  batch: Record<Variant, Record<string, Moments>>,
  accepted: number,
  rejected: number,
): AbStats {
  const next = normalizeStats(structuredClone(stats));
  for (const variant of VARIANTS) {
    const metrics = next.variants[variant].metrics;
    for (const [name, moments] of Object.entries(batch[variant]))
      metrics[name] = mergeMoments(metrics[name] ?? emptyMoments(), moments);
  }
  next.events.accepted += accepted;
  next.events.rejected += rejected;
  return next;
}

/**
 * Stats as read from JSON (or cloned), with prototype-less metric tables: `stats.json` may hold a
 * metric named `constructor` or `__proto__`, which a plain object would confuse with its prototype.
 */
export function normalizeStats(stats: AbStats): AbStats {
  for (const variant of VARIANTS) {
    const arm = (stats.variants[variant] ??= { metrics: metricTable(), units: 0 });
    arm.metrics = toMetricTable(arm.metrics);
  }
  return stats;
}

/** Distinct units per arm in a list of events; null for an arm when some event has no unit. */
export function distinctUnits(events: Iterable<AbEvent>): Record<Variant, Set<string> | null> {
  const out: Record<Variant, Set<string> | null> = { A: new Set(), B: new Set() };
  for (const e of events) {
    if (e.unit === undefined) out[e.variant] = null;
    else out[e.variant]?.add(e.unit);
  }
  return out;
}
