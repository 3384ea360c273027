// Verdicts per metric, the auto-stop layers (hard limits, the statistical guard on guardrails, the
// sample-ratio mismatch) and the recommendation, following GrowthBook's "do no harm" logic.

import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import type { MetricEstimate } from './analysis/metric.ts';
import { MIN_UNITS_PER_ARM } from './analysis/metric.ts';
import { sequentialHalfWidth } from './analysis/sequential.ts';
import type {
  AutoStopRule,
  GuardResult,
  HealthResult,
  MetricResult,
  Recommendation,
  Verdict,
} from './analysis/types.ts';
import type { AbTest, MetricDefinition } from './test.ts';

/** A proportion guardrail needs this many events (errors) in both arms together before it may fire. */
export const GUARD_MIN_SUCCESSES = 5;

/** +1 when a larger value is worse (latency, errors), −1 when it is better (accuracy). */
const harmSign = (m: { better: 'lower' | 'higher' }) => (m.better === 'lower' ? 1 : -1);

function isSignificant(r: MetricResult, alpha: number, sequential: boolean): boolean {
  if (sequential && r.sequentialCi) return r.sequentialCi[0] > 0 || r.sequentialCi[1] < 0;
  const p = r.adjustedPValue ?? r.pValue;
  return p !== null && p < alpha;
}

/** The verdict of one metric (the result must already carry its adjusted p). */
export function metricVerdict(r: MetricResult, latency: boolean, alpha: number, sequential: boolean): Verdict {
  if (r.nA < MIN_UNITS_PER_ARM || r.nB < MIN_UNITS_PER_ARM) return 'insufficient';
  if (r.test === 'none' || r.effect === null) return 'not-computable';
  const significant = isSignificant(r, alpha, sequential);
  const mw = latency ? r.mannWhitney : null;
  if (mw) {
    const mwSignificant = mw.pValue < alpha;
    const mwDirection = Math.sign(mw.u - (r.nA * r.nB) / 2);
    const disagree = mwSignificant !== significant || (significant && mwDirection !== Math.sign(r.effect));
    if (disagree) {
      r.notes.push(
        `heavy tail / outliers: the t-test (${pEquals(r.pValue)}) and Mann-Whitney (${pEquals(mw.pValue)}) disagree, so no winner is declared on this metric`,
      );
      return 'inconclusive';
    }
  }
  if (!significant) return 'no-difference';
  return Math.sign(r.effect) === -harmSign(r) ? 'better' : 'worse';
}

/** `p = 0.0066`, or `p < 1e-6` below that (the specification's 5.3). */
export function pEquals(p: number | null): string {
  const f = formatP(p);
  return f.startsWith('<') ? `p ${f}` : `p = ${f}`;
}

export function formatP(p: number | null): string {
  if (p === null) return '–';
  if (p < 1e-6) return '< 1e-6';
  return p < 0.001 ? String(Number(p.toPrecision(2))) : p.toFixed(4);
}

/**
 * The statistical guard of a guardrail: a one-sided lower bound of the harm (B worse than A) against
 * the margin. On a single analysis it is the fixed-horizon one-sided test; on repeated looks the
 * one-sided confidence sequence, so that peeking cannot make it fire by chance.
 */
export function guardMetric(
  def: MetricDefinition,
  est: MetricEstimate,
  test: AbTest,
  alpha: number,
  tuning: number,
): GuardResult {
  const r = est.result;
  const margin = def.margin ?? { value: 0, relative: false };
  const sequential = test.mode === 'sequential';
  const base = { margin: margin.value, relative: margin.relative, sequential, armed: false, fired: false, bound: null };
  const enough =
    def.kind === 'proportion'
      ? r.nA >= MIN_UNITS_PER_ARM &&
        r.nB >= MIN_UNITS_PER_ARM &&
        (r.meanA ?? 0) * r.nA + (r.meanB ?? 0) * r.nB >= GUARD_MIN_SUCCESSES
      : r.nA >= test.guardMinSample && r.nB >= test.guardMinSample;
  if (!enough) {
    const need =
      def.kind === 'proportion' ? `${GUARD_MIN_SUCCESSES} events in total` : `${test.guardMinSample} values per arm`;
    return { ...base, message: `not armed yet: needs ${need} (has ${r.nA} / ${r.nB})` };
  }
  const estimate = margin.relative ? r.lift : r.effect;
  const se = margin.relative ? est.liftSe : est.se;
  if (estimate === null || se === null)
    return { ...base, message: 'not armed: the effect or its standard error is not computable' };
  const harm = harmSign(def) * estimate;
  let half: number | null;
  if (sequential) half = sequentialHalfWidth(se * se, r.nA + r.nB, tuning, 2 * alpha);
  else half = (est.df === null ? normalQuantile(1 - alpha, 0, 1) : tQuantile(1 - alpha, est.df)) * se;
  if (half === null) return { ...base, message: 'not armed: the bound is not computable' };
  const bound = harm - half;
  const fired = bound > margin.value;
  const unit = margin.relative ? `${(margin.value * 100).toFixed(1)}%` : String(margin.value);
  const shown = margin.relative ? `${(bound * 100).toFixed(2)}%` : bound.toPrecision(4);
  return {
    ...base,
    armed: true,
    bound,
    fired,
    message: `${sequential ? 'always-valid' : 'one-sided'} ${Math.round((1 - alpha) * 100)}% lower bound of the harm ${shown} ${fired ? '>' : '≤'} margin ${unit} (n = ${r.nA} / ${r.nB})`,
  };
}

