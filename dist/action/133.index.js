import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
export const id = 133;
export const ids = [133];
export const modules = {

/***/ 78133:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  abRecordMode: () => (/* binding */ abRecordMode)
});

// UNUSED EXPORTS: MAX_LINE_ANNOTATIONS, runAbRecord

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 15 modules
var core = __webpack_require__(14116);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 21 modules
var github = __webpack_require__(50157);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/sync.js + 8 modules
var sync = __webpack_require__(40712);
;// CONCATENATED MODULE: ./src/ab/wide-events.js
// Wide records — one line per call with a column per metric, as evaluation harnesses often write
// them (`{"version":"B","unit_id":"item-7","response_time_ms":182,"error":0,"accuracy":null}`) —
// expanded into the long events mcpver stores (one event per metric).
/** Columns that describe the call, never a metric. */
const DESCRIPTIVE = new Set([
    'variant',
    'version',
    'arm',
    'unit',
    'unit_id',
    'ts',
    'timestamp',
    'call_id',
    'id',
    'tool',
    'model',
    'item',
    'item_id',
]);
const METRIC_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
/**
 * Whether a record is wide: it has neither `metric` nor `value`, so its numeric columns are the
 * metrics. A record with a `value` but no `metric` is a long event missing its metric, and rejected as such.
 */
