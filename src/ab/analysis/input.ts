// Building the analysis input from a list of events (a local file) — the stored path builds the same
// input from stats.json and, where needed, the raw chunks (src/ab/store.ts).

import type { AbEvent } from '../events.ts';
import { distinctUnits, momentsOf, emptyMoments } from '../stats.ts';
import { defineAbTest, guessMetric, type AbTest } from '../test.ts';
import { metricTable } from '../metric-table.ts';
import type { AnalysisInput, MetricData, RawValue } from './types.ts';

/** Group events per metric and arm, with their moments and raw values. */
export function inputFromEvents(events: AbEvent[], rejected = 0): AnalysisInput {
  const moments = momentsOf(events);
  const metrics = metricTable<MetricData>();
  for (const e of events) {
    const data = (metrics[e.metric] ??= {
      moments: { A: moments.A[e.metric] ?? emptyMoments(), B: moments.B[e.metric] ?? emptyMoments() },
      raw: { A: [], B: [] },
    });
    const raw: RawValue = e.unit === undefined ? { value: e.value } : { value: e.value, unit: e.unit };
    data.raw![e.variant].push(raw);
  }
  const units = distinctUnits(events);
  const unitsAreDistinct = units.A !== null && units.B !== null;
  // Without units, the arm sizes are the calls: the most-observed metric's events per arm.
  const calls = (v: 'A' | 'B') => Math.max(0, ...Object.values(moments[v]).map((m) => m.n));
  return {
    metrics,
    units: unitsAreDistinct ? { A: units.A!.size, B: units.B!.size } : { A: calls('A'), B: calls('B') },
    unitsAreDistinct,
    accepted: events.length,
    rejected,
  };
}

/**
 * A test definition guessed from the events when no configuration is given: 0/1 metrics are
 * proportions, names say the direction (error, latency, cost: lower is better), error-like metrics
 * are guardrails, `accuracy` (or else the first other metric) is primary.
 */
export function inferAbTest(events: AbEvent[], id = 'local'): AbTest {
  const values = new Map<string, number[]>();
  for (const e of events) {
    let list = values.get(e.metric);
    if (!list) values.set(e.metric, (list = []));
    if (list.length < 10_000) list.push(e.value);
  }
  const names = [...values.keys()].sort();
  const primary =
    names.find((n) => /accuracy|success|pass|score/i.test(n) && guessMetric(n).role !== 'guardrail') ??
    names.find((n) => guessMetric(n).role !== 'guardrail');
  const metrics = names.map((name) => {
    const g = guessMetric(name, values.get(name));
    return {
      name,
      kind: g.kind,
      better: g.better,
      latency: g.latency,
      role: name === primary ? 'primary' : (g.role ?? 'secondary'),
    };
  });
  if (metrics.length === 0)
    metrics.push({ name: 'value', kind: 'mean', better: 'higher', latency: false, role: 'primary' });
  return defineAbTest({ id, metrics }, 'inferred test definition');
}
