// Rollback points made at the same moment by several writers (a release and a merged migration,
// or a script): each one lands, tag and record, because their records commute and are retried.

import { afterEach, expect, it } from 'vitest';
import { createRollbackPoint, findOrphanTags, listRollbackPoints } from '../../src/rollback/points.ts';
import { LocalRollbackRepository } from '../../src/rollback/local-repository.ts';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const repos: TempRepo[] = [];
afterEach(() => repos.splice(0).forEach((r) => r.remove()));

it('makes 8 rollback points requested at once, none refused, none without its record', async () => {
  const repo = tempRepo('mcpver-rollback-concurrent-');
  repos.push(repo);
  const commits: string[] = [];
  for (let i = 0; i < 8; i++) {
    repo.write('server.js', `export const version = ${i};\n`);
    commits.push(repo.commit(`release 1.${i}.0`, `v1.${i}.0`));
  }
  const ctx = () => ({
    repo: new LocalRollbackRepository(repo.dir),
    store: new LocalStateStore({ cwd: repo.dir }),
    actor: 'test',
  });
  const made = await Promise.all(
    commits.map((commit, i) =>
      createRollbackPoint(ctx(), {
        package: 'weather',
        version: `1.${i}.0`,
        commit,
        reason: 'release',
        note: `release 1.${i}.0`,
      }),
    ),
  );
  expect(made.map((m) => m.created)).toEqual(Array(8).fill(true));
  const store = new LocalStateStore({ cwd: repo.dir });
  expect((await listRollbackPoints(store)).map((p) => p.version).sort()).toEqual(commits.map((_, i) => `1.${i}.0`));
  expect(await findOrphanTags({ repo: new LocalRollbackRepository(repo.dir), store })).toEqual([]);
});
