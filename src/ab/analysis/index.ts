// The analysis of an A/B test: health first, then each metric's estimates, Holm across the
// secondary metrics, verdicts, the auto-stop rules and the recommendation. Pure: data in, data out.

import type { AbTest } from '../test.ts';
import { checkHardLimit, guardMetric, metricVerdict, recommend } from '../verdict.ts';
import { checkHealth } from './health.ts';
import { holmAdjust } from './holm.ts';
import { analyzeMetric, MIN_UNITS_PER_ARM, type MetricEstimate } from './metric.ts';
import type { AnalysisInput, AnalysisResult } from './types.ts';
import { emptyMoments } from '../stats.ts';
import { metricTable } from '../metric-table.ts';

export function analyzeAbTest(test: AbTest, input: AnalysisInput): AnalysisResult {
  // Rounded so that 0.95 gives α = 0.05, not 0.050000000000000044, in the JSON.
  const alpha = Number((1 - test.confidence).toFixed(12));
  // N*: the confidence sequence is tightest at the planned total sample size.
  const tuning = 2 * test.minSampleSize;
  const health = checkHealth(test, input);
  const estimates: MetricEstimate[] = test.metrics.map((def) => {
    const data = input.metrics[def.name] ?? { moments: { A: emptyMoments(), B: emptyMoments() } };
    return analyzeMetric(def, data, { alpha, tuning, ...(test.design ? { design: test.design } : {}) });
  });

  // Holm across the secondary metrics only: the primary decides alone, guardrails stay sensitive.
  const secondaries = estimates.filter((e) => e.result.role === 'secondary' && e.result.pValue !== null);
  holmAdjust(secondaries.map((e) => e.result.pValue!)).forEach((p, i) => (secondaries[i]!.result.adjustedPValue = p));

  const hardLimitFailures = metricTable<number>();
  for (const [i, def] of test.metrics.entries()) {
    const est = estimates[i]!;
    const r = est.result;
    r.verdict = metricVerdict(r, def.latency, alpha, test.mode === 'sequential');
    if (def.role === 'guardrail') r.guard = guardMetric(def, est, test, alpha, tuning);
    const hard = checkHardLimit(def, r, test, input.hardLimitFailures?.[def.name] ?? 0);
    if (hard) {
      r.hardLimit = hard;
      hardLimitFailures[def.name] = hard.failures;
    }
  }
  const metrics = estimates.map((e) => e.result);
  const { recommendation, reasons, autoStop } = recommend(test, metrics, health);
  return {
    schema: 1,
    test: { id: test.id, name: test.name, versions: test.versions, mode: test.mode },
    alpha,
    health,
    srm: { pValue: health.srm.pValue, ok: health.srm.ok },
    metrics,
    recommendation,
    reasons,
    autoStop,
    hardLimitFailures,
    settings: { correction: 'holm', sequentialTuning: tuning, minArm: MIN_UNITS_PER_ARM },
  };
}
