// Concurrent writers against the GitHub double, with another writer moving the branch behind their
// backs: every update must be there, nothing forced, the history linear. The test asserts outcomes,
// not how often the writers collided (that depends on the machine); STRESS_WRITERS=50 runs more.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';

const WRITERS = Number(process.env.STRESS_WRITERS ?? 12);
const TRANSACTIONS = 10;
const UPDATES = WRITERS * TRANSACTIONS;
/**
 * N writers on one ref means N - 1 of them lose each round; the default bound (8 attempts) is sized
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

it(`keeps all ${UPDATES} updates of ${WRITERS} concurrent writers while the branch is moved under them, never forcing`, async () => {
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
  expect(files).toHaveLength(UPDATES);
  expect(await seed.readJson('counter.json')).toEqual({ n: UPDATES });
  // One audit line per update, in whichever month files the run spanned.
  const log: Array<{ operation: string }> = [];
  for (const file of await seed.list('log/'))
    log.push(
      ...(await seed.read(file))!
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
  expect(log.filter((e) => e.operation === 'stress')).toHaveLength(UPDATES);

  const updates = double.requests.filter(
    (r) => r.method === 'PATCH' && r.path.endsWith('/git/refs/heads/mcpver/state'),
  );
  expect(updates.every((r) => (r.body as { force?: boolean }).force === false)).toBe(true);
  expect(updates.filter((r) => r.status === 200)).toHaveLength(UPDATES);
  // The mover's first commit follows the fifth read of the branch, one of the writers' first reads, so
  // that writer's update is refused (422) and retried: certain by construction, whatever the writers'
  // own collisions.
  expect(mover.moves).toBeGreaterThan(0);
  expect(updates.filter((r) => r.status === 422).length).toBeGreaterThan(0);
  // A linear history: the seed, every update, and the other writer's moves, each on top of the last.
  const git = double.repository('acme/server').git;
  expect(Number(await git.text(['rev-list', '--count', 'refs/heads/mcpver/state']))).toBe(1 + UPDATES + mover.moves);
  expect(await git.text(['rev-list', '--min-parents=2', 'refs/heads/mcpver/state'])).toBe('');
}, 1_500_000);
