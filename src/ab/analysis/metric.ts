// The estimates of one metric: it chooses the test (paired, Welch, z or Fisher), adds the rank and
// quantile summaries for latency and the always-valid interval, and never returns NaN: what cannot
// be computed is null with a note that says why.

import { addValue, emptyMoments, sampleVariance } from '../stats.ts';
import { aggregatePerUnit } from './units.ts';
import type { MetricDefinition } from '../test.ts';
import { compareProportions, wilsonInterval } from './proportions.ts';
import { mcnemarExact, pairUp, pairedT, wilcoxonSignedRank, type Pairs } from './paired.ts';
import { mannWhitney, p50p95 } from './rank.ts';
import { sequentialHalfWidth, sequentialPValue } from './sequential.ts';
import type { Interval, MetricData, MetricResult } from './types.ts';
import { relativeLift, welchTest } from './welch.ts';

/** Fewer units than this in an arm: "insufficient data", no p-value (the specification's 5.2.1). */
export const MIN_UNITS_PER_ARM = 5;

export interface MetricContext {
  alpha: number;
  /** N*: the total sample size at which the confidence sequence is tightest. */
  tuning: number;
  /** Pairing: `paired` forces it, `independent` forbids it, undefined detects it from units. */
  design?: 'independent' | 'paired';
}

/** The result plus what the guard needs: the SE of the effect (and of the lift) and the df (null: normal). */
export interface MetricEstimate {
  result: MetricResult;
  se: number | null;
  liftSe: number | null;
  df: number | null;
}

const finite = (x: number | null | undefined): number | null =>
  x === null || x === undefined || !Number.isFinite(x) ? null : x;
const finitePair = (x: Interval | null | undefined): Interval | null =>
  x && Number.isFinite(x[0]) && Number.isFinite(x[1]) ? [x[0], x[1]] : null;

export function analyzeMetric(def: MetricDefinition, input: MetricData, ctx: MetricContext): MetricEstimate {
  const pairs = input.raw && ctx.design !== 'independent' ? pairUp(input.raw) : null;
  // Independent arms with several events per unit: compare unit means, not correlated events.
  const perUnit = !pairs && input.raw ? aggregatePerUnit(input.raw) : null;
  const data = perUnit ? unitLevel(input, perUnit) : input;
  const { A, B } = data.moments;
  const sd = (m: typeof A) => finite(sampleVariance(m) === null ? null : Math.sqrt(sampleVariance(m)!));
  const result: MetricResult = {
    name: def.name,
    kind: def.kind,
    better: def.better,
    role: def.role,
    test: 'none',
    nA: A.n,
    nB: B.n,
    meanA: A.n > 0 ? A.mean : null,
    meanB: B.n > 0 ? B.mean : null,
    sdA: sd(A),
    sdB: sd(B),
    effect: null,
    ci: null,
    lift: null,
    liftCi: null,
    statistic: null,
    df: null,
    pValue: null,
    adjustedPValue: null,
    sequentialCi: null,
    sequentialPValue: null,
    verdict: 'insufficient',
    notes: [],
  };
  const estimate: MetricEstimate = { result, se: null, liftSe: null, df: null };
  if (perUnit)
    result.notes.push(
      `several events per unit: analysed at the unit level (${A.n} / ${B.n} units, each unit's ${def.kind === 'proportion' ? 'share' : 'mean'}, Welch's test)`,
    );
  if (def.kind === 'proportion' && !perUnit) {
    result.meanA = A.n > 0 ? A.sum / A.n : null;
    result.meanB = B.n > 0 ? B.sum / B.n : null;
    result.wilsonA = wilsonInterval({ successes: A.sum, n: A.n }, ctx.alpha);
    result.wilsonB = wilsonInterval({ successes: B.sum, n: B.n }, ctx.alpha);
  }
  if (A.n < MIN_UNITS_PER_ARM || B.n < MIN_UNITS_PER_ARM) {
    const which = [A.n < MIN_UNITS_PER_ARM ? `A has ${A.n}` : '', B.n < MIN_UNITS_PER_ARM ? `B has ${B.n}` : '']
      .filter(Boolean)
      .join(', ');
    result.notes.push(`insufficient data: fewer than ${MIN_UNITS_PER_ARM} values in an arm (${which})`);
    return estimate;
  }
  result.effect = result.meanB! - result.meanA!;

  if (ctx.design === 'paired' && !pairs)
    result.notes.push(
      'the test is declared paired, but too few units ran on both versions: analysed as independent samples',
    );
  if (pairs && pairs.a.length >= MIN_UNITS_PER_ARM) analyzePaired(def, pairs, ctx, estimate);
  else if (def.kind === 'proportion' && !perUnit) analyzeProportion(data, ctx, estimate);
  else analyzeMeans(data, ctx, estimate);

  if (def.latency && def.kind === 'mean' && data.raw) {
    // Quantiles describe the calls themselves; ranks compare independent units (a paired design
    // has Wilcoxon's signed-rank test instead).
    if (!result.paired) {
      result.mannWhitney = mannWhitney(
        data.raw.A.map((r) => r.value),
        data.raw.B.map((r) => r.value),
      );
      if (result.mannWhitney && result.mannWhitney.hodgesLehmann === null)
        result.notes.push('Hodges-Lehmann shift left out: too many pairs to enumerate');
    }
    const qa = p50p95(input.raw!.A.map((r) => r.value));
    const qb = p50p95(input.raw!.B.map((r) => r.value));
    result.quantiles = qa && qb ? { A: qa, B: qb } : null;
  }

  if (estimate.se !== null && result.effect !== null) {
    const half = sequentialHalfWidth(estimate.se ** 2, A.n + B.n, ctx.tuning, ctx.alpha);
    result.sequentialCi = half === null ? null : finitePair([result.effect - half, result.effect + half]);
    result.sequentialPValue = finite(sequentialPValue(estimate.se ** 2, A.n + B.n, ctx.tuning, result.effect));
  }
  result.pValue = finite(result.pValue);
  result.adjustedPValue = result.pValue;
  return estimate;
}