/** A hard limit on B's value (no statistics), debounced over consecutive analyses. */
export function checkHardLimit(
  def: MetricDefinition,
  r: MetricResult,
  test: AbTest,
  previousFailures: number,
): NonNullable<MetricResult['hardLimit']> | undefined {
  if (def.hardLimit === undefined) return undefined;
  const value = r.meanB;
  const breached = value !== null && r.nB >= test.guardMinSample && harmSign(def) * (value - def.hardLimit) > 0;
  const failures = breached ? previousFailures + 1 : 0;
  return { limit: def.hardLimit, value, breached, failures, fired: failures >= test.hardLimitRuns };
}

export interface RecommendationResult {
  recommendation: Recommendation;
  reasons: string[];
  autoStop: { stop: boolean; rules: AutoStopRule[] };
}

export function recommend(test: AbTest, metrics: MetricResult[], health: HealthResult): RecommendationResult {
  const rules: AutoStopRule[] = [];
  for (const m of metrics) {
    if (m.hardLimit?.fired)
      rules.push({
        rule: 'hard-limit',
        metric: m.name,
        message: `B's ${m.name} ${m.hardLimit.value} is beyond the hard limit ${m.hardLimit.limit} (${m.hardLimit.failures} failing run(s) in a row)`,
      });
    if (m.guard?.fired)
      rules.push({ rule: 'guardrail', metric: m.name, message: `guardrail ${m.name} degraded: ${m.guard.message}` });
  }
  if (!health.srm.ok)
    rules.push({
      rule: 'srm',
      message: `sample-ratio mismatch (${pEquals(health.srm.pValue)}): the assignment or the logging is broken, so no result can be trusted`,
    });
  const autoStop = { stop: rules.length > 0, rules };
  const primary = metrics.find((m) => m.role === 'primary');
  const guardrailsWorse = metrics.filter((m) => m.role === 'guardrail' && m.verdict === 'worse');
  const reasons: string[] = [];
  const harmRules = rules.filter((r) => r.rule !== 'srm');
  if (harmRules.length > 0)
    return { recommendation: 'stop-rollback', reasons: harmRules.map((r) => r.message), autoStop };
  if (!health.srm.ok || !health.dataQuality.ok) {
    if (!health.srm.ok) reasons.push(rules.find((r) => r.rule === 'srm')!.message);
    if (!health.dataQuality.ok) reasons.push(`data quality: ${health.dataQuality.warnings.join('; ')}`);
    return { recommendation: 'investigate', reasons, autoStop };
  }
  if (!primary) return { recommendation: 'continue', reasons: ['no primary metric is defined'], autoStop };
  if (primary.verdict === 'inconclusive')
    return {
      recommendation: 'investigate',
      reasons: [`${primary.name}: the tests disagree (heavy tail or outliers)`],
      autoStop,
    };
  if (primary.verdict === 'better') {
    if (guardrailsWorse.length > 0)
      return {
        recommendation: 'investigate',
        reasons: [
          `${primary.name} is better, but guardrail(s) ${guardrailsWorse.map((m) => m.name).join(', ')} are significantly worse`,
        ],
        autoStop,
      };
    return {
      recommendation: 'ship-b',
      reasons: [`${primary.name} is significantly better in B and no guardrail is significantly worse`],
      autoStop,
    };
  }
  if (primary.verdict === 'worse')
    return { recommendation: 'keep-a', reasons: [`${primary.name} is significantly worse in B`], autoStop };
  const primaryDef = test.metrics.find((m) => m.name === primary.name)!;
  const anySignificant = metrics.some((m) => m.verdict === 'better' || m.verdict === 'worse');
  const interval = test.mode === 'sequential' ? (primary.sequentialCi ?? primary.ci) : primary.ci;
  const halfWidth = interval ? (interval[1] - interval[0]) / 2 : null;
  if (
    primary.verdict === 'no-difference' &&
    !anySignificant &&
    primaryDef.mde !== undefined &&
    halfWidth !== null &&
    halfWidth < primaryDef.mde
  ) {
    return {
      recommendation: 'no-meaningful-difference',
      reasons: [
        `nothing is significant and ${primary.name}'s interval half-width ${halfWidth.toPrecision(3)} is below the minimum detectable effect ${primaryDef.mde}`,
      ],
      autoStop,
    };
  }
  const widthNote =
    halfWidth === null
      ? `${primary.name}: ${primary.verdict}`
      : `${primary.name}: no significant difference yet; interval half-width ${halfWidth.toPrecision(3)}${primaryDef.mde !== undefined ? ` vs minimum detectable effect ${primaryDef.mde}` : ' (set an mde to allow "no meaningful difference")'}`;
  return { recommendation: 'continue', reasons: [widthNote], autoStop };
}
