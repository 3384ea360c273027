import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/ab/events.ts';
import { defineAbTest } from '../../src/ab/test.ts';

describe('event files', () => {
  it('keeps the valid NDJSON lines and rejects each malformed one with its line number', () => {
    const text = [
      '{"variant":"A","metric":"response_time","value":120,"unit":"u1","ts":"2026-11-25T10:00:00Z"}',
      '{"variant":"C","metric":"response_time","value":1}',
      '',
      '{"variant":"B","metric":"response_time","value":"fast"}',
      '{not json',
      '{"variant":"B","metric":"response_time","value":95,"unit":7}',
      '[1,2]',
    ].join('\n');
    const result = parseEvents(text);
    expect(result.accepted).toBe(2);
    expect(result.rejectedCount).toBe(4);
    expect(result.events).toEqual([
      { variant: 'A', metric: 'response_time', value: 120, unit: 'u1', ts: '2026-11-25T10:00:00Z' },
      { variant: 'B', metric: 'response_time', value: 95, unit: '7' },
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([2, 4, 5, 7]);
    expect(result.rejected[0]!.reason).toMatch(/"variant" must be "A" or "B"/);
    expect(result.rejected[1]!.reason).toMatch(/"value" must be a finite number/);
    expect(result.rejected[2]!.reason).toMatch(/not valid JSON/);
  });

  it('reads CSV with the same column names, including quoted fields, and rejects bad rows by line', () => {
    const text =
      'variant,metric,value,unit\nA,error,0,"client, one"\nB,error,1,c2\nB,error,,c3\nA,error,NaN,c4\nB,accuracy,0.5\n';
    const result = parseEvents(text, { fileName: 'events.csv' });
    expect(result.events).toEqual([
      { variant: 'A', metric: 'error', value: 0, unit: 'client, one' },
      { variant: 'B', metric: 'error', value: 1, unit: 'c2' },
      { variant: 'B', metric: 'accuracy', value: 0.5 },
    ]);
    expect(result.rejected.map((r) => r.line)).toEqual([4, 5]);
  });

  it('refuses a CSV whose header lacks a required column, naming it', () => {
    expect(() => parseEvents('variant,name,value\nA,x,1\n', { format: 'csv' })).toThrow(/missing: metric/);
  });

  it('checks events against the test: unknown metrics and non-0/1 proportions are rejected', () => {
    const test = defineAbTest({ id: 't', metrics: [{ name: 'error', kind: 'proportion' }, { name: 'latency_ms' }] });
    const result = parseEvents(
      '{"variant":"A","metric":"error","value":2}\n{"variant":"A","metric":"cost","value":2}\n{"variant":"B","metric":"latency_ms","value":2}\n',
      { test },
    );
    expect(result.accepted).toBe(1);
    expect(result.rejected).toEqual([
      { line: 1, reason: 'metric "error" is a proportion: "value" must be 0 or 1 (got 2)' },
      { line: 2, reason: 'metric "cost" is not defined in test "t" (defined: error, latency_ms)' },
    ]);
  });

  it('expands wide records (one line per call, a column per metric) into one event per metric', () => {
    const text = [
      '{"version":"A","unit_id":"item-1","call_id":"c1","tool":"search","timestamp":"2026-11-25T10:00:00Z","response_time_ms":182,"error":0,"accuracy":null,"tokens":900}',
      '{"version":"B","unit_id":"item-1","response_time_ms":150,"error":true,"accuracy":1}',
      '{"version":"C","response_time_ms":1}',
      '{"variant":"A","value":3}',
    ].join('\n');
    const result = parseEvents(text);
    expect(result.events).toEqual([
      { variant: 'A', metric: 'response_time_ms', value: 182, unit: 'item-1', ts: '2026-11-25T10:00:00Z' },
      { variant: 'A', metric: 'error', value: 0, unit: 'item-1', ts: '2026-11-25T10:00:00Z' },
      { variant: 'A', metric: 'tokens', value: 900, unit: 'item-1', ts: '2026-11-25T10:00:00Z' },
      { variant: 'B', metric: 'response_time_ms', value: 150, unit: 'item-1' },
      { variant: 'B', metric: 'error', value: 1, unit: 'item-1' },
      { variant: 'B', metric: 'accuracy', value: 1, unit: 'item-1' },
    ]);
    expect(result.rejected).toEqual([
      { line: 3, reason: '"variant" (or "version") must be "A" or "B" (got "C")' },
      { line: 4, reason: '"metric" must be a name of letters, digits and _.:- (got null)' },
    ]);
  });

  it('reads wide CSV and keeps only the metrics a test defines', () => {
    const test = defineAbTest({
      id: 't',
      metrics: [{ name: 'error', kind: 'proportion' }, { name: 'response_time_ms' }],
    });
    const result = parseEvents(
      'version,unit_id,tool,response_time_ms,error,cost_usd\nA,u1,search,120,0,0.01\nB,u2,search,,1,0.02\nB,u3,search,99,2,0.02\n',
      { format: 'csv', test },
    );
    expect(result.events).toEqual([
      { variant: 'A', metric: 'response_time_ms', value: 120, unit: 'u1' },
      { variant: 'A', metric: 'error', value: 0, unit: 'u1' },
      { variant: 'B', metric: 'error', value: 1, unit: 'u2' },
    ]);
    expect(result.rejected).toEqual([{ line: 4, reason: 'metric "error" is a proportion: it must be 0 or 1 (got 2)' }]);
  });
});
