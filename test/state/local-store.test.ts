import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { StateConflictError, StateCorruptError } from '../../src/state/errors.ts';
import { git, makeRepository } from './helpers.ts';

const fixedNow = () => new Date('2026-11-25T10:00:00Z');
let cleanups: Array<() => void> = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

function setup() {
  const repo = makeRepository();
  cleanups.push(repo.cleanup);
  return { dir: repo.dir, store: new LocalStateStore({ cwd: repo.dir, now: fixedNow }) };
}

describe('the local state store', () => {
  it('bootstraps an orphan state branch with the first write, leaving the working tree and index alone', async () => {
    const { dir, store } = setup();
    writeFileSync(path.join(dir, 'untracked.txt'), 'mine\n');
    const mainBefore = git(dir, 'rev-parse', 'main');

    const { commit, attempts } = await store.transact(
      'record release',
      async (tx) => tx.writeJson('registry.json', { z: 1, a: { y: 2, b: 3 } }),
      {
        actor: 'alice',
        operation: 'record-release',
      },
    );

    expect(attempts).toBe(1);
    expect(git(dir, 'rev-parse', 'refs/heads/mcpver/state')).toBe(commit);
    expect(git(dir, 'rev-list', '--count', 'mcpver/state')).toBe('1');
    expect(git(dir, 'log', '-1', '--format=%P', 'mcpver/state')).toBe('');
    expect(git(dir, 'show', 'mcpver/state:registry.json')).toBe(
      '{\n  "a": {\n    "b": 3,\n    "y": 2\n  },\n  "z": 1\n}',
    );
    expect(git(dir, 'rev-parse', 'main')).toBe(mainBefore);
    expect(git(dir, 'status', '--porcelain')).toBe('?? untracked.txt');
    expect(readFileSync(path.join(dir, 'untracked.txt'), 'utf8')).toBe('mine\n');
  });

  it('writes sorted-key JSON with a trailing newline', async () => {
    const { store } = setup();
    await store.transact('w', async (tx) => tx.writeJson('a.json', { b: [{ d: 1, c: 2 }], a: null }));
    expect(await store.read('a.json')).toBe(
      '{\n  "a": null,\n  "b": [\n    {\n      "c": 2,\n      "d": 1\n    }\n  ]\n}\n',
    );
  });

  it('appends one audit-log line per committed operation, naming who, what and which files', async () => {
    const { store } = setup();
    await store.transact('first', async (tx) => tx.writeJson('x.json', { n: 1 }), {
      actor: 'alice',
      operation: 'op-one',
    });
    await store.transact('second', async (tx) => tx.delete('x.json'), {
      actor: 'bob',
      operation: 'op-two',
      details: { delivery: 'd-1' },
    });
    const lines = (await store.read('log/2026-11.ndjson'))!
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([
      { at: '2026-11-25T10:00:00.000Z', actor: 'alice', operation: 'op-one', message: 'first', paths: ['x.json'] },
      {
        at: '2026-11-25T10:00:00.000Z',
        actor: 'bob',
        operation: 'op-two',
        message: 'second',
        paths: ['x.json'],
        details: { delivery: 'd-1' },
      },
    ]);
    expect(await store.read('x.json')).toBeNull();
  });

  it('makes no commit when the transaction changed nothing', async () => {
    const { dir, store } = setup();
    const first = await store.transact('w', async (tx) => tx.writeJson('a.json', { v: 1 }));
    const again = await store.transact('same', async (tx) => tx.writeJson('a.json', { v: 1 }));
    const nothing = await store.transact('read only', async (tx) => (await tx.readJson<{ v: number }>('a.json'))!.v);
    expect(again.commit).toBeNull();
    expect(nothing).toEqual({ result: 1, commit: null, attempts: 1 });
    expect(git(dir, 'rev-parse', 'mcpver/state')).toBe(first.commit);
  });

  it('lets a transaction read its own writes and list files under a prefix', async () => {
    const { store } = setup();
    await store.transact('seed', async (tx) => {
      tx.writeJson('snapshots/pkg/1.0.0.json', {});
      tx.writeJson('snapshots/pkg/1.1.0.json', {});
      tx.writeJson('reports/pkg/1.0.0..1.1.0.json', {});
    });
    const { result } = await store.transact('edit', async (tx) => {
      tx.delete('snapshots/pkg/1.0.0.json');
      tx.writeJson('snapshots/pkg/2.0.0.json', { v: 2 });
      return { listed: await tx.list('snapshots/'), read: await tx.readJson('snapshots/pkg/2.0.0.json') };
    });
    expect(result).toEqual({ listed: ['snapshots/pkg/1.1.0.json', 'snapshots/pkg/2.0.0.json'], read: { v: 2 } });
    expect(await store.list('snapshots/')).toEqual(['snapshots/pkg/1.1.0.json', 'snapshots/pkg/2.0.0.json']);
  });

  it('refuses to write over a file it cannot parse, naming the path and the commit', async () => {
    const { dir, store } = setup();
    const { commit } = await store.transact('seed', async (tx) => tx.write('registry.json', '{ not json'));
    const attempt = store.transact('update', async (tx) => {
      const registry = (await tx.readJson<Record<string, unknown>>('registry.json')) ?? {};
      tx.writeJson('registry.json', { ...registry, added: true });
    });
    await expect(attempt).rejects.toThrow(StateCorruptError);
    await expect(attempt).rejects.toThrow(`"registry.json" at commit ${commit}`);
    expect(git(dir, 'rev-parse', 'mcpver/state')).toBe(commit);
  });

  it('re-applies the transaction when another writer moved the branch in between', async () => {
    const { dir, store } = setup();
    await store.transact('seed', async (tx) => tx.writeJson('counter.json', { n: 0 }));
    const other = new LocalStateStore({ cwd: dir, now: fixedNow });
    let runs = 0;
    const { result, attempts } = await store.transact('increment', async (tx) => {
      const n = (await tx.readJson<{ n: number }>('counter.json'))!.n;
      if (runs++ === 0) await other.transact('sneak in', async (o) => o.writeJson('counter.json', { n: n + 10 }));
      tx.writeJson('counter.json', { n: n + 1 });
      return n + 1;
    });
    expect(attempts).toBe(2);
    expect(result).toBe(11);
    expect(await store.readJson('counter.json')).toEqual({ n: 11 });
    expect(git(dir, 'rev-list', '--count', 'mcpver/state')).toBe('3');
  });

  it('gives up with a StateConflictError after the bounded number of attempts, writing nothing of its own', async () => {
    const { dir } = setup();
    const store = new LocalStateStore({ cwd: dir, now: fixedNow, retry: { maxAttempts: 3, sleep: async () => {} } });
    const other = new LocalStateStore({ cwd: dir, now: fixedNow });
    let i = 0;
    const attempt = store.transact('never wins', async (tx) => {
      await other.transact('always first', async (o) => o.writeJson('other.json', { i: i++ }));
      tx.writeJson('mine.json', {});
    });
    await expect(attempt).rejects.toThrow(StateConflictError);
    await expect(attempt).rejects.toThrow('3 attempts');
    expect(await other.read('mine.json')).toBeNull();
    expect(await other.readJson('other.json')).toEqual({ i: 2 });
  });
  it("retries, rather than crashes, when another writer holds the state ref's lock file at that instant", async () => {
    const { dir } = setup();
    const lock = path.join(dir, '.git/refs/heads/mcpver/state.lock');
    const sleeps: number[] = [];
    // The other writer's lock is released during the first backoff, as a real writer's would be.
    const store = new LocalStateStore({
      cwd: dir,
      now: fixedNow,
      retry: {
        sleep: async (ms) => {
          sleeps.push(ms);
          rmSync(lock, { force: true });
        },
      },
    });
    await store.transact('first', async (tx) => tx.writeJson('a.json', { n: 1 }));
    writeFileSync(lock, 'held by another writer\n');

    const { attempts } = await store.transact('second', async (tx) => tx.writeJson('a.json', { n: 2 }));

    expect(attempts).toBe(2);
    expect(sleeps).toHaveLength(1);
    expect(existsSync(lock)).toBe(false);
    expect(await store.readJson('a.json')).toEqual({ n: 2 });
  });
});
