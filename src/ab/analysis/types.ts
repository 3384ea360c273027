// The shapes of an analysis: what goes in (moments, optional raw values) and what comes out (per
// metric estimates, health, verdicts, the recommendation). The JSON output is a public contract.

import type { Moments } from '../stats.ts';
import type { Better, MetricKind, MetricRole, Variant } from '../test.ts';

export type Interval = [number, number];

/** One raw observation kept for the rank, quantile and paired tests. */
export interface RawValue {
  value: number;
  unit?: string;
}

export interface MetricData {
  moments: Record<Variant, Moments>;
  /** Present when raw events were available (local files, or the stored chunks). */
  raw?: Record<Variant, RawValue[]>;
}

export interface AnalysisInput {
  metrics: Record<string, MetricData>;
  /** Attempted units per arm for the sample-ratio check (distinct units, or calls when events carry no unit). */
  units: Record<Variant, number>;
  /** Whether `units` counts distinct units (true) or events (false). */
  unitsAreDistinct: boolean;
  /** Lines rejected at ingestion, and all lines seen. */
  rejected: number;
  accepted: number;
  /** Consecutive failing runs of each hard limit so far (stored with the test). */
  hardLimitFailures?: Record<string, number>;
  /** Problems met reading the events (broken lines in the raw chunks), shown with the data quality. */
  warnings?: string[];
}

export type TestUsed = 'welch' | 'z' | 'fisher' | 'paired-t' | 'mcnemar' | 'none';
export type Verdict = 'better' | 'worse' | 'no-difference' | 'insufficient' | 'inconclusive' | 'not-computable';

export interface MannWhitneyResult {
  /** U of B against A (the number of pairs where B's value exceeds A's, ties counting one half). */
  u: number;
  pValue: number;
  exact: boolean;
  /** Median of all B − A differences; null when too many pairs to enumerate. */
  hodgesLehmann: number | null;
}

export interface GuardResult {
  /** Whether the guard had enough data to judge. */
  armed: boolean;
  fired: boolean;
  /** One-sided lower bound of the harm (B worse than A, in the metric's units or as a relative lift). */
  bound: number | null;
  margin: number;
  relative: boolean;
  sequential: boolean;
  message: string;
}

export interface MetricResult {
  name: string;
  kind: MetricKind;
  better: Better;
  role: MetricRole;
  test: TestUsed;
  nA: number;
  nB: number;
  /** Means, or rates for proportions. */
  meanA: number | null;
  meanB: number | null;
  sdA: number | null;
  sdB: number | null;
  /** B − A. */
  effect: number | null;
  ci: Interval | null;
  /** (B − A) / |A| and its delta-method interval. */
  lift: number | null;
  liftCi: Interval | null;
  statistic: number | null;
  df: number | null;
  pValue: number | null;
  /** Holm-adjusted p for secondary metrics; equal to pValue for the others. */
  adjustedPValue: number | null;
  /** Always-valid interval of B − A (asymptotic confidence sequence). */
  sequentialCi: Interval | null;
  /** Always-valid p-value: the smallest α whose confidence sequence excludes zero now. */
  sequentialPValue: number | null;
  wilsonA?: Interval | null;
  wilsonB?: Interval | null;
  mannWhitney?: MannWhitneyResult | null;
  quantiles?: Record<Variant, { p50: number; p95: number }> | null;
  paired?: { pairs: number; unpaired: number; wilcoxonPValue: number | null } | null;
  guard?: GuardResult;
  hardLimit?: { limit: number; value: number | null; breached: boolean; failures: number; fired: boolean };
  verdict: Verdict;
  notes: string[];
}

export interface SrmResult {
  counts: Record<Variant, number>;
  expectedShare: Record<Variant, number>;
  chi2: number | null;
  pValue: number | null;
  ok: boolean;
  checked: boolean;
}

export interface HealthResult {
  ok: boolean;
  srm: SrmResult;
  dataQuality: { ok: boolean; accepted: number; rejected: number; warnings: string[] };
  sampleSize: { ok: boolean; minPerArm: number; planned: number; warnings: string[] };
}

export type Recommendation =
  'ship-b' | 'keep-a' | 'no-meaningful-difference' | 'continue' | 'investigate' | 'stop-rollback';

export interface AutoStopRule {
  rule: 'hard-limit' | 'guardrail' | 'srm';
  metric?: string;
  message: string;
}

export interface AnalysisResult {
  schema: 1;
  test: { id: string; name: string; versions: { A: string; B: string }; mode: 'fixed' | 'sequential' };
  alpha: number;
  health: HealthResult;
  /** Top-level shortcut of health.srm (`pValue`, `ok`), part of the public JSON contract. */
  srm: { pValue: number | null; ok: boolean };
  metrics: MetricResult[];
  recommendation: Recommendation;
  reasons: string[];
  autoStop: { stop: boolean; rules: AutoStopRule[] };
  /** Consecutive failing runs of each hard limit after this analysis, to be stored with the test. */
  hardLimitFailures: Record<string, number>;
  settings: { correction: 'holm'; sequentialTuning: number; minArm: number };
}
