// Rates: the two-proportion z-test (pooled SE) when every cell has at least five events, Fisher's
// exact test otherwise, a Wald interval of the difference and Wilson intervals per arm.

import normalCdf from '@stdlib/stats-base-dists-normal-cdf';
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import hypergeometricPmf from '@stdlib/stats-base-dists-hypergeometric-pmf';
import type { Interval } from './types.ts';

/** Below this count in any cell the normal approximation is not trusted and Fisher's test is used. */
export const MIN_CELL_FOR_Z = 5;
/** scipy's relative tolerance for "as or less likely than observed" in Fisher's two-sided p. */
const FISHER_RELATIVE_TOLERANCE = 1 + 1e-7;

export interface Counts {
  successes: number;
  n: number;
}

export function wilsonInterval({ successes, n }: Counts, alpha: number): Interval | null {
  if (n === 0) return null;
  const z = normalQuantile(1 - alpha / 2, 0, 1);
  const z2 = z * z;
  const center = (successes + z2 / 2) / (n + z2);
  const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
  return [center - half, center + half];
}

/** Fisher's exact two-sided p: the probability of all tables as or less likely than the observed one. */
export function fisherExact(a: Counts, b: Counts): number {
  const total = a.n + b.n;
  const successes = a.successes + b.successes;
  const observed = hypergeometricPmf(b.successes, total, successes, b.n);
  const low = Math.max(0, b.n + successes - total);
  const high = Math.min(successes, b.n);
  let p = 0;
  for (let k = low; k <= high; k++) {
    const pk = hypergeometricPmf(k, total, successes, b.n);
    if (pk <= observed * FISHER_RELATIVE_TOLERANCE) p += pk;
  }
  return Math.min(1, p);
}

export interface ProportionResult {
  pA: number;
  pB: number;
  effect: number;
  test: 'z' | 'fisher';
  z: number | null;
  pValue: number;
  /** Pooled SE of the difference (the z-test's), null when the pooled rate is 0 or 1. */
  sePooled: number | null;
  /** Wald interval of B − A with the unpooled SE; null when that SE is zero. */
  ci: Interval | null;
  seUnpooled: number;
}

export function compareProportions(a: Counts, b: Counts, alpha: number): ProportionResult {
  const pA = a.successes / a.n;
  const pB = b.successes / b.n;
  const effect = pB - pA;
  const pooled = (a.successes + b.successes) / (a.n + b.n);
  const sePooledRaw = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  const sePooled = sePooledRaw > 0 ? sePooledRaw : null;
  const cells = [a.successes, a.n - a.successes, b.successes, b.n - b.successes];
  let test: 'z' | 'fisher' = 'fisher';
  let z: number | null = null;
  let pValue: number;
  if (Math.min(...cells) >= MIN_CELL_FOR_Z && sePooled !== null) {
    test = 'z';
    z = effect / sePooled;
    pValue = Math.min(1, 2 * normalCdf(-Math.abs(z), 0, 1));
  } else {
    pValue = fisherExact(a, b);
  }
  const seUnpooled = Math.sqrt((pA * (1 - pA)) / a.n + (pB * (1 - pB)) / b.n);
  const q = normalQuantile(1 - alpha / 2, 0, 1);
  const ci: Interval | null = seUnpooled > 0 ? [effect - q * seUnpooled, effect + q * seUnpooled] : null;
  return { pA, pB, effect, test, z, pValue, sePooled, ci, seUnpooled };
}
