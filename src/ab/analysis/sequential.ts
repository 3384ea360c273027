// The always-valid bound for repeated looks: the asymptotic confidence sequence of Waudby-Smith
// et al. in GrowthBook's form, tuned to the sample size N* at which a decision is expected.

/**
 * Half-width of the two-sided (1 − alpha) confidence sequence for an effect whose estimator has
 * variance `varianceOfEffect` after `nTotal` units in both arms. A one-sided bound at level alpha
 * is the two-sided one at 2·alpha.
 */
export function sequentialHalfWidth(varianceOfEffect: number, nTotal: number, tuning: number, alpha: number): number | null {
  if (!(varianceOfEffect >= 0) || nTotal <= 0 || tuning <= 0) return null;
  const rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning;
  const s2 = varianceOfEffect * nTotal;
  const width = Math.sqrt(s2) * Math.sqrt(((2 * (nTotal * rho2 + 1)) / (nTotal * nTotal * rho2)) * Math.log(Math.sqrt(nTotal * rho2 + 1) / alpha));
  return Number.isFinite(width) ? width : null;
}
