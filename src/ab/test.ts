// An A/B test's definition (the versions compared, the planned split, the metrics and their roles)
// and its validation, so that a bad definition is an error naming the key and the file.

import type { ErrorObject } from 'ajv';
import { lazyValidator } from '../lazy-validator.ts';

export type Variant = 'A' | 'B';
export const VARIANTS: readonly Variant[] = ['A', 'B'];

export type MetricKind = 'mean' | 'proportion';
export type Better = 'lower' | 'higher';
export type MetricRole = 'primary' | 'secondary' | 'guardrail';
export type AnalysisMode = 'fixed' | 'sequential';
export type TestStatus = 'running' | 'stopped' | 'completed';

/** How much harm a guardrail tolerates before the statistical guard fires. */
export interface Margin {
  value: number;
  /** Relative margins ("10%") are judged on the relative lift, absolute ones on the difference. */
  relative: boolean;
}

export interface MetricDefinition {
  name: string;
  kind: MetricKind;
  better: Better;
  role: MetricRole;
  /** Latency-like: also Mann-Whitney, Hodges-Lehmann and p50/p95 where raw events exist. */
  latency: boolean;
  margin?: Margin;
  /** An absolute cap on B's mean (or rate) in the harmful direction: a hard stop, no statistics. */
  hardLimit?: number;
  /** Minimum detectable effect (absolute): below this CI half-width "no meaningful difference" can be said. */
  mde?: number;
}

export interface AbTest {
  id: string;
  name: string;
  versions: { A: string; B: string };
  /** Planned weights of the arms (any positive numbers; 50/50 by default). */
  split: { A: number; B: number };
  metrics: MetricDefinition[];
  /** Two-sided confidence level; α = 1 − confidence. */
  confidence: number;
  /** Planned units per arm: the tuning of the confidence sequence (N* = 2 × this) and the progress shown. */
  minSampleSize: number;
  /**
   * `paired`: the same units ran on both versions; `independent`: each unit saw one version.
   * Undefined: detected from the raw events (units present in both arms).
   */
  design?: 'independent' | 'paired';
  /** `fixed`: one analysis of a finished run; `sequential`: repeated looks, always-valid bounds decide. */
  mode: AnalysisMode;
  /** Units per arm (or 5 events in total for rates) before the statistical guard may fire. */
  guardMinSample: number;
  /** Consecutive failing analyses of a hard limit before it stops the test (debounce). */
  hardLimitRuns: number;
  status: TestStatus;
  stopReason?: string;
  /** The issue that tracks the test in the App, when there is one. */
  trackingIssue?: number;
  createdAt?: string;
}

export class AbError extends Error {
  override name = 'AbError';
}

const ID_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';
export const DEFAULT_SPLIT = { A: 50, B: 50 };

const metricSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: { type: 'string', pattern: '^[A-Za-z0-9_.:-]{1,64}$' },
    kind: { enum: ['mean', 'proportion'] },
    better: { enum: ['lower', 'higher'] },
    role: { enum: ['primary', 'secondary', 'guardrail'] },
    latency: { type: 'boolean' },
    margin: {
      anyOf: [
        { type: 'number', minimum: 0 },
        { type: 'string', pattern: '^\\d+(\\.\\d+)?%$' },
      ],
    },
    'hard-limit': { type: 'number' },
    mde: { type: 'number', exclusiveMinimum: 0 },
  },
} as const;

/** The schema of a test definition (YAML or JSON, kebab-case keys, as in `ab.tests[]` of mcpver.yml). */
export const abTestSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'metrics'],
  properties: {
    id: { type: 'string', pattern: ID_PATTERN },
    name: { type: 'string' },
    versions: {
      type: 'object',
      additionalProperties: false,
      properties: { A: { type: 'string' }, B: { type: 'string' } },
    },
    split: {
      type: 'object',
      additionalProperties: false,
      required: ['A', 'B'],
      properties: { A: { type: 'number', exclusiveMinimum: 0 }, B: { type: 'number', exclusiveMinimum: 0 } },
    },
    metrics: { type: 'array', minItems: 1, items: metricSchema },
    confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    'min-sample-size': { type: 'integer', minimum: 2 },
    mode: { enum: ['fixed', 'sequential'] },
    design: { enum: ['independent', 'paired'] },
    'guard-min-sample': { type: 'integer', minimum: 2 },
    'hard-limit-runs': { type: 'integer', minimum: 1 },
    status: { enum: ['running', 'stopped', 'completed'] },
    'stop-reason': { type: 'string' },
    'tracking-issue': { type: 'integer', minimum: 1 },
    'created-at': { type: 'string' },
  },
} as const;

const validate = lazyValidator(abTestSchema, { allErrors: true, strict: false });

function where(error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter(Boolean);
  if (error.keyword === 'additionalProperties') parts.push(String(error.params.additionalProperty));
  return (
    parts.reduce((p, part) => (/^\d+$/.test(part) ? `${p}[${part}]` : p ? `${p}.${part}` : part), '') || '(top level)'
  );
}

