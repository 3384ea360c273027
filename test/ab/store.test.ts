// A/B tests on a real state branch (the local git store in a temporary repository).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents } from '../../src/ab/analysis/input.ts';
import { parseEvents } from '../../src/ab/events.ts';
import {
  CHUNK_MAX_EVENTS,
  abPaths,
  loadAnalysisInput,
  readAbTest,
  recordEvents,
  setAbTestStatus,
  startAbTest,
} from '../../src/ab/store.ts';
import type { AbStats } from '../../src/ab/stats.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { git, makeRepository } from '../state/helpers.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ab/reference');
const repos: Array<{ cleanup: () => void }> = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function store() {
  const repo = makeRepository();
  repos.push(repo);
  return { dir: repo.dir, store: new LocalStateStore({ cwd: repo.dir }) };
}

const definition = (id: string, extra: Record<string, unknown> = {}) =>
  defineAbTest({
    id,
    metrics: [
      { name: 'response_time', kind: 'mean', better: 'lower', latency: true },
      { name: 'error', kind: 'proportion', role: 'guardrail' },
    ],
    ...extra,
  });

describe('A/B tests on the state branch', () => {
  it('stores the definition, then merges batches into stats.json and bounded raw chunks', async () => {
    const { dir, store: s } = store();
    await startAbTest(s, definition('latency-v2'));
    const text = readFileSync(path.join(fixtures, 'heavy-tailed.ndjson'), 'utf8');
    const test = await readAbTest(s, 'latency-v2');
    const parsed = parseEvents(text, { test });
    const half = Math.floor(parsed.events.length / 2);
    await recordEvents(s, 'latency-v2', { events: parsed.events.slice(0, half), rejectedCount: 0 });
    const second = await recordEvents(s, 'latency-v2', { events: parsed.events.slice(half), rejectedCount: 2 });
    expect(second).toMatchObject({ accepted: parsed.events.length - half, rejected: 2 });

    const stats = JSON.parse(git(dir, 'show', `mcpver/state:${abPaths.stats('latency-v2')}`)) as AbStats;
    expect(stats.events).toEqual({ accepted: 400, rejected: 2 });
    expect(stats.variants.A.metrics.response_time!.n).toBe(200);
    expect(git(dir, 'ls-tree', '-r', '--name-only', 'mcpver/state', 'ab/latency-v2/events/').split('\n')).toEqual([
      'ab/latency-v2/events/000001.ndjson',
    ]);

    // The stored analysis is the same as the analysis of the file itself.
    const stored = analyzeAbTest(test, await loadAnalysisInput(s, test));
    const local = analyzeAbTest(test, { ...inputFromEvents(parsed.events), rejected: 2 });
    const m = (r: typeof stored) => r.metrics.find((x) => x.name === 'response_time')!;
    expect(m(stored).pValue!).toBeCloseTo(m(local).pValue!, 12);
    expect(m(stored).mannWhitney).toEqual(m(local).mannWhitney);
    expect(stored.health.dataQuality.rejected).toBe(2);
  });

  it('starts a new chunk when one is full, and counts distinct units for the sample-ratio check', async () => {
    const { dir, store: s } = store();
    await startAbTest(s, definition('chunks'));
    const events = Array.from({ length: CHUNK_MAX_EVENTS + 10 }, (_, i) => ({
      variant: (i % 2 ? 'B' : 'A') as 'A' | 'B',
      metric: 'error',
      value: i % 3 === 0 ? 1 : 0,
      unit: `u${i % 1000}`,
    }));
    await recordEvents(s, 'chunks', { events, rejectedCount: 0 });
    const files = git(dir, 'ls-tree', '-r', '--name-only', 'mcpver/state', 'ab/chunks/events/').split('\n');
    expect(files).toEqual(['ab/chunks/events/000001.ndjson', 'ab/chunks/events/000002.ndjson']);
    expect(git(dir, 'show', 'mcpver/state:ab/chunks/events/000002.ndjson').split('\n')).toHaveLength(10);
    const input = await loadAnalysisInput(s, await readAbTest(s, 'chunks'));
    expect(input).toMatchObject({ units: { A: 500, B: 500 }, unitsAreDistinct: true });
  });

  it('analyses means and rates from stats.json alone when no metric needs raw events', async () => {
    const { store: s } = store();
    const test = defineAbTest({ id: 'rates', metrics: [{ name: 'error', kind: 'proportion', role: 'guardrail' }] });
    await startAbTest(s, test);
    const parsed = parseEvents(readFileSync(path.join(fixtures, 'binary.ndjson'), 'utf8'), { test });
    await recordEvents(s, 'rates', parsed);
    let chunkReads = 0;
    const counting = {
      list: s.list.bind(s),
      readJson: s.readJson.bind(s),
      read: async (p: string) => (p.includes('/events/') && chunkReads++, s.read(p)),
    };
    const input = await loadAnalysisInput(counting, test);
    expect(chunkReads).toBe(0);
    expect(input.metrics.error!.raw).toBeUndefined();
    expect(analyzeAbTest(test, input).metrics[0]).toMatchObject({ test: 'z', nA: 500, nB: 500 });
  });

  it('detects a paired design from the units at ingestion and reads the raw events to pair them', async () => {
    const { store: s } = store();
    const test = defineAbTest(JSON.parse(readFileSync(path.join(fixtures, 'paired.json'), 'utf8')));
    await startAbTest(s, test);
    await recordEvents(s, test.id, parseEvents(readFileSync(path.join(fixtures, 'paired.ndjson'), 'utf8'), { test }));
    const result = analyzeAbTest(test, await loadAnalysisInput(s, test));
    expect(result.metrics.map((m) => [m.name, m.test, m.paired?.pairs])).toEqual([
      ['accuracy', 'paired-t', 30],
      ['pass', 'mcnemar', 30],
    ]);
  });

  it('creates a missing test in the same commit as its first events, and rejects events the stored definition does not define', async () => {
    const { dir, store: s } = store();
    const first = await recordEvents(
      s,
      'fresh',
      { events: [{ variant: 'A', metric: 'error', value: 1 }], rejectedCount: 0 },
      { createWith: definition('ignored-id') },
    );
    expect(first).toMatchObject({ created: true, accepted: 1, rejected: 0 });
    expect(git(dir, 'log', '--format=%s', 'mcpver/state')).toBe('ab: record 1 events into fresh');
    expect(JSON.parse(git(dir, 'show', 'mcpver/state:ab/fresh/test.json')).id).toBe('fresh');
    const second = await recordEvents(
      s,
      'fresh',
      {
        events: [
          { variant: 'B', metric: 'error', value: 0 },
          { variant: 'B', metric: 'cost', value: 3 },
          { variant: 'B', metric: 'error', value: 2 },
        ],
        rejectedCount: 1,
      },
      { createWith: definition('fresh') },
    );
    expect(second).toMatchObject({ created: false, accepted: 1, rejected: 3 });
  });

  it('refuses events for a test that does not exist or is stopped, and writes nothing', async () => {
    const { dir, store: s } = store();
    await expect(
      recordEvents(s, 'nope', { events: [{ variant: 'A', metric: 'error', value: 1 }], rejectedCount: 0 }),
    ).rejects.toThrow(/no A\/B test "nope"/);
    await startAbTest(s, definition('stopped'));
    await setAbTestStatus(s, 'stopped', 'stopped', 'guardrail error degraded');
    const head = git(dir, 'rev-parse', 'mcpver/state');
    await expect(
      recordEvents(s, 'stopped', { events: [{ variant: 'A', metric: 'error', value: 1 }], rejectedCount: 0 }),
    ).rejects.toThrow(/is stopped \(guardrail error degraded\)/);
    expect(git(dir, 'rev-parse', 'mcpver/state')).toBe(head);
    await expect(startAbTest(s, definition('stopped'))).rejects.toThrow(/already exists/);
  });

  it('loses no event when several writers record into the same test at once', async () => {
    const { dir } = store();
    const writers = Array.from({ length: 5 }, () => new LocalStateStore({ cwd: dir, retry: { maxAttempts: 40 } }));
    await startAbTest(writers[0]!, definition('race'));
    await Promise.all(
      writers.map((w, k) =>
        recordEvents(w, 'race', {
          events: Array.from({ length: 50 }, (_, i) => ({
            variant: (i % 2 ? 'B' : 'A') as 'A' | 'B',
            metric: 'response_time',
            value: 100 + i,
            unit: `w${k}-${i}`,
          })),
          rejectedCount: 0,
        }),
      ),
    );
    const stats = JSON.parse(git(dir, 'show', 'mcpver/state:ab/race/stats.json')) as AbStats;
    expect(stats.events.accepted).toBe(250);
    expect(stats.variants.A.metrics.response_time!.n + stats.variants.B.metrics.response_time!.n).toBe(250);
    expect(git(dir, 'show', 'mcpver/state:ab/race/events/000001.ndjson').split('\n')).toHaveLength(250);
  });
});
