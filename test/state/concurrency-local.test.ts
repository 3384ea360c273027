// 20 processes writing the same local state branch at once: git's `update-ref NEW OLD` is the
// compare-and-swap, and every update must survive.

import { afterAll, beforeAll, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { git, makeRepository } from './helpers.ts';

const run = promisify(execFile);
const PROCESSES = 20;
const TRANSACTIONS = 50;
const writer = fileURLToPath(new URL('./local-writer.ts', import.meta.url));

let repo: ReturnType<typeof makeRepository>;
beforeAll(() => {
  repo = makeRepository();
});
afterAll(() => repo.cleanup());

it('keeps every update of 20 processes writing the local state branch at once', async () => {
  const outputs = await Promise.all(
    Array.from({ length: PROCESSES }, (_, id) => run(process.execPath, ['--import', 'tsx', writer, repo.dir, String(id), String(TRANSACTIONS)], { timeout: 900_000 })),
  );
  const attempts = outputs.map((o) => JSON.parse(o.stdout) as { attempts: number }).reduce((sum, o) => sum + o.attempts, 0);

  const store = new LocalStateStore({ cwd: repo.dir });
  expect(await store.readJson('counter.json')).toEqual({ n: PROCESSES * TRANSACTIONS });
  expect(await store.list('updates/')).toHaveLength(PROCESSES * TRANSACTIONS);
  const log = (await store.read(`log/${new Date().toISOString().slice(0, 7)}.ndjson`))!.trimEnd().split('\n');
  expect(log).toHaveLength(PROCESSES * TRANSACTIONS);
  // Linear history, one commit per update: nothing was overwritten, nothing merged.
  expect(git(repo.dir, 'rev-list', '--count', 'mcpver/state')).toBe(String(PROCESSES * TRANSACTIONS));
  expect(git(repo.dir, 'rev-list', '--min-parents=2', 'mcpver/state')).toBe('');
  // The writers did collide (otherwise this test proves nothing about compare-and-swap).
  expect(attempts).toBeGreaterThan(PROCESSES * TRANSACTIONS);
}, 900_000);