function describe(error: ErrorObject): string {
  if (error.keyword === 'additionalProperties') return `unknown key "${where(error)}"`;
  if (error.keyword === 'enum')
    return `"${where(error)}" must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  if (error.keyword === 'anyOf')
    return `"${where(error)}" must be a number (absolute) or a percentage such as "10%" (relative)`;
  return `"${where(error)}" ${error.message ?? 'is invalid'}`;
}

/** Defaults for a metric from its name, so that `error`, `response_time`, `accuracy` need no configuration. */
export function guessMetric(
  name: string,
  values?: Iterable<number>,
): Omit<MetricDefinition, 'role'> & { role?: MetricRole } {
  const lowered = name.toLowerCase();
  let binary = values !== undefined;
  if (values)
    for (const v of values)
      if (v !== 0 && v !== 1) {
        binary = false;
        break;
      }
  const harmful = /(error|fail|timeout|latency|time|duration|_ms$|cost|token)/.test(lowered);
  const latency = /(latency|response_time|duration|_ms$)/.test(lowered);
  return {
    name,
    kind: binary ? 'proportion' : 'mean',
    better: harmful ? 'lower' : 'higher',
    latency: latency && !binary,
    ...(/(error|fail|timeout)/.test(lowered) ? { role: 'guardrail' as const } : {}),
  };
}

function parseMargin(raw: unknown): Margin | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'number') return { value: raw, relative: false };
  return { value: Number.parseFloat(String(raw)) / 100, relative: true };
}

/**
 * Validate a raw definition (parsed YAML/JSON) and fill its defaults. `file` names the source in
 * errors; `defaults` carry the repository's `ab:` settings (confidence, min-sample-size).
 */
export interface AbTestDefaults {
  confidence?: number;
  minSampleSize?: number;
  /** Stored tests are re-analysed as data accumulates, so their faces default to `sequential`. */
  mode?: AnalysisMode;
}

export function defineAbTest(raw: unknown, file = 'test definition', defaults: AbTestDefaults = {}): AbTest {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new AbError(`${file}: an A/B test definition must be a mapping of keys to values.`);
  if (!validate(raw)) {
    const problems = [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map(describe))];
    throw new AbError(`${file}: ${problems.join('; ')}.`);
  }
  const r = raw as Record<string, any>;
  const names = new Set<string>();
  const metrics: MetricDefinition[] = (r.metrics as Array<Record<string, any>>).map((m, i) => {
    if (names.has(m.name)) throw new AbError(`${file}: metrics[${i}].name "${m.name}" is defined twice.`);
    names.add(m.name);
    const guessed = guessMetric(m.name);
    const metric: MetricDefinition = {
      name: m.name,
      kind: m.kind ?? guessed.kind,
      better: m.better ?? guessed.better,
      role: m.role ?? guessed.role ?? 'secondary',
      latency: m.latency ?? (guessed.latency && (m.kind ?? 'mean') === 'mean'),
    };
    const margin = parseMargin(m.margin);
    if (margin) metric.margin = margin;
    if (m['hard-limit'] !== undefined) metric.hardLimit = m['hard-limit'];
    if (m.mde !== undefined) metric.mde = m.mde;
    if (
      metric.kind === 'proportion' &&
      metric.hardLimit !== undefined &&
      (metric.hardLimit < 0 || metric.hardLimit > 1)
    ) {
      throw new AbError(`${file}: metrics[${i}].hard-limit must be a rate between 0 and 1 for a proportion metric.`);
    }
    return metric;
  });
  const primaries = metrics.filter((m) => m.role === 'primary');
  if (primaries.length > 1)
    throw new AbError(`${file}: only one metric may be primary (found ${primaries.map((m) => m.name).join(', ')}).`);
  // Without a declared primary, the first non-guardrail metric decides the winner.
  if (primaries.length === 0) {
    const first = metrics.find((m) => m.role !== 'guardrail');
    if (first) first.role = 'primary';
  }
  const minSampleSize = r['min-sample-size'] ?? defaults.minSampleSize ?? 100;
  return {
    id: r.id,
    name: r.name ?? r.id,
    versions: { A: r.versions?.A ?? 'A', B: r.versions?.B ?? 'B' },
    split: r.split ?? { ...DEFAULT_SPLIT },
    metrics,
    confidence: r.confidence ?? defaults.confidence ?? 0.95,
    minSampleSize,
    mode: r.mode ?? defaults.mode ?? 'fixed',
    ...(r.design ? { design: r.design } : {}),
    guardMinSample: r['guard-min-sample'] ?? 30,
    hardLimitRuns: r['hard-limit-runs'] ?? 1,
    status: r.status ?? 'running',
    ...(r['stop-reason'] ? { stopReason: r['stop-reason'] } : {}),
    ...(r['tracking-issue'] ? { trackingIssue: r['tracking-issue'] } : {}),
    ...(r['created-at'] ? { createdAt: r['created-at'] } : {}),
  };
}

/** The definition as stored in `ab/<id>/test.json` (kebab-case, readable by `defineAbTest`). */
export function serializeAbTest(test: AbTest): Record<string, unknown> {
  return {
    id: test.id,
    name: test.name,
    versions: test.versions,
    split: test.split,
    metrics: test.metrics.map((m) => ({
      name: m.name,
      kind: m.kind,
      better: m.better,
      role: m.role,
      latency: m.latency,
      ...(m.margin
        ? { margin: m.margin.relative ? `${+(m.margin.value * 100).toPrecision(12)}%` : m.margin.value }
        : {}),
      ...(m.hardLimit !== undefined ? { 'hard-limit': m.hardLimit } : {}),
      ...(m.mde !== undefined ? { mde: m.mde } : {}),
    })),
    confidence: test.confidence,
    'min-sample-size': test.minSampleSize,
    mode: test.mode,
    ...(test.design ? { design: test.design } : {}),
    'guard-min-sample': test.guardMinSample,
    'hard-limit-runs': test.hardLimitRuns,
    status: test.status,
    ...(test.stopReason ? { 'stop-reason': test.stopReason } : {}),
    ...(test.trackingIssue ? { 'tracking-issue': test.trackingIssue } : {}),
    ...(test.createdAt ? { 'created-at': test.createdAt } : {}),
  };
}
