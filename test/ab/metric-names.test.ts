// Metric names are data from outside (event files, signed batches): names that a plain object would
// answer from Object.prototype (`__proto__`, `constructor`, `toString`) are ordinary metrics.

import { afterEach, describe, expect, it } from 'vitest';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents } from '../../src/ab/analysis/input.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { analyzeStoredTest } from '../../src/ab/run.ts';
import { abPaths, readAbStats, readAbTest, recordEvents, startAbTest } from '../../src/ab/store.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { git, makeRepository } from '../state/helpers.ts';

const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const repos: Array<{ cleanup: () => void }> = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

/** 6 units per arm, each sending one value of every metric. */
const events = () =>
  (['A', 'B'] as const)
    .flatMap((variant) =>
      Array.from({ length: 6 }, (_, i) =>
        NAMES.map((metric, k) =>
          JSON.stringify({ variant, metric, value: 10 * k + i + (variant === 'B' ? 1 : 0), unit: `${variant}${i}` }),
        ),
      ),
    )
    .flat()
    .join('\n');

const definition = () =>
  defineAbTest({
    id: 'odd-names',
    metrics: NAMES.map((name, i) => ({ name, kind: 'mean', better: 'lower', ...(i === 0 ? { role: 'primary' } : {}) })),
  });

describe('metrics named like Object.prototype members', () => {
  it('are counted by ab record and analysed by ab analyze on the state branch', async () => {
    const repo = makeRepository();
    repos.push(repo);
    const store = new LocalStateStore({ cwd: repo.dir });
    await startAbTest(store, definition());
    const parsed = parseEvents(events(), { test: await readAbTest(store, 'odd-names') });
    expect(parsed.rejectedCount).toBe(0);

    const recorded = await recordEvents(store, 'odd-names', parsed);
    expect(recorded).toMatchObject({ accepted: 48, rejected: 0 });
    const stats = await readAbStats(store, 'odd-names');
    for (const name of NAMES)
      expect([name, stats.variants.A.metrics[name]?.n, stats.variants.B.metrics[name]?.n]).toEqual([name, 6, 6]);
    // The key `__proto__` is written to stats.json as a key, not dropped as a prototype.
    expect(
      Object.keys(
        JSON.parse(git(repo.dir, 'show', `mcpver/state:${abPaths.stats('odd-names')}`)).variants.A.metrics,
      ).sort(),
    ).toEqual([...NAMES].sort());

    const { result } = await analyzeStoredTest(store, 'odd-names');
    expect(result.metrics.map((m) => [m.name, m.nA, m.nB])).toEqual(NAMES.map((name) => [name, 6, 6]));
  });

  it('are analysed from a local events file', () => {
    const input = inputFromEvents(parseEvents(events()).events);
    const result = analyzeAbTest(definition(), input);
    expect(result.metrics.map((m) => [m.name, m.nA, m.nB, m.meanA])).toEqual(
      NAMES.map((name, k) => [name, 6, 6, 10 * k + 2.5]),
    );
  });
});