function isWideRecord(record) {
    return !('metric' in record) && !('value' in record);
}
function numeric(value) {
    if (value === null || value === undefined || value === '')
        return null;
    if (typeof value === 'boolean')
        return value ? 1 : 0;
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : 'bad';
    if (typeof value === 'string') {
        const lowered = value.trim().toLowerCase();
        if (lowered === 'true')
            return 1;
        if (lowered === 'false')
            return 0;
        if (lowered === 'null' || lowered === 'na')
            return null;
        const n = Number(value);
        return Number.isFinite(n) ? n : 'bad';
    }
    return 'bad';
}
/** The events of one wide record, or the reason it is rejected. Empty (null) metric cells are skipped. */
function expandWideRecord(record, test) {
    const variant = record.variant ?? record.version ?? record.arm;
    if (variant !== 'A' && variant !== 'B')
        return `"variant" (or "version") must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
    const unitRaw = record.unit ?? record.unit_id ?? record.item_id ?? record.item;
    const tsRaw = record.ts ?? record.timestamp;
    const base = { variant };
    if (unitRaw !== undefined && unitRaw !== null && unitRaw !== '') {
        if (typeof unitRaw !== 'string' && typeof unitRaw !== 'number')
            return '"unit" (or "unit_id") must be a string or a number';
        base.unit = String(unitRaw);
    }
    if (typeof tsRaw === 'string' || typeof tsRaw === 'number')
        base.ts = tsRaw;
    const events = [];
    for (const [key, raw] of Object.entries(record)) {
        if (DESCRIPTIVE.has(key) || !METRIC_NAME.test(key))
            continue;
        const definition = test?.metrics.find((m) => m.name === key);
        if (test && !definition)
            continue; // columns the test does not measure are not errors in a wide record
        const value = numeric(raw);
        if (value === null)
            continue;
        if (value === 'bad') {
            // A text column that is not a metric (a tool name, a label) is only an error when the test names it.
            if (definition)
                return `"${key}" must be a finite number (got ${JSON.stringify(raw)})`;
            continue;
        }
        if (definition?.kind === 'proportion' && value !== 0 && value !== 1)
            return `metric "${key}" is a proportion: it must be 0 or 1 (got ${value})`;
        events.push({ ...base, metric: key, value });
    }
    if (events.length === 0)
        return test
            ? `no value for any metric of test "${test.id}" (${test.metrics.map((m) => m.name).join(', ')})`
            : 'no numeric metric column in the record';
    return events;
}

;// CONCATENATED MODULE: ./src/ab/events.js
// Metric events from NDJSON or CSV, validated line by line: a malformed line is rejected with its
// line number and a reason, the valid lines are kept, and the result counts both.


/** Rejections kept in a result: enough to fix a file, bounded so a wholly wrong file stays small. */
const MAX_REJECTIONS_LISTED = 1000;
const events_METRIC_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;
/** `ndjson` unless the name ends in .csv or the first non-blank character cannot start JSON. */
function detectEventFormat(text, fileName) {
    if (fileName && /\.csv$/i.test(fileName))
        return 'csv';
    if (fileName && /\.(nd)?jsonl?$/i.test(fileName))
        return 'ndjson';
    const first = text.trimStart()[0];
    return first === '{' || first === undefined ? 'ndjson' : 'csv';
}
/** Check one record's fields; returns the event or the reason it is rejected. */
function validateEvent(record, test) {
    const { variant, metric, unit, ts } = record;
    let value = record.value;
    if (variant !== 'A' && variant !== 'B')
        return `"variant" must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
    if (typeof metric !== 'string' || !events_METRIC_NAME.test(metric))
        return `"metric" must be a name of letters, digits and _.:- (got ${JSON.stringify(metric ?? null)})`;
    if (typeof value === 'string' && value.trim() !== '')
        value = Number(value);
    if (typeof value !== 'number' || !Number.isFinite(value))
        return `"value" must be a finite number (got ${JSON.stringify(record.value ?? null)})`;
    const event = { variant, metric, value };
    if (unit !== undefined && unit !== null && unit !== '') {
        if (typeof unit !== 'string' && typeof unit !== 'number')
            return `"unit" must be a string or a number`;
        event.unit = String(unit);
    }
    if (ts !== undefined && ts !== null && ts !== '') {
        if (typeof ts !== 'string' && typeof ts !== 'number')
            return `"ts" must be a string or a number`;
        event.ts = ts;
    }
    if (test) {
        const definition = test.metrics.find((m) => m.name === metric);
        if (!definition)
            return `metric "${metric}" is not defined in test "${test.id}" (defined: ${test.metrics.map((m) => m.name).join(', ')})`;
        if (definition.kind === 'proportion' && value !== 0 && value !== 1)
            return `metric "${metric}" is a proportion: "value" must be 0 or 1 (got ${value})`;
    }
    return event;
}
function reject(into, line, reason, counter) {
    counter.count++;
    if (into.length < MAX_REJECTIONS_LISTED)
        into.push({ line, reason });
}
function parseNdjson(text, test, result, counter) {
    let start = 0;
    let line = 0;
    while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1)
            end = text.length;
        line++;
        const raw = text.slice(start, end).trim();
        start = end + 1;
        if (raw === '')
            continue;
        let record;
        try {
            record = JSON.parse(raw);
        }
        catch (error) {
            reject(result.rejected, line, `not valid JSON: ${error.message}`, counter);
            continue;
        }
        if (typeof record !== 'object' || record === null || Array.isArray(record)) {
            reject(result.rejected, line, 'each line must be one JSON object', counter);
            continue;
        }
        accept(record, line, test, result, counter);
    }
}
/** One record: a long event (`metric`, `value`) or a wide one (a column per metric). */
function accept(record, line, test, result, counter) {
    if (isWideRecord(record)) {
        const events = expandWideRecord(record, test);
        if (typeof events === 'string')
            reject(result.rejected, line, events, counter);
        else
            for (const e of events)
                result.events.push(e);
        return;
    }
    const event = validateEvent(record, test);
    if (typeof event === 'string')
        reject(result.rejected, line, event, counter);
    else
        result.events.push(event);
}
function parseCsvText(text, test, result, counter) {
    const rows = (0,sync/* parse */.q)(text, {
        columns: (header) => {
            const names = header.map((h) => h.trim());
            // Long form (variant, metric, value) or wide form (variant or version, then a column per metric).
            const wide = !names.includes('metric') &&
                !names.includes('value') &&
                (names.includes('variant') || names.includes('version'));
            const missing = ['variant', 'metric', 'value'].filter((c) => !names.includes(c));
            if (!wide && missing.length > 0)
                throw new EventsError(`CSV line 1: the header must name the columns variant, metric and value (missing: ${missing.join(', ')}), or variant (or version) and one column per metric.`);
            return names;
        },
        info: true,
        skip_empty_lines: true,
        relax_column_count: true,
        trim: true,
        bom: true,
        skip_records_with_error: true,
        on_skip: (error) => {
            if (error)
                reject(result.rejected, error.lines ?? 0, `not valid CSV: ${error.message}`, counter);
        },
    });
    for (const { record, info } of rows)
        accept(record, info.lines, test, result, counter);
}
class EventsError extends Error {
    name = 'EventsError';
}
/** Parse a file of events; never throws for a bad line, only for a file that cannot be read as a whole (a CSV without the columns). */
function parseEvents(text, options = {}) {
    const format = options.format ?? detectEventFormat(text, options.fileName);
    const result = { events: [], rejected: [], accepted: 0, rejectedCount: 0 };
    const counter = { count: 0 };
    if (format === 'csv')
        parseCsvText(text, options.test, result, counter);
    else
        parseNdjson(text, options.test, result, counter);
    result.rejected.sort((a, b) => a.line - b.line);
    result.accepted = result.events.length;
    result.rejectedCount = counter.count;
    return result;
}
/** One event per line, keys sorted, for the raw chunks of the state branch. */
function formatEventLine(event) {
    const out = {};
    for (const key of ['metric', 'ts', 'unit', 'value', 'variant'])
        if (event[key] !== undefined)
            out[key] = event[key];
    return JSON.stringify(out);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./src/config.js + 2 modules
var src_config = __webpack_require__(6932);
// EXTERNAL MODULE: ./src/lazy-validator.js
var lazy_validator = __webpack_require__(26801);
;// CONCATENATED MODULE: ./src/ab/test.js
// An A/B test's definition (the versions compared, the planned split, the metrics and their roles)
// and its validation, so that a bad definition is an error naming the key and the file.

const VARIANTS = ['A', 'B'];
class AbError extends Error {
    name = 'AbError';
}
const ID_PATTERN = '^[a-z0-9][a-z0-9._-]{0,63}$';
const DEFAULT_SPLIT = { A: 50, B: 50 };
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
};
/** The schema of a test definition (YAML or JSON, kebab-case keys, as in `ab.tests[]` of mcpver.yml). */
const abTestSchema = {
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
};
const validate = (0,lazy_validator/* lazyValidator */.f)(abTestSchema, { allErrors: true, strict: false });
function where(error) {
    const parts = error.instancePath.split('/').filter(Boolean);
    if (error.keyword === 'additionalProperties')
        parts.push(String(error.params.additionalProperty));
    return (parts.reduce((p, part) => (/^\d+$/.test(part) ? `${p}[${part}]` : p ? `${p}.${part}` : part), '') || '(top level)');
}
function describe(error) {
    if (error.keyword === 'additionalProperties')
        return `unknown key "${where(error)}"`;
    if (error.keyword === 'enum')
        return `"${where(error)}" must be one of ${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}`;
    if (error.keyword === 'anyOf')
        return `"${where(error)}" must be a number (absolute) or a percentage such as "10%" (relative)`;
    return `"${where(error)}" ${error.message ?? 'is invalid'}`;
}
/** Defaults for a metric from its name, so that `error`, `response_time`, `accuracy` need no configuration. */
function guessMetric(name, values) {
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
        ...(/(error|fail|timeout)/.test(lowered) ? { role: 'guardrail' } : {}),
    };
}
function parseMargin(raw) {
    if (raw === undefined)
        return undefined;
    if (typeof raw === 'number')
        return { value: raw, relative: false };
    return { value: Number.parseFloat(String(raw)) / 100, relative: true };
}
function defineAbTest(raw, file = 'test definition', defaults = {}) {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new AbError(`${file}: an A/B test definition must be a mapping of keys to values.`);
    if (!validate(raw)) {
        const problems = [...new Set((validate.errors ?? []).filter((e) => e.keyword !== 'if').map(describe))];
        throw new AbError(`${file}: ${problems.join('; ')}.`);
    }
    const r = raw;
    const names = new Set();
    const metrics = r.metrics.map((m, i) => {
        if (names.has(m.name))
            throw new AbError(`${file}: metrics[${i}].name "${m.name}" is defined twice.`);
        names.add(m.name);
        const guessed = guessMetric(m.name);
        const metric = {
            name: m.name,
            kind: m.kind ?? guessed.kind,
            better: m.better ?? guessed.better,
            role: m.role ?? guessed.role ?? 'secondary',
            latency: m.latency ?? (guessed.latency && (m.kind ?? 'mean') === 'mean'),
        };
        const margin = parseMargin(m.margin);
        if (margin)
            metric.margin = margin;
        if (m['hard-limit'] !== undefined)
            metric.hardLimit = m['hard-limit'];
        if (m.mde !== undefined)
            metric.mde = m.mde;
        if (metric.kind === 'proportion' &&
            metric.hardLimit !== undefined &&
            (metric.hardLimit < 0 || metric.hardLimit > 1)) {
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
        if (first)
            first.role = 'primary';
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
function serializeAbTest(test) {
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

;// CONCATENATED MODULE: ./src/ab/load-definition.js
// Reading a test definition from a file's text: either a definition on its own (YAML or JSON) or
// a whole `.github/mcpver.yml` whose `ab.tests` holds it (chosen by id when there are several).



/** Keys that only a whole mcpver.yml has at its top level. */
const CONFIG_KEYS = ['ab', 'packages', 'policy', 'state', 'rollback', 'migrate', 'comments', 'watch', 'ai'];
function parseAbDefinition(text, file, testId, defaults = {}) {
    const document = (0,dist/* parseDocument */.Tp)(text, { prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0)
        throw new AbError(`${file}: not valid YAML or JSON: ${document.errors[0].message.split('\n')[0]}`);
    const raw = (0,src_config/* toJs */.Vt)(document, file, (message) => new AbError(message));
    if (typeof raw === 'object' &&
        raw !== null &&
        !Array.isArray(raw) &&
        !('metrics' in raw) &&
        CONFIG_KEYS.some((k) => k in raw)) {
        const config = (0,src_config/* validateConfig */.$r)(raw, file);
        const tests = config.ab.tests;
        if (tests.length === 0)
            throw new AbError(`${file}: ab.tests defines no A/B test.`);
        const chosen = testId ? tests.find((t) => t.id === testId) : tests.length === 1 ? tests[0] : undefined;
        if (!chosen) {
            const ids = tests.map((t) => String(t.id)).join(', ');
            throw new AbError(testId
                ? `${file}: ab.tests has no test "${testId}" (it has ${ids}).`
                : `${file}: ab.tests has several tests (${ids}): choose one with --test ID.`);
        }
        return defineAbTest(chosen, `${file} (ab.tests, id ${String(chosen.id)})`, {
            ...defaults,
            confidence: config.ab.confidence,
            minSampleSize: config.ab.minSampleSize,
        });
    }
    const test = defineAbTest(raw, file, defaults);
    if (testId && test.id !== testId)
        throw new AbError(`${file} defines test "${test.id}", not "${testId}".`);
    return test;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-quantile/lib/index.js
var lib = __webpack_require__(86060);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-t-quantile/lib/index.js
var stats_base_dists_t_quantile_lib = __webpack_require__(74455);
;// CONCATENATED MODULE: ./src/ab/metric-table.js
// Tables keyed by metric name. Metric names come from event files and signed batches, so a name such
// as `__proto__` or `constructor` must be an ordinary key: a plain object would answer those from
// Object.prototype (a crash in the analysis, or an event counted into nothing). Every table keyed by
// a metric name is created here, without a prototype.
/** An empty table with no prototype: every key, `__proto__` included, is an own key or absent. */
function metricTable() {
    return Object.create(null);
}
/** A prototype-less copy of a table read from JSON (its own keys only, `__proto__` kept as a key). */
function toMetricTable(from) {
    const table = metricTable();
    if (from)
        for (const key of Object.keys(from))
            table[key] = from[key];
    return table;
}

;// CONCATENATED MODULE: ./src/ab/stats.js
// Mergeable sufficient statistics per variant and metric (count, mean, M2, successes, range), so
// that the mean and proportion tests cost the same for ten events or ten million.


function emptyMoments() {
    return { n: 0, mean: 0, m2: 0, sum: 0, min: null, max: null };
}
function emptyStats() {
    return {
        schema: 1,
        variants: { A: { metrics: metricTable(), units: 0 }, B: { metrics: metricTable(), units: 0 } },
        events: { accepted: 0, rejected: 0 },
        chunks: { count: 0, lastSize: 0 },
    };
}
/** Add one value (Welford), in place. */
function addValue(m, x) {
    m.n += 1;
    const delta = x - m.mean;
    m.mean += delta / m.n;
    m.m2 += delta * (x - m.mean);
    m.sum += x;
    m.min = m.min === null || x < m.min ? x : m.min;
    m.max = m.max === null || x > m.max ? x : m.max;
}
/** Combine two sets of moments (Chan et al.'s parallel formula); neither input is changed. */
function mergeMoments(a, b) {
    if (a.n === 0)
        return { ...b };
    if (b.n === 0)
        return { ...a };
    const n = a.n + b.n;
    const delta = b.mean - a.mean;
    return {
        n,
        mean: a.mean + (delta * b.n) / n,
        m2: a.m2 + b.m2 + (delta * delta * a.n * b.n) / n,
        sum: a.sum + b.sum,
        min: Math.min(a.min, b.min),
        max: Math.max(a.max, b.max),
    };
}
/** Sample variance (n − 1 denominator); null below two values. */
function sampleVariance(m) {
    return m.n >= 2 ? Math.max(0, m.m2 / (m.n - 1)) : null;
}
/** The moments of a batch of events, per variant and metric. */
function momentsOf(events) {
    const out = { A: metricTable(), B: metricTable() };
    for (const e of events)
        addValue((out[e.variant][e.metric] ??= emptyMoments()), e.value);
    return out;
}
/** `stats` with a batch's moments merged in (a new object; the input is not changed). */
function mergeBatch(stats, batch, accepted, rejected) {
    const next = normalizeStats(structuredClone(stats));
    for (const variant of VARIANTS) {
        const metrics = next.variants[variant].metrics;
        for (const [name, moments] of Object.entries(batch[variant]))
            metrics[name] = mergeMoments(metrics[name] ?? emptyMoments(), moments);
    }
    next.events.accepted += accepted;
    next.events.rejected += rejected;
    return next;
}
/**
 * Stats as read from JSON (or cloned), with prototype-less metric tables: `stats.json` may hold a
 * metric named `constructor` or `__proto__`, which a plain object would confuse with its prototype.
 */
function normalizeStats(stats) {
    for (const variant of VARIANTS) {
        const arm = (stats.variants[variant] ??= { metrics: metricTable(), units: 0 });
        arm.metrics = toMetricTable(arm.metrics);
    }
    return stats;
}
/** Distinct units per arm in a list of events; null for an arm when some event has no unit. */
function distinctUnits(events) {
    const out = { A: new Set(), B: new Set() };
    for (const e of events) {
        if (e.unit === undefined)
            out[e.variant] = null;
        else
            out[e.variant]?.add(e.unit);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/ab/analysis/units.js
// Analysis at the unit of assignment: when a unit (a session, an evaluation item) sent several
// events of a metric in one arm, those events are not independent, so each unit's events are
// averaged first (mean latency, error share) and the units are compared (the specification's 5.1).
/** Per-unit means of each arm, or null when no unit repeats (or some value has no unit). */
function aggregatePerUnit(raw) {
    let repeated = false;
    const out = {};
    for (const variant of ['A', 'B']) {
        const sums = new Map();
        for (const { value, unit } of raw[variant]) {
            if (unit === undefined)
                return null;
            const s = sums.get(unit);
            if (s) {
                s.sum += value;
                s.n += 1;
                repeated = true;
            }
            else
                sums.set(unit, { sum: value, n: 1 });
        }
        out[variant] = [...sums].map(([unit, s]) => ({ value: s.sum / s.n, unit }));
    }
    return repeated ? out : null;
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var stats_base_dists_normal_cdf_lib = __webpack_require__(72484);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-hypergeometric-pmf/lib/index.js
var stats_base_dists_hypergeometric_pmf_lib = __webpack_require__(77392);
;// CONCATENATED MODULE: ./src/ab/analysis/proportions.js
// Rates: the two-proportion z-test (pooled SE) when every cell has at least five events, Fisher's
// exact test otherwise, a Wald interval of the difference and Wilson intervals per arm.



/** Below this count in any cell the normal approximation is not trusted and Fisher's test is used. */
const MIN_CELL_FOR_Z = 5;
/** scipy's relative tolerance for "as or less likely than observed" in Fisher's two-sided p. */
const FISHER_RELATIVE_TOLERANCE = 1 + 1e-7;
function wilsonInterval({ successes, n }, alpha) {
    if (n === 0)
        return null;
    const z = lib(1 - alpha / 2, 0, 1);
    const z2 = z * z;
    const center = (successes + z2 / 2) / (n + z2);
    const half = (z / (n + z2)) * Math.sqrt((successes * (n - successes)) / n + z2 / 4);
    return [center - half, center + half];
}
/** Fisher's exact two-sided p: the probability of all tables as or less likely than the observed one. */
function fisherExact(a, b) {
    const total = a.n + b.n;
    const successes = a.successes + b.successes;
    const observed = stats_base_dists_hypergeometric_pmf_lib(b.successes, total, successes, b.n);
    const low = Math.max(0, b.n + successes - total);
    const high = Math.min(successes, b.n);
    let p = 0;
    for (let k = low; k <= high; k++) {
        const pk = stats_base_dists_hypergeometric_pmf_lib(k, total, successes, b.n);
        if (pk <= observed * FISHER_RELATIVE_TOLERANCE)
            p += pk;
    }
    return Math.min(1, p);
}
function compareProportions(a, b, alpha) {
    const pA = a.successes / a.n;
    const pB = b.successes / b.n;
    const effect = pB - pA;
    const pooled = (a.successes + b.successes) / (a.n + b.n);
    const sePooledRaw = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
    const sePooled = sePooledRaw > 0 ? sePooledRaw : null;
    const cells = [a.successes, a.n - a.successes, b.successes, b.n - b.successes];
    let test = 'fisher';
    let z = null;
    let pValue;
    if (Math.min(...cells) >= MIN_CELL_FOR_Z && sePooled !== null) {
        test = 'z';
        z = effect / sePooled;
        pValue = Math.min(1, 2 * stats_base_dists_normal_cdf_lib(-Math.abs(z), 0, 1));
    }
    else {
        pValue = fisherExact(a, b);
    }
    const seUnpooled = Math.sqrt((pA * (1 - pA)) / a.n + (pB * (1 - pB)) / b.n);
    const q = lib(1 - alpha / 2, 0, 1);
    const ci = seUnpooled > 0 ? [effect - q * seUnpooled, effect + q * seUnpooled] : null;
    return { pA, pB, effect, test, z, pValue, sePooled, ci, seUnpooled };
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-ttest/lib/index.js
var stats_ttest_lib = __webpack_require__(81825);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-wilcoxon/lib/index.js
var stats_wilcoxon_lib = __webpack_require__(22716);
// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var stats_base_dists_binomial_cdf_lib = __webpack_require__(36794);
// EXTERNAL MODULE: ./node_modules/simple-statistics/dist/simple-statistics.mjs
var simple_statistics = __webpack_require__(15521);
;// CONCATENATED MODULE: ./src/ab/analysis/paired.js
// Paired analysis when the same units (evaluation items) ran on both versions: the paired t-test as
// the headline, Wilcoxon's signed-rank test as the robust companion, McNemar's exact test for 0/1.




/** A metric is analysed as paired when at least this share of its units ran on both versions. */
const PAIRED_MIN_SHARE = 0.5;
/** Units seen in both arms (a unit's repeated values are averaged per arm); null when too few to pair. */
function pairUp(raw) {
    const perArm = (values) => {
        const sums = new Map();
        for (const { value, unit } of values) {
            if (unit === undefined)
                return null;
            const s = sums.get(unit) ?? { sum: 0, n: 0 };
            s.sum += value;
            s.n += 1;
            sums.set(unit, s);
        }
        return sums;
    };
    const a = perArm(raw.A);
    const b = perArm(raw.B);
    if (!a || !b)
        return null;
    const pairs = { a: [], b: [], unpaired: 0 };
    for (const [unit, s] of a) {
        const t = b.get(unit);
        if (t) {
            pairs.a.push(s.sum / s.n);
            pairs.b.push(t.sum / t.n);
        }
        else
            pairs.unpaired++;
    }
    for (const unit of b.keys())
        if (!a.has(unit))
            pairs.unpaired++;
    const union = pairs.a.length + pairs.unpaired;
    return pairs.a.length >= 2 && pairs.a.length >= PAIRED_MIN_SHARE * union ? pairs : null;
}
/** Paired t-test of B − A (sample SD of the differences). */
function pairedT(p, alpha) {
    const d = p.b.map((y, i) => y - p.a[i]);
    const sdDiff = Math.sqrt((0,simple_statistics/* sampleVariance */.y4)(d));
    if (!(sdDiff > 0))
        return { ok: false, reason: 'every pair has the same difference (zero variance of the differences)' };
    const r = stats_ttest_lib(p.b, p.a, { alpha });
    return {
        ok: true,
        value: {
            effect: (0,simple_statistics/* mean */.RE)(d),
            t: r.statistic,
            df: r.df,
            pValue: r.pValue,
            ci: [r.ci[0], r.ci[1]],
            sdDiff,
            covariance: (0,simple_statistics/* sampleCovariance */.GL)(p.a, p.b),
            varA: (0,simple_statistics/* sampleVariance */.y4)(p.a),
            varB: (0,simple_statistics/* sampleVariance */.y4)(p.b),
        },
    };
}
/** Wilcoxon signed-rank p (exact up to 50 pairs without ties or zeros, else normal without continuity correction, as scipy's default); null when every difference is zero. */
function wilcoxonSignedRank(p) {
    const d = p.b.map((y, i) => y - p.a[i]);
    if (d.every((x) => x === 0) || d.length < 2)
        return null;
    return stats_wilcoxon_lib(p.b, p.a, { correction: false }).pValue;
}
/** McNemar's exact test: a two-sided binomial test of the discordant pairs against one half. */
function mcnemarExact(p) {
    let onlyA = 0;
    let onlyB = 0;
    for (let i = 0; i < p.a.length; i++) {
        if (p.a[i] === 1 && p.b[i] === 0)
            onlyA++;
        if (p.a[i] === 0 && p.b[i] === 1)
            onlyB++;
    }
    const n = onlyA + onlyB;
    const pValue = n === 0 ? 1 : Math.min(1, 2 * stats_base_dists_binomial_cdf_lib(Math.min(onlyA, onlyB), n, 0.5));
    return { onlyA, onlyB, pValue };
}

;// CONCATENATED MODULE: ./src/ab/analysis/rank.js
// Rank-based and quantile summaries for heavy-tailed metrics such as latency: Mann-Whitney U
// (exact for small samples without ties, else normal with tie and continuity corrections, as
// scipy), the Hodges-Lehmann shift and type-7 quantiles.


/** The exact distribution is used when the smaller sample has at most this many values (and no ties). */
const MANN_WHITNEY_EXACT_MAX = 8;
/** Hodges-Lehmann enumerates every B − A pair; beyond this many pairs it is left out. */
const MAX_HODGES_LEHMANN_PAIRS = 4_000_000;
/**
 * P(U ≥ u) under the null for sample sizes m (small) and n, by the recurrence on probabilities
 * p(u; m, n) = m/(m+n)·p(u−n; m−1, n) + n/(m+n)·p(u; m, n−1), which stays within [0, 1].
 */
function exactUpperTail(u, m, n) {
    // table[i] = distribution of U for (i, j) at the current j; U ranges over 0..i·j.
    let table = Array.from({ length: m + 1 }, () => Float64Array.of(1));
    for (let j = 1; j <= n; j++) {
        const next = [Float64Array.of(1)];
        for (let i = 1; i <= m; i++) {
            const dist = new Float64Array(i * j + 1);
            const left = next[i - 1]; // (i − 1, j): its values shift by j when the largest value is from the first sample
            const up = table[i]; // (i, j − 1)
            const wLeft = i / (i + j);
            const wUp = j / (i + j);
            for (let k = 0; k < left.length; k++)
                dist[k + j] += wLeft * left[k];
            for (let k = 0; k < up.length; k++)
                dist[k] += wUp * up[k];
            next.push(dist);
        }
        table = next;
    }
    const dist = table[m];
    let tail = 0;
    for (let k = Math.ceil(u); k < dist.length; k++)
        tail += dist[k];
    return tail;
}
/**
 * The rank sum of `b` in the pooled sample (average ranks for ties) and the tie term Σ(t³ − t),
 * by sorting each sample and walking both in step: the same numbers as @stdlib/stats-ranks
 * (the tests check it), without its cost on a million values.
 */
function rankSumAndTies(a, b) {
    const sa = Float64Array.from(a).sort();
    const sb = Float64Array.from(b).sort();
    let i = 0;
    let j = 0;
    let rank = 0; // ranks used so far
    let rankSumB = 0;
    let tieTerm = 0;
    while (i < sa.length || j < sb.length) {
        const value = j >= sb.length || (i < sa.length && sa[i] <= sb[j]) ? sa[i] : sb[j];
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
function mannWhitney(a, b) {
    const n1 = b.length;
    const n2 = a.length;
    if (n1 === 0 || n2 === 0)
        return null;
    const { rankSumB, tieTerm } = rankSumAndTies(a, b);
    const u1 = rankSumB - (n1 * (n1 + 1)) / 2;
    const u = Math.max(u1, n1 * n2 - u1);
    const exact = Math.min(n1, n2) <= MANN_WHITNEY_EXACT_MAX && tieTerm === 0;
    let pValue;
    if (exact) {
        pValue = 2 * exactUpperTail(u, Math.min(n1, n2), Math.max(n1, n2));
    }
    else {
        const n = n1 + n2;
        const s = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))));
        pValue = s > 0 ? 2 * stats_base_dists_normal_cdf_lib(-(u - (n1 * n2) / 2 - 0.5) / s, 0, 1) : 1;
    }
    return { u: u1, pValue: Math.min(1, Math.max(0, pValue)), exact, hodgesLehmann: hodgesLehmann(a, b) };
}
/** Median of all pairwise differences B − A (the Hodges-Lehmann shift). */
function hodgesLehmann(a, b) {
    if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_HODGES_LEHMANN_PAIRS)
        return null;
    const diffs = new Float64Array(a.length * b.length);
    let k = 0;
    for (const y of b)
        for (const x of a)
            diffs[k++] = y - x;
    return (0,simple_statistics/* median */.JZ)(Array.from(diffs));
}
/** Quantile by linear interpolation between order statistics (Hyndman & Fan type 7, R's and numpy's default). */
function quantileType7(sorted, p) {
    const h = (sorted.length - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}
function p50p95(values) {
    if (values.length === 0)
        return null;
    const sorted = Float64Array.from(values).sort();
    return { p50: quantileType7(sorted, 0.5), p95: quantileType7(sorted, 0.95) };
}

;// CONCATENATED MODULE: ./src/ab/analysis/sequential.js
// The always-valid bound for repeated looks: the asymptotic confidence sequence of Waudby-Smith
// et al. in GrowthBook's form, tuned to the sample size N* at which a decision is expected.
/**
 * Half-width of the two-sided (1 − alpha) confidence sequence for an effect whose estimator has
 * variance `varianceOfEffect` after `nTotal` units in both arms. A one-sided bound at level alpha
 * is the two-sided one at 2·alpha.
 */
function sequentialHalfWidth(varianceOfEffect, nTotal, tuning, alpha) {
    if (!(varianceOfEffect >= 0) || nTotal <= 0 || tuning <= 0)
        return null;
    const rho2 = (-2 * Math.log(alpha) + Math.log(-2 * Math.log(alpha) + 1)) / tuning;
    const s2 = varianceOfEffect * nTotal;
    const width = Math.sqrt(s2) *
        Math.sqrt(((2 * (nTotal * rho2 + 1)) / (nTotal * nTotal * rho2)) * Math.log(Math.sqrt(nTotal * rho2 + 1) / alpha));
    return Number.isFinite(width) ? width : null;
}
/**
 * The always-valid p-value: the smallest α whose confidence sequence excludes zero at this look
 * (found by bisection on log α; the half-width shrinks as α grows). 1 when even α = 1 does not.
 */
function sequentialPValue(varianceOfEffect, nTotal, tuning, effect) {
    if (!(varianceOfEffect > 0) || !Number.isFinite(effect))
        return null;
    const excludes = (alpha) => {
        const half = sequentialHalfWidth(varianceOfEffect, nTotal, tuning, alpha);
        return half !== null && Math.abs(effect) > half;
    };
    // α = 1 makes ln(1/α) = 0 and the formula degenerate: just below it is the widest useful level.
    const top = 1 - 1e-12;
    if (!excludes(top))
        return 1;
    let lo = Math.log(Number.MIN_VALUE);
    let hi = Math.log(top);
    if (excludes(Math.exp(lo)))
        return 0;
    for (let i = 0; i < 200 && hi - lo > 1e-12; i++) {
        const mid = (lo + hi) / 2;
        if (excludes(Math.exp(mid)))
            hi = mid;
        else
            lo = mid;
    }
    return Math.exp(hi);
}

// EXTERNAL MODULE: ./node_modules/@stdlib/stats-base-dists-t-cdf/lib/index.js
var stats_base_dists_t_cdf_lib = __webpack_require__(86021);
;// CONCATENATED MODULE: ./src/ab/analysis/welch.js
// Welch's t-test and the delta-method relative lift, from moments alone (n, mean, M2), so the cost
// does not depend on the number of events. Distributions come from @stdlib.




/** Welch's two-sample t-test of B − A; "not computable" when both arms have zero variance. */
function welchTest(a, b, alpha) {
    const va = sampleVariance(a);
    const vb = sampleVariance(b);
    if (va === null || vb === null)
        return { ok: false, reason: 'an arm has fewer than two values' };
    const sa = va / a.n;
    const sb = vb / b.n;
    const se2 = sa + sb;
    if (!(se2 > 0))
        return { ok: false, reason: 'both arms have zero variance' };
    const se = Math.sqrt(se2);
    // Welch–Satterthwaite degrees of freedom.
    const df = (se2 * se2) / ((sa * sa) / (a.n - 1) + (sb * sb) / (b.n - 1));
    const effect = b.mean - a.mean;
    const t = effect / se;
    const q = stats_base_dists_t_quantile_lib(1 - alpha / 2, df);
    return {
        ok: true,
        value: {
            effect,
            se,
            t,
            df,
            pValue: Math.min(1, 2 * stats_base_dists_t_cdf_lib(-Math.abs(t), df)),
            ci: [effect - q * se, effect + q * se],
        },
    };
}
/**
 * Relative lift (B − A)/|A| with the delta-method variance of the ratio B/A (GrowthBook's
 * formula: Var(B)/A² + Var(A)·B²/A⁴ − 2·Cov·B/A³, Cov = 0 for independent arms).
 * `df` null means a normal quantile (proportions), otherwise Student's t with these df.
 */
function relativeLift(meanA, varMeanA, meanB, varMeanB, alpha, df, covariance = 0) {
    if (meanA === 0)
        return { ok: false, reason: 'the control (A) mean is zero, so a relative change is undefined' };
    const variance = varMeanB / meanA ** 2 + (varMeanA * meanB ** 2) / meanA ** 4 - (2 * covariance * meanB) / meanA ** 3;
    if (!(variance >= 0) || !Number.isFinite(variance))
        return { ok: false, reason: 'the variance of the relative lift is not finite' };
    const lift = (meanB - meanA) / Math.abs(meanA);
    const se = Math.sqrt(variance);
    const q = df === null ? lib(1 - alpha / 2, 0, 1) : stats_base_dists_t_quantile_lib(1 - alpha / 2, df);
    return { ok: true, value: { lift, se, ci: [lift - q * se, lift + q * se] } };
}

;// CONCATENATED MODULE: ./src/ab/analysis/metric.js
// The estimates of one metric: it chooses the test (paired, Welch, z or Fisher), adds the rank and
// quantile summaries for latency and the always-valid interval, and never returns NaN: what cannot
// be computed is null with a note that says why.







/** Fewer units than this in an arm: "insufficient data", no p-value (the specification's 5.2.1). */
const MIN_UNITS_PER_ARM = 5;
const finite = (x) => x === null || x === undefined || !Number.isFinite(x) ? null : x;
const finitePair = (x) => x && Number.isFinite(x[0]) && Number.isFinite(x[1]) ? [x[0], x[1]] : null;
function analyzeMetric(def, input, ctx) {
    const pairs = input.raw && ctx.design !== 'independent' ? pairUp(input.raw) : null;
    // Independent arms with several events per unit: compare unit means, not correlated events.
    const perUnit = !pairs && input.raw ? aggregatePerUnit(input.raw) : null;
    const data = perUnit ? unitLevel(input, perUnit) : input;
    const { A, B } = data.moments;
    const sd = (m) => finite(sampleVariance(m) === null ? null : Math.sqrt(sampleVariance(m)));
    const result = {
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
    const estimate = { result, se: null, liftSe: null, df: null };
    if (perUnit)
        result.notes.push(`several events per unit: analysed at the unit level (${A.n} / ${B.n} units, each unit's ${def.kind === 'proportion' ? 'share' : 'mean'}, Welch's test)`);
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
    result.effect = result.meanB - result.meanA;
    if (ctx.design === 'paired' && !pairs)
        result.notes.push('the test is declared paired, but too few units ran on both versions: analysed as independent samples');
    if (pairs && pairs.a.length >= MIN_UNITS_PER_ARM)
        analyzePaired(def, pairs, ctx, estimate);
    else if (def.kind === 'proportion' && !perUnit)
        analyzeProportion(data, ctx, estimate);
    else
        analyzeMeans(data, ctx, estimate);
    if (def.latency && def.kind === 'mean' && data.raw) {
        // Quantiles describe the calls themselves; ranks compare independent units (a paired design
        // has Wilcoxon's signed-rank test instead).
        if (!result.paired) {
            result.mannWhitney = mannWhitney(data.raw.A.map((r) => r.value), data.raw.B.map((r) => r.value));
            if (result.mannWhitney && result.mannWhitney.hodgesLehmann === null)
                result.notes.push('Hodges-Lehmann shift left out: too many pairs to enumerate');
        }
        const qa = p50p95(input.raw.A.map((r) => r.value));
        const qb = p50p95(input.raw.B.map((r) => r.value));
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
function unitLevel(input, perUnit) {
    const moments = { A: emptyMoments(), B: emptyMoments() };
    for (const v of ['A', 'B'])
        for (const r of perUnit[v])
            addValue(moments[v], r.value);
    return { moments, raw: perUnit };
}
function analyzeMeans(data, ctx, estimate) {
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
    const lift = relativeLift(A.mean, sampleVariance(A) / A.n, B.mean, sampleVariance(B) / B.n, ctx.alpha, welch.value.df);
    applyLift(lift, estimate);
}
function analyzeProportion(data, ctx, estimate) {
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
function analyzePaired(def, pairs, ctx, estimate) {
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
    if (def.kind === 'mean')
        Object.assign(r, { test: 'paired-t', statistic: t.value.t, pValue: t.value.pValue });
    r.ci = finitePair(t.value.ci);
    r.df = t.value.df;
    estimate.se = t.value.sdDiff / Math.sqrt(n);
    estimate.df = t.value.df;
    const lift = relativeLift(meanA, t.value.varA / n, meanB, t.value.varB / n, ctx.alpha, t.value.df, t.value.covariance / n);
    applyLift(lift, estimate);
}
function applyLift(lift, estimate) {
    if (lift.ok) {
        estimate.result.lift = finite(lift.value.lift);
        estimate.result.liftCi = finitePair(lift.value.ci);
        estimate.liftSe = lift.value.se;
    }
    else {
        estimate.result.notes.push(`relative change not computable: ${lift.reason}`);
    }
}

;// CONCATENATED MODULE: ./src/ab/verdict.js
// Verdicts per metric, the auto-stop layers (hard limits, the statistical guard on guardrails, the
// sample-ratio mismatch) and the recommendation, following GrowthBook's "do no harm" logic.




/** A proportion guardrail needs this many events (errors) in both arms together before it may fire. */
const GUARD_MIN_SUCCESSES = 5;
/** +1 when a larger value is worse (latency, errors), −1 when it is better (accuracy). */
const harmSign = (m) => (m.better === 'lower' ? 1 : -1);
function isSignificant(r, alpha, sequential) {
    if (sequential && r.sequentialCi)
        return r.sequentialCi[0] > 0 || r.sequentialCi[1] < 0;
    const p = r.adjustedPValue ?? r.pValue;
    return p !== null && p < alpha;
}
/** The verdict of one metric (the result must already carry its adjusted p). */
function metricVerdict(r, latency, alpha, sequential) {
    if (r.nA < MIN_UNITS_PER_ARM || r.nB < MIN_UNITS_PER_ARM)
        return 'insufficient';
    if (r.test === 'none' || r.effect === null)
        return 'not-computable';
    const significant = isSignificant(r, alpha, sequential);
    const mw = latency ? r.mannWhitney : null;
    if (mw) {
        const mwSignificant = mw.pValue < alpha;
        const mwDirection = Math.sign(mw.u - (r.nA * r.nB) / 2);
        const disagree = mwSignificant !== significant || (significant && mwDirection !== Math.sign(r.effect));
        if (disagree) {
            r.notes.push(`heavy tail / outliers: the t-test (${pEquals(r.pValue)}) and Mann-Whitney (${pEquals(mw.pValue)}) disagree, so no winner is declared on this metric`);
            return 'inconclusive';
        }
    }
    if (!significant)
        return 'no-difference';
    return Math.sign(r.effect) === -harmSign(r) ? 'better' : 'worse';
}
/** `p = 0.0066`, or `p < 1e-6` below that (the specification's 5.3). */
function pEquals(p) {
    const f = formatP(p);
    return f.startsWith('<') ? `p ${f}` : `p = ${f}`;
}
function formatP(p) {
    if (p === null)
        return '–';
    if (p < 1e-6)
        return '< 1e-6';
    return p < 0.001 ? String(Number(p.toPrecision(2))) : p.toFixed(4);
}
/**
 * The statistical guard of a guardrail: a one-sided lower bound of the harm (B worse than A) against
 * the margin. On a single analysis it is the fixed-horizon one-sided test; on repeated looks the
 * one-sided confidence sequence, so that peeking cannot make it fire by chance.
 */
function guardMetric(def, est, test, alpha, tuning) {
    const r = est.result;
    const margin = def.margin ?? { value: 0, relative: false };
    const sequential = test.mode === 'sequential';
    const base = { margin: margin.value, relative: margin.relative, sequential, armed: false, fired: false, bound: null };
    const enough = def.kind === 'proportion'
        ? r.nA >= MIN_UNITS_PER_ARM &&
            r.nB >= MIN_UNITS_PER_ARM &&
            (r.meanA ?? 0) * r.nA + (r.meanB ?? 0) * r.nB >= GUARD_MIN_SUCCESSES
        : r.nA >= test.guardMinSample && r.nB >= test.guardMinSample;
    if (!enough) {
        const need = def.kind === 'proportion' ? `${GUARD_MIN_SUCCESSES} events in total` : `${test.guardMinSample} values per arm`;
        return { ...base, message: `not armed yet: needs ${need} (has ${r.nA} / ${r.nB})` };
    }
    const estimate = margin.relative ? r.lift : r.effect;
    const se = margin.relative ? est.liftSe : est.se;
    if (estimate === null || se === null)
        return { ...base, message: 'not armed: the effect or its standard error is not computable' };
    const harm = harmSign(def) * estimate;
    let half;
    if (sequential)
        half = sequentialHalfWidth(se * se, r.nA + r.nB, tuning, 2 * alpha);
    else
        half = (est.df === null ? lib(1 - alpha, 0, 1) : stats_base_dists_t_quantile_lib(1 - alpha, est.df)) * se;
    if (half === null)
        return { ...base, message: 'not armed: the bound is not computable' };
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
function checkHardLimit(def, r, test, previousFailures) {
    if (def.hardLimit === undefined)
        return undefined;
    const value = r.meanB;
    const breached = value !== null && r.nB >= test.guardMinSample && harmSign(def) * (value - def.hardLimit) > 0;
    const failures = breached ? previousFailures + 1 : 0;
    return { limit: def.hardLimit, value, breached, failures, fired: failures >= test.hardLimitRuns };
}
function recommend(test, metrics, health) {
    const rules = [];
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
    const reasons = [];
    const harmRules = rules.filter((r) => r.rule !== 'srm');
    if (harmRules.length > 0)
        return { recommendation: 'stop-rollback', reasons: harmRules.map((r) => r.message), autoStop };
    if (!health.srm.ok || !health.dataQuality.ok) {
        if (!health.srm.ok)
            reasons.push(rules.find((r) => r.rule === 'srm').message);
        if (!health.dataQuality.ok)
            reasons.push(`data quality: ${health.dataQuality.warnings.join('; ')}`);
        return { recommendation: 'investigate', reasons, autoStop };
    }
    if (!primary)
        return { recommendation: 'continue', reasons: ['no primary metric is defined'], autoStop };
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
    const primaryDef = test.metrics.find((m) => m.name === primary.name);
    const anySignificant = metrics.some((m) => m.verdict === 'better' || m.verdict === 'worse');
    const interval = test.mode === 'sequential' ? (primary.sequentialCi ?? primary.ci) : primary.ci;
    const halfWidth = interval ? (interval[1] - interval[0]) / 2 : null;
    if (primary.verdict === 'no-difference' &&
        !anySignificant &&
        primaryDef.mde !== undefined &&
        halfWidth !== null &&
        halfWidth < primaryDef.mde) {
        return {
            recommendation: 'no-meaningful-difference',
            reasons: [
                `nothing is significant and ${primary.name}'s interval half-width ${halfWidth.toPrecision(3)} is below the minimum detectable effect ${primaryDef.mde}`,
            ],
            autoStop,
        };
    }
    const widthNote = halfWidth === null
        ? `${primary.name}: ${primary.verdict}`
        : `${primary.name}: no significant difference yet; interval half-width ${halfWidth.toPrecision(3)}${primaryDef.mde !== undefined ? ` vs minimum detectable effect ${primaryDef.mde}` : ' (set an mde to allow "no meaningful difference")'}`;
    return { recommendation: 'continue', reasons: [widthNote], autoStop };
}

;// CONCATENATED MODULE: ./src/ab/analysis/health.js
// Health checks that come before any verdict: the sample-ratio mismatch against the planned split,
// data quality (rejected lines, metrics missing from an arm) and sample size.


/** The SRM check runs only when every arm has at least this many units (the specification's 5.2.2). */
const SRM_MIN_UNITS = 8;
/** A mismatch is flagged below this p: a strict level, since a true SRM is usually blatant. */
const SRM_ALPHA = 0.001;
/** More rejected lines than this share of all lines is a data-quality failure (no winner is declared). */
const MAX_REJECTED_SHARE = 0.05;
/** Chi-square goodness of fit of the units per arm against the planned weights (df = arms − 1). */
function sampleRatioMismatch(counts, split) {
    const total = counts.A + counts.B;
    const expectedShare = { A: split.A / (split.A + split.B), B: split.B / (split.A + split.B) };
    const base = { counts, expectedShare };
    if (counts.A < SRM_MIN_UNITS || counts.B < SRM_MIN_UNITS)
        return { ...base, chi2: null, pValue: null, ok: true, checked: false };
    let chi2 = 0;
    for (const v of ['A', 'B']) {
        const expected = total * expectedShare[v];
        chi2 += (counts[v] - expected) ** 2 / expected;
    }
    // With two arms (one degree of freedom) χ² = z², and the normal tail keeps full precision for
    // tiny p where 1 − the χ² CDF would cancel to zero.
    const pValue = Math.min(1, 2 * stats_base_dists_normal_cdf_lib(-Math.sqrt(chi2), 0, 1));
    return { ...base, chi2, pValue, ok: pValue >= SRM_ALPHA, checked: true };
}
function checkHealth(test, input) {
    const srm = sampleRatioMismatch(input.units, test.split);
    const quality = [];
    const seen = input.accepted + input.rejected;
    const rejectedShare = seen > 0 ? input.rejected / seen : 0;
    if (input.rejected > 0)
        quality.push(`${input.rejected} of ${seen} lines rejected (${(rejectedShare * 100).toFixed(1)}%)`);
    for (const metric of test.metrics) {
        const data = input.metrics[metric.name];
        for (const v of ['A', 'B'])
            if (!data || data.moments[v].n === 0)
                quality.push(`metric "${metric.name}" has no events in arm ${v}`);
    }
    quality.push(...(input.warnings ?? []));
    if (!input.unitsAreDistinct)
        quality.push('events carry no unit: the sample-ratio check counts events instead of units');
    const sizes = [];
    const perArm = test.metrics.flatMap((m) => ['A', 'B'].map((v) => input.metrics[m.name]?.moments[v].n ?? 0));
    const minPerArm = perArm.length ? Math.min(...perArm) : 0;
    if (minPerArm < MIN_UNITS_PER_ARM)
        sizes.push(`an arm has fewer than ${MIN_UNITS_PER_ARM} values for some metric: no verdict for it`);
    else if (minPerArm < test.minSampleSize)
        sizes.push(`${minPerArm} of the planned ${test.minSampleSize} per arm so far`);
    const dataQualityOk = rejectedShare <= MAX_REJECTED_SHARE;
    return {
        ok: srm.ok && dataQualityOk,
        srm,
        dataQuality: { ok: dataQualityOk, accepted: input.accepted, rejected: input.rejected, warnings: quality },
        sampleSize: { ok: minPerArm >= MIN_UNITS_PER_ARM, minPerArm, planned: test.minSampleSize, warnings: sizes },
    };
}

;// CONCATENATED MODULE: ./src/ab/analysis/holm.js
// Holm's step-down correction across the secondary metrics (the primary decides alone, guardrails
// stay unadjusted so that they stay sensitive).
/** Holm's step-down adjustment of p-values (the order of the input is kept). */
function holmAdjust(pValues) {
    const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
    const adjusted = new Array(pValues.length);
    let running = 0;
    order.forEach(({ p, i }, rank) => {
        running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
        adjusted[i] = running;
    });
    return adjusted;
}

;// CONCATENATED MODULE: ./src/ab/analysis/index.js
// The analysis of an A/B test: health first, then each metric's estimates, Holm across the
// secondary metrics, verdicts, the auto-stop rules and the recommendation. Pure: data in, data out.






function analyzeAbTest(test, input) {
    // Rounded so that 0.95 gives α = 0.05, not 0.050000000000000044, in the JSON.
    const alpha = Number((1 - test.confidence).toFixed(12));
    // N*: the confidence sequence is tightest at the planned total sample size.
    const tuning = 2 * test.minSampleSize;
    const health = checkHealth(test, input);
    const estimates = test.metrics.map((def) => {
        const data = input.metrics[def.name] ?? { moments: { A: emptyMoments(), B: emptyMoments() } };
        return analyzeMetric(def, data, { alpha, tuning, ...(test.design ? { design: test.design } : {}) });
    });
    // Holm across the secondary metrics only: the primary decides alone, guardrails stay sensitive.
    const secondaries = estimates.filter((e) => e.result.role === 'secondary' && e.result.pValue !== null);
    holmAdjust(secondaries.map((e) => e.result.pValue)).forEach((p, i) => (secondaries[i].result.adjustedPValue = p));
    const hardLimitFailures = metricTable();
    for (const [i, def] of test.metrics.entries()) {
        const est = estimates[i];
        const r = est.result;
        r.verdict = metricVerdict(r, def.latency, alpha, test.mode === 'sequential');
        if (def.role === 'guardrail')
            r.guard = guardMetric(def, est, test, alpha, tuning);
        const hard = checkHardLimit(def, r, test, input.hardLimitFailures?.[def.name] ?? 0);
        if (hard) {
            r.hardLimit = hard;
            hardLimitFailures[def.name] = hard.failures;
        }
    }
    const metrics = estimates.map((e) => e.result);
    const { recommendation, reasons, autoStop } = recommend(test, metrics, health);
    return {
        schema: 1,
        test: { id: test.id, name: test.name, versions: test.versions, mode: test.mode },
        alpha,
        health,
        srm: { pValue: health.srm.pValue, ok: health.srm.ok },
        metrics,
        recommendation,
        reasons,
        autoStop,
        hardLimitFailures,
        settings: { correction: 'holm', sequentialTuning: tuning, minArm: MIN_UNITS_PER_ARM },
    };
}

// EXTERNAL MODULE: ./src/state/types.js
var types = __webpack_require__(45293);
;// CONCATENATED MODULE: ./src/ab/batch-ledger.js
// The batch ids a test has accepted through the signed HTTP route, kept on the state branch
// (`ab/<id>/batches.json`) so that a batch posted twice is stored once, whichever replica of the
// App receives it. Bounded: signatures older than the tolerance are refused anyway, so only the ids
// of that window need keeping; if more than MAX_BATCH_IDS arrive within it, the oldest are dropped
// and the floor rises to their timestamp, so a dropped id can never be replayed either.
/** Ids kept at most; at the default 300 s window this allows over 30 batches a second. */
const MAX_BATCH_IDS = 10_000;
function emptyLedger() {
    return { floor: 0, seen: [] };
}
/**
 * Admit one batch: refused when its id was accepted before or its timestamp is at or below the floor;
 * otherwise the ledger with it added and with the ids that fell out of the window (`now − tolerance`) dropped.
 */
function admitBatch(ledger, batch, now, toleranceSeconds, max = MAX_BATCH_IDS) {
    if (ledger.seen.some((b) => b.id === batch.id))
        return { ok: false, reason: 'replayed' };
    if (batch.ts <= ledger.floor)
        return { ok: false, reason: 'stale' };
    const horizon = now - toleranceSeconds;
    let floor = Math.max(ledger.floor, horizon - 1);
    const seen = [...ledger.seen.filter((b) => b.ts >= horizon), batch].sort((a, b) => a.ts - b.ts);
    while (seen.length > max)
        floor = Math.max(floor, seen.shift().ts);
    return { ok: true, ledger: { floor, seen } };
}

;// CONCATENATED MODULE: ./src/ab/store.js
// A/B tests on the state branch: `ab/<id>/test.json`, `stats.json` (mergeable statistics, so the
// mean and proportion tests never read the events), `events/<chunk>.ndjson` (raw events in bounded
// chunks, for the rank, quantile and paired tests) and `units/<variant>.txt` (distinct units, for
// the sample-ratio check). Every write goes through the store's compare-and-swap transaction.






/**
 * Events per raw chunk: a chunk is rewritten when a batch lands in it, so this bounds the bytes one
 * ingestion rewrites (about 0.5 MB), far below the Git Data API's blob limits.
 */
const CHUNK_MAX_EVENTS = 5_000;
const abPaths = {
    test: types/* statePaths */.m.abTest,
    stats: types/* statePaths */.m.abStats,
    chunk: (id, index) => types/* statePaths */.m.abEvents(id, String(index).padStart(6, '0')),
    chunks: (id) => `ab/${id}/events/`,
    units: (id, variant) => `ab/${id}/units/${variant}.txt`,
    /** Batch ids accepted through the signed route (batch-ledger.ts). */
    batches: (id) => `ab/${id}/batches.json`,
    /** Consecutive failing runs of each hard limit (the debounce of auto-stop). */
    guard: (id) => `ab/${id}/guard.json`,
};
async function readTestIn(tx, id) {
    const raw = await tx.readJson(abPaths.test(id));
    return raw === null ? null : defineAbTest(raw, abPaths.test(id));
}
/** `stats.json` of a test (empty when there is none yet), with prototype-less metric tables. */
async function readAbStats(store, id) {
    return readStatsIn(store, id);
}
async function readStatsIn(tx, id) {
    const stats = await tx.readJson(abPaths.stats(id));
    return stats ? normalizeStats(stats) : emptyStats();
}
/** The stored test, or an AbError that says how to create it. */
async function readAbTest(store, id) {
    const test = await readTestIn(store, id);
    if (!test)
        throw new AbError(`There is no A/B test "${id}" on the state branch: start it first (mcpver ab start --config FILE, or /mcpver ab start).`);
    return test;
}
async function listAbTests(store) {
    return [...new Set((await store.list('ab/')).map((p) => p.split('/')[1]).filter(Boolean))].sort();
}
/** Create a test (refused when the id exists, so that a restart does not silently reset a running test). */
async function startAbTest(store, test, actor) {
    return store.transact(`ab: start ${test.id}`, async (tx) => {
        if (await tx.read(abPaths.test(test.id)))
            throw new AbError(`An A/B test "${test.id}" already exists; stop it or choose another id.`);
        tx.writeJson(abPaths.test(test.id), serializeAbTest({ ...test, status: 'running' }));
        tx.writeJson(abPaths.stats(test.id), emptyStats());
        return { ...test, status: 'running' };
    }, { operation: 'ab-start', ...(actor ? { actor } : {}) });
}
/** Mark a test stopped or completed, with why. */
async function setAbTestStatus(store, id, status, reason, actor, hardLimitFailures) {
    return store.transact(`ab: ${status} ${id}`, async (tx) => {
        const test = await readTestIn(tx, id);
        if (!test)
            throw new AbError(`There is no A/B test "${id}" to ${status === 'running' ? 'resume' : 'stop'}.`);
        const next = { ...test, status, stopReason: reason };
        tx.writeJson(abPaths.test(id), serializeAbTest(next));
        if (hardLimitFailures)
            tx.writeJson(abPaths.guard(id), { hardLimitFailures });
        return next;
    }, { operation: `ab-${status === 'running' ? 'resume' : 'stop'}`, ...(actor ? { actor } : {}) });
}
/** A signed batch whose id was already recorded (or is older than the ledger keeps): stored once, never twice. */
class ReplayedBatchError extends AbError {
    batchId;
    reason;
    constructor(batchId, reason) {
        super(reason === 'replayed'
            ? `Batch ${batchId} was already recorded: nothing was stored again.`
            : `Batch ${batchId} is older than the batches this test still remembers: sign it again with a fresh timestamp and id.`);
        this.batchId = batchId;
        this.reason = reason;
    }
}
/**
 * Record a parsed batch: statistics merged, raw events appended to the chunks, new units added.
 * Runs again from a fresh read when another writer won the race, so no event is lost or counted twice.
 * Events of a metric the stored test does not define are counted as rejected (another writer may have
 * created the test with a different definition meanwhile).
 */
async function recordEvents(store, id, batch, options = {}) {
    const { actor, createWith, batch: signed } = options;
    const done = await store.transact(`ab: record ${batch.events.length} events into ${id}`, async (tx) => {
        let test = await readTestIn(tx, id);
        let created = false;
        if (!test && createWith) {
            test = { ...createWith, id, status: 'running' };
            tx.writeJson(abPaths.test(id), serializeAbTest(test));
            created = true;
        }
        if (!test)
            throw new AbError(`There is no A/B test "${id}" on the state branch: start it before recording events.`);
        if (test.status !== 'running')
            throw new AbError(`A/B test "${id}" is ${test.status}${test.stopReason ? ` (${test.stopReason})` : ''}: it takes no more events.`);
        if (signed) {
            const ledger = (await tx.readJson(abPaths.batches(id))) ?? emptyLedger();
            const admitted = admitBatch(ledger, { id: signed.id, ts: signed.timestamp }, signed.now, signed.toleranceSeconds);
            if (!admitted.ok)
                throw new ReplayedBatchError(signed.id, admitted.reason);
            tx.writeJson(abPaths.batches(id), admitted.ledger);
        }
        const kinds = new Map(test.metrics.map((m) => [m.name, m.kind]));
        const events = batch.events.filter((e) => kinds.has(e.metric) && (kinds.get(e.metric) !== 'proportion' || e.value === 0 || e.value === 1));
        const rejected = batch.rejectedCount + batch.events.length - events.length;
        const stats = await readStatsIn(tx, id);
        const next = mergeBatch(stats, momentsOf(events), events.length, rejected);
        const warnings = [];
        await appendChunks(tx, id, events, next, warnings);
        await addUnits(tx, id, events, next);
        tx.writeJson(abPaths.stats(id), next);
        return { accepted: events.length, rejected, created, warnings };
    }, {
        operation: 'ab-record',
        details: {
            test: id,
            accepted: batch.events.length,
            rejected: batch.rejectedCount,
            ...(signed ? { batch: signed.id } : {}),
        },
        ...(actor ? { actor } : {}),
        ...(options.maxAttempts ? { maxAttempts: options.maxAttempts } : {}),
    });
    return { ...done.result, commit: done.commit, attempts: done.attempts };
}
/** The 1-based number of a chunk's last line when it is not a whole event (no newline after it, or not JSON), else null. */
function brokenLastLine(text) {
    if (text === '')
        return null;
    const lines = text.split('\n');
    const complete = text.endsWith('\n');
    const last = complete ? lines[lines.length - 2] : lines[lines.length - 1];
    const number = complete ? lines.length - 1 : lines.length;
    if (!complete)
        return number;
    try {
        JSON.parse(last);
        return null;
    }
    catch {
        return number;
    }
}
async function appendChunks(tx, id, events, stats, warnings) {
    let i = 0;
    while (i < events.length) {
        if (stats.chunks.count === 0 || stats.chunks.lastSize >= CHUNK_MAX_EVENTS) {
            stats.chunks.count += 1;
            stats.chunks.lastSize = 0;
        }
        const take = Math.min(CHUNK_MAX_EVENTS - stats.chunks.lastSize, events.length - i);
        const path = abPaths.chunk(id, stats.chunks.count);
        const before = (await tx.read(path)) ?? '';
        const broken = brokenLastLine(before);
        if (broken !== null) {
            // Appending would glue new events to a broken line (a write cut short by hand or by a tool):
            // the chunk is left as it is, said so, and new events start the next chunk.
            warnings.push(`${path} ends with a broken line (line ${broken}); it was left as it is and new events go to the next chunk. Repair or remove that line: the rank and paired tests skip it.`);
            stats.chunks.count += 1;
            stats.chunks.lastSize = 0;
            continue;
        }
        const lines = events
            .slice(i, i + take)
            .map(formatEventLine)
            .join('\n');
        tx.write(path, `${before}${lines}\n`);
        stats.chunks.lastSize += take;
        i += take;
    }
}
async function addUnits(tx, id, events, stats) {
    const files = { A: (await tx.read(abPaths.units(id, 'A'))) ?? '', B: (await tx.read(abPaths.units(id, 'B'))) ?? '' };
    const known = { A: new Set(files.A.split('\n').filter(Boolean)), B: new Set(files.B.split('\n').filter(Boolean)) };
    for (const variant of VARIANTS) {
        const incoming = events.filter((e) => e.variant === variant);
        if (incoming.length === 0)
            continue;
        // One event without a unit makes the arm's unit count meaningless: the SRM check then counts events.
        if (stats.variants[variant].units === null || incoming.some((e) => e.unit === undefined)) {
            stats.variants[variant].units = null;
            continue;
        }
        const other = known[variant === 'A' ? 'B' : 'A'];
        // New units are appended in arrival order, so a batch rewrites the file but never re-sorts it.
        const added = [];
        for (const e of incoming) {
            if (known[variant].has(e.unit))
                continue;
            known[variant].add(e.unit);
            added.push(e.unit);
            // A unit seen in both arms means a paired design: the analysis then reads the raw events.
            if (other.has(e.unit))
                stats.sharedUnits = (stats.sharedUnits ?? 0) + 1;
        }
        if (added.length > 0)
            tx.write(abPaths.units(id, variant), `${files[variant]}${added.join('\n')}\n`);
        stats.variants[variant].units = known[variant].size;
    }
}
/** Raw events of the test, chunk by chunk (for the rank, quantile and paired tests only). */
async function readRawEvents(store, id, warnings = []) {
    const events = [];
    for (const path of await store.list(abPaths.chunks(id))) {
        const text = (await store.read(path)) ?? '';
        const broken = [];
        text.split('\n').forEach((line, i) => {
            if (!line)
                return;
            try {
                events.push(JSON.parse(line));
            }
            catch {
                broken.push(i + 1);
            }
        });
        // Never silent: the rank, quantile and paired tests then rest on fewer events, and say so.
        if (broken.length > 0)
            warnings.push(`${path}: ${broken.length} line(s) are not events (line ${broken.slice(0, 5).join(', ')}${broken.length > 5 ? ', …' : ''}) and were skipped`);
    }
    return events;
}
/** The analysis input from the stored statistics, with the raw chunks only where a test needs them. */
async function loadAnalysisInput(store, test) {
    const stats = await readStatsIn(store, test.id);
    const guard = await store.readJson(abPaths.guard(test.id));
    // Raw events only when a test needs them: latency ranks, pairs, or units with several events
    // (analysed per unit). Otherwise means and rates come from stats.json alone.
    const repeatedUnits = ['A', 'B'].some((v) => {
        const units = stats.variants[v].units;
        return units !== null && Object.values(stats.variants[v].metrics).some((m) => m.n > units);
    });
    const maybePaired = test.design === 'paired' || (test.design === undefined && (stats.sharedUnits ?? 0) > 0);
    const needsRaw = maybePaired || repeatedUnits || test.metrics.some((m) => m.latency);
    const warnings = [];
    const raw = needsRaw ? await readRawEvents(store, test.id, warnings) : [];
    const metrics = metricTable();
    for (const m of test.metrics) {
        const data = {
            moments: {
                A: stats.variants.A.metrics[m.name] ?? emptyMoments(),
                B: stats.variants.B.metrics[m.name] ?? emptyMoments(),
            },
        };
        if (needsRaw)
            data.raw = { A: [], B: [] };
        metrics[m.name] = data;
    }
    for (const e of raw) {
        const list = metrics[e.metric]?.raw?.[e.variant];
        if (list)
            list.push((e.unit === undefined ? { value: e.value } : { value: e.value, unit: e.unit }));
    }
    const unitsAreDistinct = stats.variants.A.units !== null && stats.variants.B.units !== null;
    const calls = (v) => Math.max(0, ...Object.values(stats.variants[v].metrics).map((x) => x.n));
    return {
        metrics,
        units: unitsAreDistinct
            ? { A: stats.variants.A.units, B: stats.variants.B.units }
            : { A: calls('A'), B: calls('B') },
        unitsAreDistinct,
        accepted: stats.events.accepted,
        rejected: stats.events.rejected,
        ...(guard?.hardLimitFailures ? { hardLimitFailures: toMetricTable(guard.hardLimitFailures) } : {}),
        ...(warnings.length > 0 ? { warnings } : {}),
    };
}
/** Remember the hard limits' consecutive failures after an analysis (the debounce of auto-stop). */
async function saveGuardState(store, id, hardLimitFailures, actor) {
    await store.transact(`ab: guard state of ${id}`, async (tx) => {
        tx.writeJson(abPaths.guard(id), { hardLimitFailures });
    }, { operation: 'ab-analyze', ...(actor ? { actor } : {}) });
}

;// CONCATENATED MODULE: ./src/ab/run.js
// The steps every face runs on a stored test: analyse it from the state branch, remember the hard
// limits' debounce, and apply auto-stop (the test stops, and says which rule fired).


async function analyzeStoredTest(store, id, actor) {
    const test = await readAbTest(store, id);
    const input = await loadAnalysisInput(store, test);
    const result = analyzeAbTest(test, input);
    if (test.status !== 'running')
        return { test, result, stopped: false };
    const before = JSON.stringify(input.hardLimitFailures ?? {});
    if (result.autoStop.stop) {
        const reason = `auto-stop: ${result.autoStop.rules.map((r) => `${r.rule}${r.metric ? ` (${r.metric})` : ''}`).join(', ')}`;
        const next = await setAbTestStatus(store, id, 'stopped', reason, actor, result.hardLimitFailures);
        return { test: next.result, result, stopped: true };
    }
    if (JSON.stringify(result.hardLimitFailures) !== before)
        await saveGuardState(store, id, result.hardLimitFailures, actor);
    return { test, result, stopped: false };
}

;// CONCATENATED MODULE: ./src/render/forest-plot.js
// The A/B comment's chart: each metric's relative effect as a point with its interval around a zero
// line (a forest plot), drawn in text inside a ```diff block. A text chart because GitHub strips SVG
// and data: images from comments, an image file needs a host that private repositories cannot give
// its camo proxy, and mermaid has no intervals (its bars start at the axis minimum, so an interval
// across zero reads as all positive). The diff block is GitHub's only colour in a comment: a line
// starting with `+` is green and `-` red, which here means B better and B worse by the verdict.
/** Characters each side of the zero line: 2 × 15 + 1 columns keep a line within GitHub's 896-pixel comment column. */
const HALF_WIDTH = 15;
/** Longer metric names are cut (the table below has them whole). */
const NAME_WIDTH = 18;
/** Each character is in WGL4, so every monospace font GitHub uses draws it one column wide. */
const GLYPH = {
    line: '─',
    low: '├',
    high: '┤',
    point: '●',
    zero: '│',
    cross: '┼',
    clipLow: '◄',
    clipHigh: '►',
    lower: '↓',
    higher: '↑',
};
const MARK = {
    better: '+',
    worse: '-',
    'no-difference': ' ',
    insufficient: ' ',
    inconclusive: ' ',
    'not-computable': ' ',
};
const WORDS = {
    better: 'B better',
    worse: 'B worse',
    'no-difference': 'no significant difference',
    insufficient: 'too few data',
    inconclusive: 'inconclusive',
    'not-computable': 'not computable',
};
/**
 * B − A as a share of A's mean, with the interval that decides the verdict (of B − A: the always-valid
 * one in sequential mode) on the same scale. Not the delta-method interval of the lift: that one also
 * carries A's uncertainty, and can cross zero where the test of B − A does not, so that the bar would
 * contradict the colour beside it (it stays in the table of more numbers).
 */
function rowOf(m, sequential) {
    const base = m.meanA === null || m.meanA === 0 ? null : Math.abs(m.meanA);
    const ci = sequential && m.sequentialCi ? m.sequentialCi : m.ci;
    if (m.effect === null || base === null || ci === null)
        return { metric: m, point: null, interval: null };
    return { metric: m, point: (m.effect / base) * 100, interval: [(ci[0] / base) * 100, (ci[1] / base) * 100] };
}
/** The smallest of 1, 2, 2.5, 5 × 10^k at or above x: an axis end a person reads at once. */
function niceScale(x) {
    if (!(x > 0) || !Number.isFinite(x))
        return 1;
    const power = 10 ** Math.floor(Math.log10(x));
    for (const step of [1, 2, 2.5, 5, 10])
        if (step * power >= x * (1 - 1e-9))
            return step * power;
    return 10 * power;
}
/** A percentage in a few characters: `-2.3%`, `+40%`, `+0.038%`, `+197%`. */
function percentText(x) {
    if (x === 0)
        return '0%';
    const abs = Math.abs(x);
    return `${x > 0 ? '+' : '-'}${abs >= 100 ? Math.round(abs) : Number(abs.toPrecision(2))}%`;
}
/**
 * The column of a value on the axis, 0 … 2 × HALF_WIDTH, zero at HALF_WIDTH. A value that is not zero
 * never lands on the zero line nor across it: rounding must not make an interval that excludes zero
 * look as if it touched it, nor the reverse.
 */
function column(value, scale) {
    const raw = Math.round((value / scale) * HALF_WIDTH);
    const clamped = Math.max(-HALF_WIDTH, Math.min(HALF_WIDTH, raw));
    if (value > 0 && clamped <= 0)
        return HALF_WIDTH + 1;
    if (value < 0 && clamped >= 0)
        return HALF_WIDTH - 1;
    return HALF_WIDTH + clamped;
}
/** One bar: the interval from low to high, the point, the zero line; `◄`/`►` where it runs off the axis. */
function bar(point, interval, scale) {
    const cells = Array.from({ length: 2 * HALF_WIDTH + 1 }, () => ' ');
    const [lo, hi] = [column(interval[0], scale), column(interval[1], scale)];
    for (let i = lo; i <= hi; i++)
        cells[i] = GLYPH.line;
    cells[HALF_WIDTH] = lo <= HALF_WIDTH && HALF_WIDTH <= hi ? GLYPH.cross : GLYPH.zero;
    cells[lo] = interval[0] < -scale ? GLYPH.clipLow : GLYPH.low;
    cells[hi] = interval[1] > scale ? GLYPH.clipHigh : GLYPH.high;
    cells[column(point, scale)] = GLYPH.point;
    return cells.join('');
}
const cut = (name) => (name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name);
/** The chart as markdown lines (a ```diff block and its legend), or none when no metric has an effect. */
function forestPlot(result) {
    const sequential = result.test.mode === 'sequential';
    const rows = result.metrics.map((m) => rowOf(m, sequential));
    const drawn = rows.filter((r) => r.point !== null && r.interval !== null);
    if (drawn.length === 0)
        return [];
    // Room for twice the largest estimate, never more than every interval needs: one very wide interval
    // runs off the axis (◄ ►) rather than squeezing every other metric into a single column.
    const widest = Math.max(...drawn.flatMap((r) => [Math.abs(r.interval[0]), Math.abs(r.interval[1])]));
    const largest = Math.max(...drawn.map((r) => Math.abs(r.point)));
    const scale = niceScale(largest > 0 ? Math.min(2 * largest, widest) : widest);
    const nameWidth = Math.max(...rows.map((r) => cut(r.metric.name).length + 2));
    const axisLabels = (() => {
        const [left, right] = [`-${percentText(scale).replace(/^[+-]/, '')}`, percentText(scale)];
        const cells = ' '.repeat(2 * HALF_WIDTH + 1).split('');
        const put = (text, at) => text.split('').forEach((ch, i) => (cells[at + i] = ch));
        put(left, 0);
        put('0', HALF_WIDTH);
        put(right, 2 * HALF_WIDTH + 1 - right.length);
        return cells.join('');
    })();
    const lines = [`  ${''.padEnd(nameWidth)}  ${axisLabels}`];
    const numbersOf = (r) => r.point === null || r.interval === null
        ? ''
        : `${percentText(r.point)} [${percentText(r.interval[0])}, ${percentText(r.interval[1])}]`;
    const numbersWidth = Math.max(...rows.map((r) => numbersOf(r).length));
    for (const row of rows) {
        const m = row.metric;
        const name = `${cut(m.name)} ${m.better === 'lower' ? GLYPH.lower : GLYPH.higher}`.padEnd(nameWidth);
        if (row.point === null || row.interval === null) {
            lines.push(`  ${name}  ${' '.repeat(HALF_WIDTH)}${GLYPH.zero}${' '.repeat(HALF_WIDTH)}  no interval: ${WORDS[m.verdict]}`);
            continue;
        }
        lines.push(`${MARK[m.verdict]} ${name}  ${bar(row.point, row.interval, scale)}  ${numbersOf(row).padEnd(numbersWidth)}  ${WORDS[m.verdict]}`);
    }
    const level = Math.round((1 - result.alpha) * 100);
    const which = `${sequential ? 'the always-valid' : 'the'} ${level}% interval of B − A`;
    const holm = result.metrics.some((m) => m.role === 'secondary' && m.adjustedPValue !== null && m.pValue !== null && m.adjustedPValue !== m.pValue);
    return [
        '```diff',
        ...lines,
        '```',
        '',
        `<sub>Each line: B − A as a share of A's mean (●), with ${which} on the same scale; │ is no change. ` +
            `Green lines (+): B better; red lines (−): B worse; plain: no significant difference, or too few data. ` +
            `↓ lower is better, ↑ higher is better.${holm ? ' Intervals are not adjusted for the number of metrics; the verdicts of secondary metrics are (Holm).' : ''}</sub>`,
    ];
}

// EXTERNAL MODULE: ./src/render/untrusted.js
var untrusted = __webpack_require__(12029);
;// CONCATENATED MODULE: ./src/render/ab-comment.js
// The sticky A/B analysis comment: the recommendation, health, a forest plot of the effects, one row
// per metric in the six columns that decide (metric, role, A, B, effect with its interval, verdict),
// the rest folded, and the same numbers as JSON. Pure: analysis in, markdown out.



/** GitHub refuses comment bodies longer than 65,536 characters. */
const COMMENT_BODY_LIMIT = 65_536;
/** The hidden marker that makes the comment sticky: one per test, found and updated in place. */
function abCommentMarker(testId) {
    return `<!-- mcpver:ab:${testId} -->`;
}
const RECOMMENDATION_TEXT = {
    'ship-b': '🚀 Ship B',
    'keep-a': '↩️ Keep A',
    'no-meaningful-difference': '🟰 No meaningful difference',
    continue: '⏳ Continue collecting data',
    investigate: '🔍 Investigate before deciding',
    'stop-rollback': '⛔ Stop and roll back B',
};
const VERDICT_TEXT = {
    better: '✅ B better',
    worse: '❌ B worse',
    'no-difference': '➖ no significant difference',
    insufficient: '⏳ insufficient data',
    inconclusive: '⚠️ inconclusive (tests disagree)',
    'not-computable': '🚫 not computable',
};
/** Numbers with four significant digits, no exponent for everyday magnitudes. */
function num(x, digits = 4) {
    if (x === null || x === undefined)
        return '–';
    if (x === 0)
        return '0';
    const abs = Math.abs(x);
    if (abs >= 1e6 || abs < 1e-4)
        return x.toExponential(digits - 1);
    return String(Number(x.toPrecision(digits)));
}
const pct = (x) => x === null || x === undefined ? '–' : `${x >= 0 ? '+' : ''}${num(x * 100, 3)}%`;
const interval = (ci, f = (x) => num(x)) => ci ? `[${f(ci[0])}, ${f(ci[1])}]` : '–';
const signed = (x) => (x === null ? '–' : `${x > 0 ? '+' : ''}${num(x)}`);
function ab_comment_valueOf(m, v) {
    const value = v === 'A' ? m.meanA : m.meanB;
    if (m.kind === 'proportion')
        return value === null ? '–' : `${num(value * 100, 3)}%`;
    return num(value);
}
function pCell(m) {
    if (m.pValue === null)
        return '–';
    if (m.role === 'secondary' && m.adjustedPValue !== null && m.adjustedPValue !== m.pValue)
        return `${formatP(m.adjustedPValue)} (raw ${formatP(m.pValue)})`;
    return formatP(m.pValue);
}
const TEST_TEXT = {
    welch: 'Welch t',
    z: 'two-proportion z',
    fisher: 'Fisher exact',
    'paired-t': 'paired t',
    mcnemar: 'McNemar exact',
    none: '–',
};
function effectCell(m) {
    if (m.kind === 'proportion' && m.effect !== null)
        return `${signed(m.effect * 100)} pp ${interval(m.ci, (x) => num(x * 100, 3))}`;
    return `${signed(m.effect)} ${interval(m.ci)}`;
}
/** What decides, in six columns that fit GitHub's 896-pixel comment column. */
function metricsTable(result) {
    const conf = Math.round((1 - result.alpha) * 100);
    const rows = [`| metric | role | A | B | effect B − A [${conf}% CI] | verdict |`, '|---|---|---|---|---|---|'];
    for (const m of result.metrics)
        rows.push(`| \`${m.name}\` | ${m.role} | ${ab_comment_valueOf(m, 'A')} | ${ab_comment_valueOf(m, 'B')} | ${effectCell(m)} | ${VERDICT_TEXT[m.verdict]} |`);
    return rows;
}
/** The rest of each metric's numbers, for whoever checks the verdict: direction, sizes, relative effect, p, test. */
function metricsMoreTable(result) {
    const conf = Math.round((1 - result.alpha) * 100);
    const rows = [`| metric | better | n A / B | relative [${conf}% CI] | p | test |`, '|---|---|---|---|---|---|'];
    for (const m of result.metrics)
        rows.push(`| \`${m.name}\` | ${m.better} | ${m.nA} / ${m.nB} | ${pct(m.lift)} ${interval(m.liftCi, pct)} | ${pCell(m)} | ${TEST_TEXT[m.test]} |`);
    return rows;
}
function metricDetails(m) {
    const lines = [];
    if (m.quantiles)
        lines.push(`p50 ${num(m.quantiles.A.p50)} → ${num(m.quantiles.B.p50)}, p95 ${num(m.quantiles.A.p95)} → ${num(m.quantiles.B.p95)}`);
    if (m.mannWhitney)
        lines.push(`Mann-Whitney ${pEquals(m.mannWhitney.pValue)} (${m.mannWhitney.exact ? 'exact' : 'normal approximation'}), Hodges-Lehmann shift ${signed(m.mannWhitney.hodgesLehmann)}`);
    if (m.paired)
        lines.push(`paired on ${m.paired.pairs} units${m.paired.wilcoxonPValue !== null ? `, Wilcoxon signed-rank ${pEquals(m.paired.wilcoxonPValue)}` : ''}`);
    if (m.kind === 'proportion' && m.wilsonA && m.wilsonB)
        lines.push(`Wilson intervals: A ${interval(m.wilsonA, (x) => `${num(x * 100, 3)}%`)}, B ${interval(m.wilsonB, (x) => `${num(x * 100, 3)}%`)}`);
    if (m.sequentialCi)
        lines.push(`always-valid interval ${m.kind === 'proportion' ? `${interval(m.sequentialCi, (x) => num(x * 100, 3))} pp` : interval(m.sequentialCi)}${m.sequentialPValue !== null ? ` (always-valid ${pEquals(m.sequentialPValue)})` : ''}`);
    if (m.guard)
        lines.push(`guard ${m.guard.fired ? '🔴 fired' : m.guard.armed ? '🟢 holds' : '⚪ not armed'}: ${m.guard.message}`);
    if (m.hardLimit)
        lines.push(`hard limit ${num(m.hardLimit.limit)}: B = ${num(m.hardLimit.value)} ${m.hardLimit.breached ? `🔴 breached (${m.hardLimit.failures} run(s) in a row)` : '🟢 within'}`);
    lines.push(...m.notes);
    return lines.length ? [`- **\`${m.name}\`**: ${lines.join('; ')}`] : [];
}
/** Whether the definition named the versions (else they are the placeholders `A` and `B`). */
function versionsKnown(result) {
    return !(result.test.versions.A === 'A' && result.test.versions.B === 'B');
}
function title(result, options) {
    const { id, name, versions } = result.test;
    const subject = options.eventsFile
        ? `A/B analysis of \`${options.eventsFile}\``
        : `A/B test \`${id}\`${name !== id ? `: ${name}` : ''}`;
    if (versionsKnown(result))
        return [`## ${subject} — A \`${versions.A}\` vs B \`${versions.B}\``];
    const how = options.eventsFile
        ? 'give a definition with `versions:` (`--config FILE`)'
        : 'add `versions:` to its definition';
    return [
        `## ${subject} — versions unknown`,
        '',
        `<sub>A and B are the variants named in the events; which versions they ran is not known: ${how} to name them.</sub>`,
    ];
}
/** What a stopped stored test means for live traffic (the proxy reads the test's status at each new session). */
const PROXY_STOP_NOTE = 'New sessions of `mcpver ab proxy` go to A (the control) from now on; sessions already open keep their version until they end.';
function renderAbComment(result, options = {}) {
    const { health } = result;
    const srm = health.srm;
    const lines = [
        abCommentMarker(result.test.id),
        ...title(result, options),
        '',
        `**Recommendation: ${RECOMMENDATION_TEXT[result.recommendation]}** — ${result.reasons.join('; ')}`,
        '',
    ];
    if (result.autoStop.stop) {
        lines.push('> [!CAUTION]', `> **Auto-stop:** ${result.autoStop.rules.map((r) => `${r.rule}${r.metric ? ` \`${r.metric}\`` : ''}: ${r.message}`).join('; ')}.`, ...(options.stateless ? [] : [`> ${PROXY_STOP_NOTE}`]), `> ${options.rollbackHint ?? 'To return to version A, comment `/mcpver rollback` (it opens a pull request; nothing is force-pushed).'}`, '');
    }
    lines.push('### Health', '', '| check | result |', '|---|---|', `| sample ratio | ${srm.counts.A} / ${srm.counts.B} ${health.dataQuality.warnings.some((w) => w.startsWith('events carry no unit')) ? 'events' : 'units'} for a planned ${num(srm.expectedShare.A * 100, 3)}/${num(srm.expectedShare.B * 100, 3)} split: ${srm.checked ? `χ² ${pEquals(srm.pValue)} ${srm.ok ? '✅' : '❌ mismatch'}` : 'not checked (fewer than 8 units in an arm)'} |`, `| data quality | ${health.dataQuality.accepted} events accepted, ${health.dataQuality.rejected} rejected ${health.dataQuality.ok ? '✅' : '❌'} |`, `| sample size | smallest arm ${health.sampleSize.minPerArm} of ${health.sampleSize.planned} planned ${health.sampleSize.ok ? '✅' : '⏳'} |`, '');
    const warnings = [...health.dataQuality.warnings, ...health.sampleSize.warnings];
    if (warnings.length)
        lines.push(...warnings.map((w) => `- ${w}`), '');
    // The effects at a glance first, then the numbers that decide; the rest folded for whoever checks.
    const chart = forestPlot(result);
    lines.push('### Metrics', '', ...(chart.length ? [...chart, ''] : []), ...metricsTable(result), '');
    const details = result.metrics.flatMap(metricDetails);
    lines.push('<details><summary>More numbers: sizes, relative effects, p-values, tests, quantiles</summary>', '', ...metricsMoreTable(result), '', ...(details.length ? [...details, ''] : []), '</details>', '');
    // The model's words are quoted and neutralised: no mention, image, HTML or marker of its own.
    if (options.advice)
        lines.push('### Advice (AI, not part of the analysis)', '', (0,untrusted/* neutralizeModelText */.wF)(options.advice), '');
    const welchDf = result.metrics
        .filter((m) => m.test === 'welch' && m.df !== null)
        .map((m) => `${m.name} ${num(m.df, 4)}`);
    lines.push(`<sub>α = ${num(result.alpha)} (two-sided); ${result.test.mode === 'sequential' ? 'sequential mode: verdicts use the always-valid interval' : 'fixed-horizon analysis'}; Holm correction across secondary metrics (guardrails unadjusted); confidence sequence tuned to N* = ${result.settings.sequentialTuning}; fewer than ${result.settings.minArm} values in an arm gives no verdict${welchDf.length ? `; Welch df: ${welchDf.join(', ')}` : ''}.</sub>`, '');
    const json = JSON.stringify(result, null, 2);
    const head = lines.join('\n');
    const jsonBlock = [
        '<details><summary>Analysis as JSON</summary>',
        '',
        '```json',
        json,
        '```',
        '',
        '</details>',
        '',
    ].join('\n');
    if (head.length + jsonBlock.length <= COMMENT_BODY_LIMIT)
        return head + jsonBlock;
    const note = `<sub>The JSON of this analysis is longer than a comment allows: run \`mcpver ab analyze --test ${result.test.id} --json\`.</sub>\n`;
    if (head.length + note.length <= COMMENT_BODY_LIMIT)
        return head + note;
    // Hundreds of metrics: cut at a line boundary rather than let GitHub refuse the comment.
    const cut = head.slice(0, COMMENT_BODY_LIMIT - note.length - 100);
    return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n… (cut to fit a comment)\n\n${note}`;
}

// EXTERNAL MODULE: ./src/state/github-store.js + 5 modules
var github_store = __webpack_require__(41710);
;// CONCATENATED MODULE: ./src/action/ab-record.js
// The Action's `mode: ab-record`: read a file of events produced by an evaluation job, store the
// valid ones in the test's statistics on the state branch, then analyse the test and publish the
// analysis (job summary, annotations for rejected lines, outputs). Auto-stop applies.












/** GitHub shows at most 10 annotations of one type per step; the rest are summarised. */
const MAX_LINE_ANNOTATIONS = 10;
async function readText(file, what) {
    try {
        return await (0,promises_.readFile)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new AbError(`cannot read the ${what} ${file}: ${error.message}`);
    }
}
/** Find the test on the state branch, or start it from the repository's config. */
async function ensureTest(options) {
    try {
        return await readAbTest(options.store, options.testId);
    }
    catch (error) {
        if (!(error instanceof AbError))
            throw error;
        const configFile = options.configPath ?? src_config/* CONFIG_PATH */.tF;
        const text = await readText(external_node_path_.resolve(options.workspace, configFile), 'configuration');
        if (text === null)
            throw new AbError(`A/B test "${options.testId}" is not on the state branch and ${configFile} does not exist to define it (ab.tests).`);
        // Each run of the evaluation job looks again: always-valid bounds unless the config says `mode: fixed`.
        const test = parseAbDefinition(text, configFile, options.testId, { mode: 'sequential' });
        return (await startAbTest(options.store, { ...test, createdAt: new Date().toISOString() }, options.actor)).result;
    }
}
async function runAbRecord(options) {
    const file = external_node_path_.resolve(options.workspace, options.eventsPath);
    const text = await readText(file, 'events file');
    if (text === null)
        throw new AbError(`The events file ${options.eventsPath} does not exist in the workspace.`);
    const test = await ensureTest(options);
    const parsed = parseEvents(text, { test, fileName: file, ...(options.format ? { format: options.format } : {}) });
    const recorded = parsed.accepted + parsed.rejectedCount > 0
        ? await recordEvents(options.store, test.id, parsed, options.actor ? { actor: options.actor } : {})
        : { accepted: 0, rejected: 0, commit: null, warnings: [] };
    const { result, stopped, test: after } = await analyzeStoredTest(options.store, test.id, options.actor);
    return {
        test: after,
        accepted: recorded.accepted,
        rejected: recorded.rejected,
        rejections: parsed.rejected,
        commit: recorded.commit,
        warnings: recorded.warnings,
        analysis: result,
        stopped,
        summary: renderAbComment(result),
    };
}
/**
 * The mode as the Action's main calls it, with `read` = core.getInput. Inputs: `ab-test` (the test
 * id), `ab-events` (the file), optional `ab-format`, `config`, `github-token`.
 */
async function abRecordMode(read, env) {
    const testId = read('ab-test');
    const eventsPath = read('ab-events');
    if (!testId || !eventsPath)
        throw new AbError('mode ab-record needs the inputs "ab-test" (the test id) and "ab-events" (the events file).');
    const format = read('ab-format');
    if (format && format !== 'ndjson' && format !== 'csv')
        throw new AbError(`Input "ab-format" must be ndjson or csv (got "${format}").`);
    const token = read('github-token') || env.GITHUB_TOKEN;
    if (!token)
        throw new AbError('mode ab-record writes to the state branch through the GitHub API: give it a "github-token" with contents: write.');
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
        throw new AbError('GITHUB_REPOSITORY is not set: mode ab-record runs inside GitHub Actions.');
    // GITHUB_API_URL as the runner sets it (GitHub Enterprise Server too), read from the env given to the mode.
    const octokit = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    const store = new github_store/* GitHubStateStore */.Q({
        octokit,
        owner,
        repo,
        branch: src_config/* DEFAULT_STATE_BRANCH */.rF,
        defaultActor: env.GITHUB_ACTOR ?? 'action',
    });
    const outcome = await runAbRecord({
        store,
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        testId,
        eventsPath,
        ...(format ? { format: format } : {}),
        ...(read('config') ? { configPath: read('config') } : {}),
        actor: env.GITHUB_ACTOR ?? 'action',
    });
    for (const warning of outcome.warnings)
        core/* warning */.$e(warning, { title: 'mcpver: state branch' });
    for (const r of outcome.rejections.slice(0, MAX_LINE_ANNOTATIONS))
        core/* warning */.$e(r.reason, { file: eventsPath, startLine: r.line, title: 'mcpver: event rejected' });
    if (outcome.rejected > MAX_LINE_ANNOTATIONS)
        core/* warning */.$e(`${outcome.rejected - MAX_LINE_ANNOTATIONS} more lines of ${eventsPath} were rejected (see the job summary).`);
    await core/* summary */.z.addRaw(outcome.summary).write();
    core/* setOutput */.uH('accepted', String(outcome.accepted));
    core/* setOutput */.uH('rejected', String(outcome.rejected));
    core/* setOutput */.uH('recommendation', outcome.analysis.recommendation);
    core/* setOutput */.uH('stopped', String(outcome.stopped));
    if (outcome.analysis.recommendation === 'stop-rollback')
        core/* setFailed */.C1(`A/B test "${testId}" stopped: ${outcome.analysis.reasons.join('; ')}`);
    return outcome;
}


/***/ })

};
