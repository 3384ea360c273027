// Paired analysis when the same units (evaluation items) ran on both versions: the paired t-test as
// the headline, Wilcoxon's signed-rank test as the robust companion, McNemar's exact test for 0/1.

import ttest from '@stdlib/stats-ttest';
import wilcoxon from '@stdlib/stats-wilcoxon';
import binomialCdf from '@stdlib/stats-base-dists-binomial-cdf';
import { mean, sampleCovariance, sampleVariance } from 'simple-statistics';
import type { RawValue } from './types.ts';
import type { Interval } from './types.ts';
import type { Variant } from '../test.ts';
import type { Computed } from './welch.ts';

/** A metric is analysed as paired when at least this share of its units ran on both versions. */
export const PAIRED_MIN_SHARE = 0.5;

export interface Pairs {
  a: number[];
  b: number[];
  /** Units seen in only one arm, left out of the paired analysis. */
  unpaired: number;
}

/** Units seen in both arms (a unit's repeated values are averaged per arm); null when too few to pair. */
export function pairUp(raw: Record<Variant, RawValue[]>): Pairs | null {
  const perArm = (values: RawValue[]) => {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const { value, unit } of values) {
      if (unit === undefined) return null;
      const s = sums.get(unit) ?? { sum: 0, n: 0 };
      s.sum += value;
      s.n += 1;
      sums.set(unit, s);
    }
    return sums;
  };
  const a = perArm(raw.A);
  const b = perArm(raw.B);
  if (!a || !b) return null;
  const pairs: Pairs = { a: [], b: [], unpaired: 0 };
  for (const [unit, s] of a) {
    const t = b.get(unit);
    if (t) {
      pairs.a.push(s.sum / s.n);
      pairs.b.push(t.sum / t.n);
    } else pairs.unpaired++;
  }
  for (const unit of b.keys()) if (!a.has(unit)) pairs.unpaired++;
  const union = pairs.a.length + pairs.unpaired;
  return pairs.a.length >= 2 && pairs.a.length >= PAIRED_MIN_SHARE * union ? pairs : null;
}

export interface PairedResult {
  effect: number;
  t: number;
  df: number;
  pValue: number;
  ci: Interval;
  sdDiff: number;
  covariance: number;
  varA: number;
  varB: number;
}

/** Paired t-test of B − A (sample SD of the differences). */
export function pairedT(p: Pairs, alpha: number): Computed<PairedResult> {
  const d = p.b.map((y, i) => y - p.a[i]!);
  const sdDiff = Math.sqrt(sampleVariance(d));
  if (!(sdDiff > 0))
    return { ok: false, reason: 'every pair has the same difference (zero variance of the differences)' };
  const r = ttest(p.b, p.a, { alpha });
  return {
    ok: true,
    value: {
      effect: mean(d),
      t: r.statistic,
      df: r.df,
      pValue: r.pValue,
      ci: [r.ci[0]!, r.ci[1]!],
      sdDiff,
      covariance: sampleCovariance(p.a, p.b),
      varA: sampleVariance(p.a),
      varB: sampleVariance(p.b),
    },
  };
}

/** Wilcoxon signed-rank p (exact up to 50 pairs without ties or zeros, else normal without continuity correction, as scipy's default); null when every difference is zero. */
export function wilcoxonSignedRank(p: Pairs): number | null {
  const d = p.b.map((y, i) => y - p.a[i]!);
  if (d.every((x) => x === 0) || d.length < 2) return null;
  return wilcoxon(p.b, p.a, { correction: false }).pValue;
}

/** McNemar's exact test: a two-sided binomial test of the discordant pairs against one half. */
export function mcnemarExact(p: Pairs): { onlyA: number; onlyB: number; pValue: number } {
  let onlyA = 0;
  let onlyB = 0;
  for (let i = 0; i < p.a.length; i++) {
    if (p.a[i] === 1 && p.b[i] === 0) onlyA++;
    if (p.a[i] === 0 && p.b[i] === 1) onlyB++;
  }
  const n = onlyA + onlyB;
  const pValue = n === 0 ? 1 : Math.min(1, 2 * binomialCdf(Math.min(onlyA, onlyB), n, 0.5));
  return { onlyA, onlyB, pValue };
}
