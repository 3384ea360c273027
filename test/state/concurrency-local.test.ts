// Processes writing the same local state branch at once: git's `update-ref NEW OLD` is the
// compare-and-swap, and every update must survive. The test asserts the outcome (every update kept,
// nothing forced, a linear history), not that the writers collided: how often they do depends on
// the machine, and the outcome must hold either way.

import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { LocalStateStore } from '../../src/state/local-store.ts';
import type { AuditEntry } from '../../src/state/types.ts';
import { git, makeRepository } from './helpers.ts';

const run = promisify(execFile);
const PROCESSES = 8;
const TRANSACTIONS = 15;
const UPDATES = PROCESSES * TRANSACTIONS;
const ZERO_OID = '0'.repeat(40);
/** It must end: the writers are killed, and the test fails, past this (a loaded machine takes minutes). */
const MUST_END_MS = 1_200_000;

let repo: ReturnType<typeof makeRepository>;
beforeAll(() => {
  repo = makeRepository();
});
afterAll(() => repo.cleanup());

it(
  `keeps every update of ${PROCESSES} processes writing the local state branch at once, never forcing`,
  async () => {
    await Promise.all(
      Array.from({ length: PROCESSES }, (_, id) =>
        run(process.execPath, [inject('bundles').stateWriter, repo.dir, String(id), String(TRANSACTIONS)], {
          timeout: MUST_END_MS,
        }),
      ),
    );

    const store = new LocalStateStore({ cwd: repo.dir });
    expect(await store.readJson('counter.json')).toEqual({ n: UPDATES });
    expect(await store.list('updates/')).toHaveLength(UPDATES);
    // One audit line per update, in whichever month files the run spanned.
    const logFiles = await store.list('log/');
    expect(logFiles.length).toBeGreaterThan(0);
    const entries: AuditEntry[] = [];
    for (const file of logFiles)
      entries.push(
        ...(await store.read(file))!
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line) as AuditEntry),
      );
    expect(entries.filter((e) => e.operation === 'stress')).toHaveLength(UPDATES);

    // Linear history, one commit per update: nothing was overwritten, nothing merged.
    expect(git(repo.dir, 'rev-list', '--count', 'mcpver/state')).toBe(String(UPDATES));
    expect(git(repo.dir, 'rev-list', '--min-parents=2', 'mcpver/state')).toBe('');
    // Never forced: the branch's reflog records each move, and each went from the tip then to a commit
    // made on top of it (git's log line: "<old> <new> <who> <when>\t<message>").
    const moves = readFileSync(path.join(repo.dir, '.git/logs/refs/heads/mcpver/state'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.split(' ').slice(0, 2) as [string, string]);
    expect(moves).toHaveLength(UPDATES);
    const parentsOf = new Map(
      git(repo.dir, 'rev-list', '--parents', 'mcpver/state')
        .split('\n')
        .map((line) => line.split(' '))
        .map(([commit, ...parents]) => [commit!, parents]),
    );
    let tip = ZERO_OID;
    for (const [from, to] of moves) {
      expect(from).toBe(tip);
      expect(parentsOf.get(to)).toEqual(from === ZERO_OID ? [] : [from]);
      tip = to;
    }
    expect(tip).toBe(git(repo.dir, 'rev-parse', 'mcpver/state'));
  },
  MUST_END_MS,
);
