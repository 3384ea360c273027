// Rank-based and quantile summaries for heavy-tailed metrics such as latency: Mann-Whitney U
// (exact for small samples without ties, else normal with tie and continuity corrections, as
// scipy), the Hodges-Lehmann shift and type-7 quantiles.

import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import { median } from 'simple-statistics';
import type { MannWhitneyResult } from './types.ts';

/** The exact distribution is used when the smaller sample has at most this many values (and no ties). */
export const MANN_WHITNEY_EXACT_MAX = 8;
/** Hodges-Lehmann enumerates every B − A pair; beyond this many pairs it is left out. */
export const MAX_HODGES_LEHMANN_PAIRS = 4_000_000;

/**
 * P(U ≥ u) under the null for sample sizes m (small) and n, by the recurrence on probabilities
 * p(u; m, n) = m/(m+n)·p(u−n; m−1, n) + n/(m+n)·p(u; m, n−1), which stays within [0, 1].
 */
function exactUpperTail(u: number, m: number, n: number): number {
  // table[i] = distribution of U for (i, j) at the current j; U ranges over 0..i·j.
  let table: Float64Array[] = Array.from({ length: m + 1 }, () => Float64Array.of(1));
  for (let j = 1; j <= n; j++) {
    const next: Float64Array[] = [Float64Array.of(1)];
    for (let i = 1; i <= m; i++) {
      const dist = new Float64Array(i * j + 1);
      const left = next[i - 1]!; // (i − 1, j): its values shift by j when the largest value is from the first sample
      const up = table[i]!; // (i, j − 1)
      const wLeft = i / (i + j);
      const wUp = j / (i + j);
      for (let k = 0; k < left.length; k++) dist[k + j]! += wLeft * left[k]!;
      for (let k = 0; k < up.length; k++) dist[k]! += wUp * up[k]!;
      next.push(dist);
    }
    table = next;
  }
  const dist = table[m]!;
  let tail = 0;
  for (let k = Math.ceil(u); k < dist.length; k++) tail += dist[k]!;
  return tail;
}

/**
 * The rank sum of `b` in the pooled sample (average ranks for ties) and the tie term Σ(t³ − t),
 * by sorting each sample and walking both in step: the same numbers as @stdlib/stats-ranks
 * (the tests check it), without its cost on a million values.
 */
export function rankSumAndTies(a: ArrayLike<number>, b: ArrayLike<number>): { rankSumB: number; tieTerm: number } {
  const sa = Float64Array.from(a).sort();
  const sb = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let rank = 0; // ranks used so far
  let rankSumB = 0;
  let tieTerm = 0;
  while (i < sa.length || j < sb.length) {
    const value = j >= sb.length || (i < sa.length && sa[i]! <= sb[j]!) ? sa[i]! : sb[j]!;
    let inA = 0;
    let inB = 0;
    while (i < sa.length && sa[i] === value) {
      i++;
      inA++;
    }
    while (j < sb.length && sb[j] === value) {
      j++;
      inB++;
    }
    const t = inA + inB;
    // The t tied values share the average of ranks rank+1 … rank+t.
    rankSumB += inB * (rank + (t + 1) / 2);
    tieTerm += t * t * t - t;
    rank += t;
  }
  return { rankSumB, tieTerm };
}

/** Two-sided Mann-Whitney test of B against A; null when an arm is empty. */
export function mannWhitney(a: number[], b: number[]): MannWhitneyResult | null {
  const n1 = b.length;
  const n2 = a.length;
  if (n1 === 0 || n2 === 0) return null;
  const { rankSumB, tieTerm } = rankSumAndTies(a, b);
  const u1 = rankSumB - (n1 * (n1 + 1)) / 2;
  const u = Math.max(u1, n1 * n2 - u1);
  const exact = Math.min(n1, n2) <= MANN_WHITNEY_EXACT_MAX && tieTerm === 0;
  let pValue: number;
  if (exact) {
    pValue = 2 * exactUpperTail(u, Math.min(n1, n2), Math.max(n1, n2));
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
    pValue = s > 0 ? 2 * normalCdf(-(u - (n1 * n2) / 2 - 0.5) / s, 0, 1) : 1;
  }
  return { u: u1, pValue: Math.min(1, Math.max(0, pValue)), exact, hodgesLehmann: hodgesLehmann(a, b) };
}

/** Median of all pairwise differences B − A (the Hodges-Lehmann shift). */
export function hodgesLehmann(a: number[], b: number[]): number | null {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_HODGES_LEHMANN_PAIRS) return null;
  const diffs = new Float64Array(a.length * b.length);
  let k = 0;
  for (const y of b) for (const x of a) diffs[k++] = y - x;
  return median(Array.from(diffs));
}

/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's and numpy's default). */
export function quantileType7(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export function p50p95(values: number[]): { p50: number; p95: number } | null {
  if (values.length === 0) return null;
  const sorted = Float64Array.from(values).sort();
  return { p50: quantileType7(sorted, 0.5), p95: quantileType7(sorted, 0.95) };
}
