// Welch's t-test and the delta-method relative lift, from moments alone (n, mean, M2), so the cost
// does not depend on the number of events. Distributions come from @stdlib.

import tCdf from '@stdlib/stats-base-dists-t-cdf';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { sampleVariance, type Moments } from '../stats.ts';
import type { Interval } from './types.ts';

export type Computed<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface WelchResult {
  effect: number;
  se: number;
  t: number;
  df: number;
  pValue: number;
  ci: Interval;
}

/** Welch's two-sample t-test of B − A; "not computable" when both arms have zero variance. */
export function welchTest(a: Moments, b: Moments, alpha: number): Computed<WelchResult> {
  const va = sampleVariance(a);
  const vb = sampleVariance(b);
  if (va === null || vb === null) return { ok: false, reason: 'an arm has fewer than two values' };
  const sa = va / a.n;
  const sb = vb / b.n;
  const se2 = sa + sb;
  if (!(se2 > 0)) return { ok: false, reason: 'both arms have zero variance' };
  const se = Math.sqrt(se2);
  // Welch–Satterthwaite degrees of freedom.
  const df = (se2 * se2) / ((sa * sa) / (a.n - 1) + (sb * sb) / (b.n - 1));
  const effect = b.mean - a.mean;
  const t = effect / se;
  const q = tQuantile(1 - alpha / 2, df);
  return {
    ok: true,
    value: {
      effect,
      se,
      t,
      df,
      pValue: Math.min(1, 2 * tCdf(-Math.abs(t), df)),
      ci: [effect - q * se, effect + q * se],
    },
  };
}

export interface LiftResult {
  lift: number;
  se: number;
  ci: Interval;
}

/**
 * Relative lift (B − A)/|A| with the delta-method variance of the ratio B/A (GrowthBook's
 * formula: Var(B)/A² + Var(A)·B²/A⁴ − 2·Cov·B/A³, Cov = 0 for independent arms).
 * `df` null means a normal quantile (proportions), otherwise Student's t with these df.
 */
export function relativeLift(
  meanA: number,
  varMeanA: number,
  meanB: number,
  varMeanB: number,
  alpha: number,
  df: number | null,
  covariance = 0,
): Computed<LiftResult> {
  if (meanA === 0) return { ok: false, reason: 'the control (A) mean is zero, so a relative change is undefined' };
  const variance = varMeanB / meanA ** 2 + (varMeanA * meanB ** 2) / meanA ** 4 - (2 * covariance * meanB) / meanA ** 3;
  if (!(variance >= 0) || !Number.isFinite(variance))
    return { ok: false, reason: 'the variance of the relative lift is not finite' };
  const lift = (meanB - meanA) / Math.abs(meanA);
  const se = Math.sqrt(variance);
  const q = df === null ? normalQuantile(1 - alpha / 2, 0, 1) : tQuantile(1 - alpha / 2, df);
  return { ok: true, value: { lift, se, ci: [lift - q * se, lift + q * se] } };
}
