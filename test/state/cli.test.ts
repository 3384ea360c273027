import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { mcpver } from '../helpers/cli.ts';
import { makeRepository } from './helpers.ts';

let repo: ReturnType<typeof makeRepository>;

beforeEach(() => {
  repo = makeRepository();
});
afterEach(() => repo.cleanup());

const state = (...args: string[]) => mcpver(['state', ...args, '--repo', repo.dir], repo.dir);

async function seed() {
  const store = new LocalStateStore({ cwd: repo.dir, now: () => new Date('2026-11-25T10:00:00Z') });
  await store.transact(
    'record release 1.1.0',
    async (tx) => {
      tx.writeJson('registry.json', { packages: { server: { releases: ['1.1.0'] } } });
      tx.writeJson('snapshots/server/1.1.0.json', { schemaVersion: 1 });
    },
    { actor: 'alice', operation: 'record-release' },
  );
}

describe('mcpver state', () => {
  it('says plainly when the folder is not a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'mcpver-not-a-repo-'));
    try {
      const result = await mcpver(['state', 'list', '--repo', plain], plain);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^mcpver: .*is not a git repository/);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('shows one state file as stored', async () => {
    await seed();
    const result = await state('show', 'registry.json');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '{\n  "packages": {\n    "server": {\n      "releases": [\n        "1.1.0"\n      ]\n    }\n  }\n}\n',
    );
  });

  it('lists state files under a prefix', async () => {
    await seed();
    const result = await state('list', 'snapshots/');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('snapshots/server/1.1.0.json\n');
  });

  it('prints the audit log, one line per operation', async () => {
    await seed();
    const result = await state('log');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      '2026-11-25T10:00:00.000Z  alice  record-release  record release 1.1.0  [registry.json, snapshots/server/1.1.0.json]\n',
    );
  });

  it('says what is missing when the file or the branch does not exist', async () => {
    const fails = async (args: string[], message: RegExp) => {
      const result = await state(...args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(message);
    };
    await fails(['show', 'registry.json'], /^mcpver: .*branch mcpver\/state of .* does not exist yet/);
    await seed();
    await fails(['show', 'nope.json'], /no file "nope.json" on the branch mcpver\/state/);
    await fails(['frobnicate'], /unknown state command "frobnicate"/);
    await fails(['show', '../outside.json'], /"..\/outside.json" is not a valid state path/);
  });
});
