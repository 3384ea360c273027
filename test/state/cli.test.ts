import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { stateCommand } from '../../src/cli/state.ts';
import { makeRepository } from './helpers.ts';

let repo: ReturnType<typeof makeRepository>;
let out: string[];
let err: string[];

beforeEach(async () => {
  repo = makeRepository();
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((text) => (out.push(String(text)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => (err.push(String(text)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  repo.cleanup();
});

async function seed() {
  const store = new LocalStateStore({ cwd: repo.dir, now: () => new Date('2026-11-25T10:00:00Z') });
  await store.transact('record release 1.1.0', async (tx) => {
    tx.writeJson('registry.json', { packages: { server: { releases: ['1.1.0'] } } });
    tx.writeJson('snapshots/server/1.1.0.json', { schemaVersion: 1 });
  }, { actor: 'alice', operation: 'record-release' });
}

describe('mcpver state', () => {
  it('says plainly when the folder is not a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'mcpver-not-a-repo-'));
    try {
      await expect(stateCommand(['list', '--repo', plain])).rejects.toMatchObject({ name: 'UsageError', message: expect.stringContaining('is not a git repository') });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('shows one state file as stored', async () => {
    await seed();
    expect(await stateCommand(['show', 'registry.json', '--repo', repo.dir])).toBe(0);
    expect(out.join('')).toBe('{\n  "packages": {\n    "server": {\n      "releases": [\n        "1.1.0"\n      ]\n    }\n  }\n}\n');
  });

  it('lists state files under a prefix', async () => {
    await seed();
    expect(await stateCommand(['list', 'snapshots/', '--repo', repo.dir])).toBe(0);
    expect(out.join('')).toBe('snapshots/server/1.1.0.json\n');
  });

  it('prints the audit log, one line per operation', async () => {
    await seed();
    expect(await stateCommand(['log', '--repo', repo.dir])).toBe(0);
    expect(out.join('')).toBe('2026-11-25T10:00:00.000Z  alice  record-release  record release 1.1.0  [registry.json, snapshots/server/1.1.0.json]\n');
  });

  it('says what is missing when the file or the branch does not exist', async () => {
    await expect(stateCommand(['show', 'registry.json', '--repo', repo.dir])).rejects.toThrow(/branch mcpver\/state of .* does not exist yet/);
    await seed();
    await expect(stateCommand(['show', 'nope.json', '--repo', repo.dir])).rejects.toThrow(/no file "nope.json" on the branch mcpver\/state/);
    await expect(stateCommand(['frobnicate', '--repo', repo.dir])).rejects.toThrow(/unknown state command "frobnicate"/);
    await expect(stateCommand(['show', '../outside.json', '--repo', repo.dir])).rejects.toThrow(/"..\/outside.json" is not a valid state path/);
  });
});
