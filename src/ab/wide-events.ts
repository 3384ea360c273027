// Wide records — one line per call with a column per metric, as evaluation harnesses often write
// them (`{"version":"B","unit_id":"item-7","response_time_ms":182,"error":0,"accuracy":null}`) —
// expanded into the long events mcpver stores (one event per metric).

import type { AbEvent } from './events.ts';
import type { AbTest } from './test.ts';

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
export function isWideRecord(record: Record<string, unknown>): boolean {
  return !('metric' in record) && !('value' in record);
}

function numeric(value: unknown): number | null | 'bad' {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'bad';
  if (typeof value === 'string') {
    const lowered = value.trim().toLowerCase();
    if (lowered === 'true') return 1;
    if (lowered === 'false') return 0;
    if (lowered === 'null' || lowered === 'na') return null;
    const n = Number(value);
    return Number.isFinite(n) ? n : 'bad';
  }
  return 'bad';
}

/** The events of one wide record, or the reason it is rejected. Empty (null) metric cells are skipped. */
export function expandWideRecord(record: Record<string, unknown>, test?: AbTest): AbEvent[] | string {
  const variant = record.variant ?? record.version ?? record.arm;
  if (variant !== 'A' && variant !== 'B')
    return `"variant" (or "version") must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
  const unitRaw = record.unit ?? record.unit_id ?? record.item_id ?? record.item;
  const tsRaw = record.ts ?? record.timestamp;
  const base: Omit<AbEvent, 'metric' | 'value'> = { variant };
  if (unitRaw !== undefined && unitRaw !== null && unitRaw !== '') {
    if (typeof unitRaw !== 'string' && typeof unitRaw !== 'number')
      return '"unit" (or "unit_id") must be a string or a number';
    base.unit = String(unitRaw);
  }
  if (typeof tsRaw === 'string' || typeof tsRaw === 'number') base.ts = tsRaw;
  const events: AbEvent[] = [];
  for (const [key, raw] of Object.entries(record)) {
    if (DESCRIPTIVE.has(key) || !METRIC_NAME.test(key)) continue;
    const definition = test?.metrics.find((m) => m.name === key);
    if (test && !definition) continue; // columns the test does not measure are not errors in a wide record
    const value = numeric(raw);
    if (value === null) continue;
    if (value === 'bad') {
      // A text column that is not a metric (a tool name, a label) is only an error when the test names it.
      if (definition) return `"${key}" must be a finite number (got ${JSON.stringify(raw)})`;
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
