// A raw events chunk whose last line is broken (a write cut short by hand or by a tool) is never
// appended to without a word: recording says so and starts the next chunk; the analysis skips the
// line and says so in its data-quality warnings.

import { afterEach, describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/ab/events.ts';
import { analyzeStoredTest } from '../../src/ab/run.ts';
import { abPaths, readAbTest, recordEvents, startAbTest } from '../../src/ab/store.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { makeRepository } from '../state/helpers.ts';

const repos: Array<{ cleanup: () => void }> = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

const batch = (from: number) =>
  (['A', 'B'] as const)
    .flatMap((variant) =>
      Array.from({ length: 6 }, (_, i) =>
        JSON.stringify({ variant, metric: 'response_time', value: 100 + i, unit: `${variant}${from + i}` }),
      ),
    )
    .join('\n');

describe('a raw events chunk with a broken last line', () => {
  it('is left as it is, reported, and the next events go to a new chunk; the analysis skips the line and says so', async () => {
    const repo = makeRepository();
    repos.push(repo);
    const store = new LocalStateStore({ cwd: repo.dir });
    await startAbTest(store, defineAbTest({ id: 'latency', metrics: [{ name: 'response_time', latency: true }] }));
    const test = await readAbTest(store, 'latency');
    expect((await recordEvents(store, 'latency', parseEvents(batch(0), { test }))).warnings).toEqual([]);
    const first = abPaths.chunk('latency', 1);
    const cut = `${(await store.read(first))!}{"metric":"response_time","val`;
    await store.transact('a write cut short', async (tx) => tx.write(first, cut));

    const second = await recordEvents(store, 'latency', parseEvents(batch(100), { test }));
    expect(second.accepted).toBe(12);
    expect(second.warnings).toEqual([
      `${first} ends with a broken line (line 13); it was left as it is and new events go to the next chunk. Repair or remove that line: the rank and paired tests skip it.`,
    ]);
    expect(await store.read(first)).toBe(cut);
    expect((await store.read(abPaths.chunk('latency', 2)))!.trimEnd().split('\n')).toHaveLength(12);

    const { result } = await analyzeStoredTest(store, 'latency');
    expect(result.health.dataQuality.warnings).toContain(
      `${first}: 1 line(s) are not events (line 13) and were skipped`,
    );
    expect(result.metrics[0]).toMatchObject({ nA: 12, nB: 12 });
  });
});
