// Health checks that come before any verdict: the sample-ratio mismatch against the planned split,
// data quality (rejected lines, metrics missing from an arm) and sample size.

import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import type { AbTest, Variant } from '../test.ts';
import { MIN_UNITS_PER_ARM } from './metric.ts';
import type { AnalysisInput, HealthResult, SrmResult } from './types.ts';

/** The SRM check runs only when every arm has at least this many units (the specification's 5.2.2). */
export const SRM_MIN_UNITS = 8;
/** A mismatch is flagged below this p: a strict level, since a true SRM is usually blatant. */
export const SRM_ALPHA = 0.001;
/** More rejected lines than this share of all lines is a data-quality failure (no winner is declared). */
export const MAX_REJECTED_SHARE = 0.05;

/** Chi-square goodness of fit of the units per arm against the planned weights (df = arms − 1). */
export function sampleRatioMismatch(counts: Record<Variant, number>, split: { A: number; B: number }): SrmResult {
  const total = counts.A + counts.B;
  const expectedShare = { A: split.A / (split.A + split.B), B: split.B / (split.A + split.B) };
  const base = { counts, expectedShare };
  if (counts.A < SRM_MIN_UNITS || counts.B < SRM_MIN_UNITS)
    return { ...base, chi2: null, pValue: null, ok: true, checked: false };
  let chi2 = 0;
  for (const v of ['A', 'B'] as const) {
    const expected = total * expectedShare[v];
    chi2 += (counts[v] - expected) ** 2 / expected;
  }
  // With two arms (one degree of freedom) χ² = z², and the normal tail keeps full precision for
  // tiny p where 1 − the χ² CDF would cancel to zero.
  const pValue = Math.min(1, 2 * normalCdf(-Math.sqrt(chi2), 0, 1));
  return { ...base, chi2, pValue, ok: pValue >= SRM_ALPHA, checked: true };
}

export function checkHealth(test: AbTest, input: AnalysisInput): HealthResult {
  const srm = sampleRatioMismatch(input.units, test.split);
  const quality: string[] = [];
  const seen = input.accepted + input.rejected;
  const rejectedShare = seen > 0 ? input.rejected / seen : 0;
  if (input.rejected > 0)
    quality.push(`${input.rejected} of ${seen} lines rejected (${(rejectedShare * 100).toFixed(1)}%)`);
  for (const metric of test.metrics) {
    const data = input.metrics[metric.name];
    for (const v of ['A', 'B'] as const)
      if (!data || data.moments[v].n === 0) quality.push(`metric "${metric.name}" has no events in arm ${v}`);
  }
  quality.push(...(input.warnings ?? []));
  if (!input.unitsAreDistinct)
    quality.push('events carry no unit: the sample-ratio check counts events instead of units');
  const sizes: string[] = [];
  const perArm = test.metrics.flatMap((m) =>
    (['A', 'B'] as const).map((v) => input.metrics[m.name]?.moments[v].n ?? 0),
  );
  const minPerArm = perArm.length ? Math.min(...perArm) : 0;
  if (minPerArm < MIN_UNITS_PER_ARM)
    sizes.push(`an arm has fewer than ${MIN_UNITS_PER_ARM} values for some metric: no verdict for it`);
  else if (minPerArm < test.minSampleSize)
    sizes.push(`${minPerArm} of the planned ${test.minSampleSize} per arm so far`);
  const dataQualityOk = rejectedShare <= MAX_REJECTED_SHARE;
  return {
    ok: srm.ok && dataQualityOk,
    srm,
    dataQuality: { ok: dataQualityOk, accepted: input.accepted, rejected: input.rejected, warnings: quality },
    sampleSize: { ok: minPerArm >= MIN_UNITS_PER_ARM, minPerArm, planned: test.minSampleSize, warnings: sizes },
  };
}
