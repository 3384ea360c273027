// Metric events from NDJSON or CSV, validated line by line: a malformed line is rejected with its
// line number and a reason, the valid lines are kept, and the result counts both.

import { parse as parseCsv } from 'csv-parse/sync';
import type { AbTest, Variant } from './test.ts';
import { expandWideRecord, isWideRecord } from './wide-events.ts';

export interface AbEvent {
  variant: Variant;
  metric: string;
  value: number;
  /** The assignment unit or evaluation item: used for pairing and for the sample-ratio check. */
  unit?: string;
  ts?: string | number;
}

export interface RejectedLine {
  /** 1-based line number in the input (for CSV, the line where the record starts). */
  line: number;
  reason: string;
}

export interface ParsedEvents {
  events: AbEvent[];
  rejected: RejectedLine[];
}

export type EventFormat = 'ndjson' | 'csv';

/** Rejections kept in a result: enough to fix a file, bounded so a wholly wrong file stays small. */
export const MAX_REJECTIONS_LISTED = 1000;

const METRIC_NAME = /^[A-Za-z0-9_.:-]{1,64}$/;

/** `ndjson` unless the name ends in .csv or the first non-blank character cannot start JSON. */
export function detectEventFormat(text: string, fileName?: string): EventFormat {
  if (fileName && /\.csv$/i.test(fileName)) return 'csv';
  if (fileName && /\.(nd)?jsonl?$/i.test(fileName)) return 'ndjson';
  const first = text.trimStart()[0];
  return first === '{' || first === undefined ? 'ndjson' : 'csv';
}

/** Check one record's fields; returns the event or the reason it is rejected. */
export function validateEvent(record: Record<string, unknown>, test?: AbTest): AbEvent | string {
  const { variant, metric, unit, ts } = record;
  let value = record.value;
  if (variant !== 'A' && variant !== 'B')
    return `"variant" must be "A" or "B" (got ${JSON.stringify(variant ?? null)})`;
  if (typeof metric !== 'string' || !METRIC_NAME.test(metric))
    return `"metric" must be a name of letters, digits and _.:- (got ${JSON.stringify(metric ?? null)})`;
  if (typeof value === 'string' && value.trim() !== '') value = Number(value);
  if (typeof value !== 'number' || !Number.isFinite(value))
    return `"value" must be a finite number (got ${JSON.stringify(record.value ?? null)})`;
  const event: AbEvent = { variant, metric, value };
  if (unit !== undefined && unit !== null && unit !== '') {
    if (typeof unit !== 'string' && typeof unit !== 'number') return `"unit" must be a string or a number`;
    event.unit = String(unit);
  }
  if (ts !== undefined && ts !== null && ts !== '') {
    if (typeof ts !== 'string' && typeof ts !== 'number') return `"ts" must be a string or a number`;
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

function reject(into: RejectedLine[], line: number, reason: string, counter: { count: number }): void {
  counter.count++;
  if (into.length < MAX_REJECTIONS_LISTED) into.push({ line, reason });
}

export interface ParseOptions {
  format?: EventFormat;
  fileName?: string;
  /** When given, metrics must be defined in the test and proportions must be 0/1. */
  test?: AbTest;
}

export interface ParseResult extends ParsedEvents {
  accepted: number;
  /** All rejected lines, including those beyond MAX_REJECTIONS_LISTED. */
  rejectedCount: number;
}

function parseNdjson(text: string, test: AbTest | undefined, result: ParseResult, counter: { count: number }): void {
  let start = 0;
  let line = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line++;
    const raw = text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      reject(result.rejected, line, `not valid JSON: ${(error as Error).message}`, counter);
      continue;
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      reject(result.rejected, line, 'each line must be one JSON object', counter);
      continue;
    }
    accept(record as Record<string, unknown>, line, test, result, counter);
  }
}

/** One record: a long event (`metric`, `value`) or a wide one (a column per metric). */
function accept(
  record: Record<string, unknown>,
  line: number,
  test: AbTest | undefined,
  result: ParseResult,
  counter: { count: number },
): void {
  if (isWideRecord(record)) {
    const events = expandWideRecord(record, test);
    if (typeof events === 'string') reject(result.rejected, line, events, counter);
    else for (const e of events) result.events.push(e);
    return;
  }
  const event = validateEvent(record, test);
  if (typeof event === 'string') reject(result.rejected, line, event, counter);
  else result.events.push(event);
}

function parseCsvText(text: string, test: AbTest | undefined, result: ParseResult, counter: { count: number }): void {
  const rows = parseCsv(text, {
    columns: (header: string[]) => {
      const names = header.map((h) => h.trim());
      // Long form (variant, metric, value) or wide form (variant or version, then a column per metric).
      const wide =
        !names.includes('metric') &&
        !names.includes('value') &&
        (names.includes('variant') || names.includes('version'));
      const missing = ['variant', 'metric', 'value'].filter((c) => !names.includes(c));
      if (!wide && missing.length > 0)
        throw new EventsError(
          `CSV line 1: the header must name the columns variant, metric and value (missing: ${missing.join(', ')}), or variant (or version) and one column per metric.`,
        );
      return names;
    },
    info: true,
    skip_empty_lines: true,
    relax_column_count: true,
    trim: true,
    bom: true,
    skip_records_with_error: true,
    on_skip: (error: { lines?: number; message: string } | undefined) => {
      if (error) reject(result.rejected, error.lines ?? 0, `not valid CSV: ${error.message}`, counter);
    },
  }) as Array<{
    record: Record<string, string>;
    info: { lines: number; error?: unknown; invalid_field_length?: number };
  }>;
  for (const { record, info } of rows) accept(record, info.lines, test, result, counter);
}

export class EventsError extends Error {
  override name = 'EventsError';
}

/** Parse a file of events; never throws for a bad line, only for a file that cannot be read as a whole (a CSV without the columns). */
export function parseEvents(text: string, options: ParseOptions = {}): ParseResult {
  const format = options.format ?? detectEventFormat(text, options.fileName);
  const result: ParseResult = { events: [], rejected: [], accepted: 0, rejectedCount: 0 };
  const counter = { count: 0 };
  if (format === 'csv') parseCsvText(text, options.test, result, counter);
  else parseNdjson(text, options.test, result, counter);
  result.rejected.sort((a, b) => a.line - b.line);
  result.accepted = result.events.length;
  result.rejectedCount = counter.count;
  return result;
}

/** One event per line, keys sorted, for the raw chunks of the state branch. */
export function formatEventLine(event: AbEvent): string {
  const out: Record<string, unknown> = {};
  for (const key of ['metric', 'ts', 'unit', 'value', 'variant'] as const)
    if (event[key] !== undefined) out[key] = event[key];
  return JSON.stringify(out);
}
