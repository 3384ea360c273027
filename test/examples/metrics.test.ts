// The sample A/B events in examples/metrics: reproducible from their committed generator, in the
// event format mcpver reads, and assigned to variants the way mcpver assigns units.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assignVariant } from '../../src/ab/assign.ts';
import { ROOT } from '../surface/helpers.ts';

const METRICS = path.join(ROOT, 'examples/metrics');
const committed = readFileSync(path.join(METRICS, 'events.ndjson'), 'utf8');
const events = committed
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { ts: string; unit: string; variant: 'A' | 'B'; metric: string; value: number });
const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-metrics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sample A/B events', () => {
  it('are exactly what the committed generator writes', () => {
    const out = path.join(dir, 'events.ndjson');
    execFileSync(process.execPath, [path.join(METRICS, 'generate.mjs'), out]);
    expect(readFileSync(out, 'utf8')).toBe(committed);
  });

  it('hold a response time and an error flag for each of 240 units', () => {
    expect(events).toHaveLength(480);
    expect(new Set(events.map((e) => e.unit)).size).toBe(240);
    for (const e of events) {
      expect(['response_time', 'error']).toContain(e.metric);
      if (e.metric === 'error') expect([0, 1]).toContain(e.value);
      else expect(e.value).toBeGreaterThan(0);
      expect(Number.isNaN(Date.parse(e.ts))).toBe(false);
    }
  });

  it('put each unit in the variant that mcpver assigns it for the test notes-1.1.0', () => {
    for (const e of events) expect(e.variant).toBe(assignVariant('notes-1.1.0', e.unit));
    const a = events.filter((e) => e.variant === 'A').length;
    expect(a / events.length).toBeGreaterThan(0.4);
    expect(a / events.length).toBeLessThan(0.6);
  });
});