/** The metric's data with each unit's events replaced by their mean. */
function unitLevel(input: MetricData, perUnit: NonNullable<MetricData['raw']>): MetricData {
  const moments = { A: emptyMoments(), B: emptyMoments() };
  for (const v of ['A', 'B'] as const) for (const r of perUnit[v]) addValue(moments[v], r.value);
  return { moments, raw: perUnit };
}

function analyzeMeans(data: MetricData, ctx: MetricContext, estimate: MetricEstimate): void {
  const { A, B } = data.moments;
  const r = estimate.result;
  r.test = 'welch';
  const welch = welchTest(A, B, ctx.alpha);
  if (!welch.ok) {
    r.test = 'none';
    r.verdict = 'not-computable';
    r.notes.push(`not computable: ${welch.reason}`);
    return;
  }
  Object.assign(r, {
    effect: welch.value.effect,
    ci: finitePair(welch.value.ci),
    statistic: welch.value.t,
    df: welch.value.df,
    pValue: welch.value.pValue,
  });
  estimate.se = welch.value.se;
  estimate.df = welch.value.df;
  const lift = relativeLift(
    A.mean,
    sampleVariance(A)! / A.n,
    B.mean,
    sampleVariance(B)! / B.n,
    ctx.alpha,
    welch.value.df,
  );
  applyLift(lift, estimate);
}

function analyzeProportion(data: MetricData, ctx: MetricContext, estimate: MetricEstimate): void {
  const { A, B } = data.moments;
  const r = estimate.result;
  const p = compareProportions({ successes: A.sum, n: A.n }, { successes: B.sum, n: B.n }, ctx.alpha);
  Object.assign(r, { test: p.test, effect: p.effect, ci: finitePair(p.ci), statistic: p.z, pValue: p.pValue });
  if (p.ci === null)
    r.notes.push('interval not computable: both rates are 0 or 1, so the difference has zero estimated variance');
  estimate.se = p.sePooled;
  const lift = relativeLift(p.pA, (p.pA * (1 - p.pA)) / A.n, p.pB, (p.pB * (1 - p.pB)) / B.n, ctx.alpha, null);
  applyLift(lift, estimate);
}

function analyzePaired(def: MetricDefinition, pairs: Pairs, ctx: MetricContext, estimate: MetricEstimate): void {
  const r = estimate.result;
  const t = pairedT(pairs, ctx.alpha);
  r.paired = {
    pairs: pairs.a.length,
    unpaired: pairs.unpaired,
    wilcoxonPValue: def.kind === 'mean' ? finite(wilcoxonSignedRank(pairs)) : null,
  };
  if (pairs.unpaired > 0)
    r.notes.push(`paired on ${pairs.a.length} units; ${pairs.unpaired} units ran on one version only and are left out`);
  const n = pairs.a.length;
  const meanA = pairs.a.reduce((s, x) => s + x, 0) / n;
  const meanB = pairs.b.reduce((s, x) => s + x, 0) / n;
  r.effect = meanB - meanA;
  if (def.kind === 'proportion') {
    const m = mcnemarExact(pairs);
    r.test = 'mcnemar';
    r.pValue = m.pValue;
    r.statistic = Math.min(m.onlyA, m.onlyB);
  }
  if (!t.ok) {
    r.notes.push(`paired interval not computable: ${t.reason}`);
    if (def.kind === 'mean') {
      r.test = 'none';
      r.verdict = 'not-computable';
    }
    return;
  }
  if (def.kind === 'mean') Object.assign(r, { test: 'paired-t', statistic: t.value.t, pValue: t.value.pValue });
  r.ci = finitePair(t.value.ci);
  r.df = t.value.df;
  estimate.se = t.value.sdDiff / Math.sqrt(n);
  estimate.df = t.value.df;
  const lift = relativeLift(
    meanA,
    t.value.varA / n,
    meanB,
    t.value.varB / n,
    ctx.alpha,
    t.value.df,
    t.value.covariance / n,
  );
  applyLift(lift, estimate);
}

function applyLift(lift: ReturnType<typeof relativeLift>, estimate: MetricEstimate): void {
  if (lift.ok) {
    estimate.result.lift = finite(lift.value.lift);
    estimate.result.liftCi = finitePair(lift.value.ci);
    estimate.liftSe = lift.value.se;
  } else {
    estimate.result.notes.push(`relative change not computable: ${lift.reason}`);
  }
}
