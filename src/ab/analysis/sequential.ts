// The always-valid bound for repeated looks: the asymptotic confidence sequence of Waudby-Smith
// et al. in GrowthBook's form, tuned to the sample size N* at which a decision is expected.

/**
 * Half-width of the two-sided (1 − alpha) confidence sequence for an effect whose estimator has
 * variance `varianceOfEffect` after `nTotal` units in both arms. A one-sided bound at level alpha
 * is the two-sided one at 2·alpha.
 */
export function sequentialHalfWidth(
  varianceOfEffect: number,
  nTotal: number,
  tuning: number,
  alpha: number,
): number | null {
  if (!(varianceOfEffect >= 0) || nTotal <= 0 || tuning <= 0) return null;
  const rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning;
  const s2 = varianceOfEffect * nTotal;
  const width =
    Math.sqrt(s2) *
    Math.sqrt(((2 * (nTotal * rho2 + 1)) / (nTotal * nTotal * rho2)) * Math.log(Math.sqrt(nTotal * rho2 + 1) / alpha));
  return Number.isFinite(width) ? width : null;
}

/**
 * The always-valid p-value: the smallest α whose confidence sequence excludes zero at this look
 * (found by bisection on log α; the half-width shrinks as α grows). 1 when even α = 1 does not.
 */
export function sequentialPValue(
  varianceOfEffect: number,
  nTotal: number,
  tuning: number,
  effect: number,
): number | null {
  if (!(varianceOfEffect > 0) || !Number.isFinite(effect)) return null;
  const excludes = (alpha: number) => {
    const half = sequentialHalfWidth(varianceOfEffect, nTotal, tuning, alpha);
    return half !== null && Math.abs(effect) > half;
  };
  // α = 1 makes ln(1/α) = 0 and the formula degenerate: just below it is the widest useful level.
  const top = 1 - 1e-12;
  if (!excludes(top)) return 1;
  let lo = Math.log(Number.MIN_VALUE);
  let hi = Math.log(top);
  if (excludes(Math.exp(lo))) return 0;
  for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
    const mid = (lo + hi) / 2;
    if (excludes(Math.exp(mid))) hi = mid;
    else lo = mid;
  }
  return Math.exp(hi);
}
