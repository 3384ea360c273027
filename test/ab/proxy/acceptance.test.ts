// The acceptance scenario: a repository with two versions of a small server; the proxy
// started 20 times (`--unit u1` … `--unit u20`) by an SDK client making five tool calls each; then
// `mcpver ab analyze --test <id> --json` shows both arms, 20 units, response_time and error.

import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { assignVariant } from '../../../src/ab/assign.ts';
import type { Variant } from '../../../src/ab/test.ts';
import { LocalStateStore } from '../../../src/state/local-store.ts';
import { mcpver } from '../../helpers/cli.ts';
import { connect, inBatches, makeVersionsRepo, proxyOn, storedEvents, TEST_ID, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

describe('mcpver ab proxy on live traffic', () => {
  it('sends each of 20 units to one version, records their calls, and the analysis shows both arms', async () => {
    repo = makeVersionsRepo();
    const units = Array.from({ length: 20 }, (_, i) => `u${i + 1}`);
    const landed = new Map<string, { variant: Variant; serverVersion: string }[]>();

    // Each unit's session twice: once in the first pass, again in the second, to see it land on the same version.
    for (const pass of [1, 2]) {
      await inBatches(pass === 1 ? units : units.slice(0, 5), 3, async (unit) => {
        const { proxy } = await proxyOn(repo!);
        const session = await connect(proxy, unit);
        for (let i = 0; i < (pass === 1 ? 4 : 1); i++) {
          const result = await session.client.callTool({ name: 'lookup', arguments: { key: `${unit}-${i}` } });
          expect(result.content).toEqual([{ type: 'text', text: `value of ${unit}-${i}` }]);
        }
        if (pass === 1) await session.client.callTool({ name: 'fail', arguments: {} });
        landed.set(unit, [
          ...(landed.get(unit) ?? []),
          { variant: session.opened.variant, serverVersion: session.client.getServerVersion()!.version },
        ]);
        await session.close();
        await proxy.close();
      });
    }

    // The same unit always landed on the same version: the one assignVariant gives it.
    for (const unit of units) {
      const sessions = landed.get(unit)!;
      const expected = assignVariant(TEST_ID, unit, { A: 50, B: 50 });
      for (const s of sessions) {
        expect(s.variant).toBe(expected);
        expect(s.serverVersion).toBe(expected === 'A' ? '1.0.0' : '1.1.0');
      }
    }

    // Every call is on the state branch, with its unit and its variant; the stored units match.
    const events = await storedEvents(repo.dir);
    const responseTimes = events.filter((e) => e.metric === 'response_time');
    expect(responseTimes).toHaveLength(20 * 5 + 5);
    for (const e of events) expect(e.variant).toBe(landed.get(e.unit!)![0]!.variant);
    // `fail` fails in 1.0.0 only: A's errors are its `fail` calls, B has none.
    const errors = (variant: Variant) =>
      events.filter((e) => e.metric === 'error' && e.variant === variant && e.value === 1).length;
    expect(errors('A')).toBe(units.filter((u) => landed.get(u)![0]!.variant === 'A').length);
    expect(errors('B')).toBe(0);

    const run = await mcpver(['ab', 'analyze', '--test', TEST_ID, '--json'], repo.dir);
    expect(run.stderr).toBe('');
    const analysis = JSON.parse(run.stdout);
    const counts = analysis.health.srm.counts as Record<Variant, number>;
    expect(counts.A).toBeGreaterThan(0);
    expect(counts.B).toBeGreaterThan(0);
    expect(counts.A + counts.B).toBe(20);
    expect(counts.A).toBe(units.filter((u) => assignVariant(TEST_ID, u) === 'A').length);
    const metrics = Object.fromEntries(analysis.metrics.map((m: { name: string }) => [m.name, m]));
    expect(metrics.response_time).toMatchObject({ nA: counts.A, nB: counts.B });
    expect(metrics.error).toMatchObject({ nA: counts.A, nB: counts.B, meanB: 0 });
    // The test was created from .github/mcpver.yml with the first batch.
    const stored = await new LocalStateStore({ cwd: repo.dir }).readJson<{ versions: unknown }>(
      `ab/${TEST_ID}/test.json`,
    );
    expect(stored?.versions).toEqual({ A: '1.0.0', B: '1.1.0' });
    expect(readFileSync(`${repo.dir}/server.mjs`, 'utf8')).toContain("VERSION = '1.1.0'");
  }, 600_000);
});
