// 50 writers × 20 transactions each against the GitHub double, with another writer moving the
// branch behind their backs: every one of the 1,000 updates must be there, and nothing forced.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';

const WRITERS = Number(process.env.STRESS_WRITERS ?? 50);
const TRANSACTIONS = 20;
/**
 * 50 writers on one ref means 49 of them lose each round; the default bound (8 attempts) is sized
 * for the handful of writers a repository really has, so this stress test allows many more.
 */
const STRESS_RETRY = { maxAttempts: 400, baseDelayMs: 50, maxDelayMs: 4000 };

let double: GitHubDouble;
beforeAll(async () => {
  double = await GitHubDouble.start({ logResponses: false });
  await double.createRepository('acme/server');
  double.addToken('ghs_writer', 'mcpver[bot]');
});
afterAll(() => double.close());

it('keeps all 1,000 updates of 50 concurrent writers while the branch is moved under them, never forcing', async () => {
  const octokit = new Octokit({ auth: 'ghs_writer', baseUrl: double.url });
  const seed = new GitHubStateStore({ octokit, owner: 'acme', repo: 'server' });
  await seed.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
  const mover = double.faults.moveBranchAfterReads('acme/server', 'mcpver/state', 5, 97);

  await Promise.all(
    Array.from({ length: WRITERS }, async (_, writer) => {
      const store = new GitHubStateStore({ octokit, owner: 'acme', repo: 'server', retry: STRESS_RETRY });
      for (let n = 0; n < TRANSACTIONS; n++) {
        await store.transact(
          `update ${writer}/${n}`,
          async (tx) => {
            const counter = (await tx.readJson<{ n: number }>('counter.json'))!;
            tx.writeJson('counter.json', { n: counter.n + 1 });
            tx.writeJson(`updates/w${writer}/${n}.json`, { writer, n });
          },
          { actor: `writer-${writer}`, operation: 'stress' },
        );
      }
    }),
  );

  const files = await seed.list('updates/');
  expect(files).toHaveLength(WRITERS * TRANSACTIONS);
  expect(await seed.readJson('counter.json')).toEqual({ n: WRITERS * TRANSACTIONS });
  const log = (await seed.read(`log/${new Date().toISOString().slice(0, 7)}.ndjson`))!.trimEnd().split('\n').map((l) => JSON.parse(l));
  expect(log.filter((e) => e.operation === 'stress')).toHaveLength(WRITERS * TRANSACTIONS);

  const updates = double.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/git/refs/heads/mcpver/state'));
  expect(updates.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true);
  expect(updates.filter((r) => r.status === 200)).toHaveLength(WRITERS * TRANSACTIONS);
  expect(updates.filter((r) => r.status === 422).length).toBeGreaterThan(0);
  expect(mover.moves).toBeGreaterThan(0);
  // A linear history: the seed, every update, and the other writer's moves, each on top of the last.
  const git = double.repository('acme/server').git;
  expect(Number(await git.text(['rev-list', '--count', 'refs/heads/mcpver/state']))).toBe(1 + WRITERS * TRANSACTIONS + mover.moves);
  expect(await git.text(['rev-list', '--min-parents=2', 'refs/heads/mcpver/state'])).toBe('');
}, 1_500_000);
