// takeSnapshot and takeSnapshotAtRef: a package directory or a git ref, in real temporary
// repositories, with the example server started for real.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Git, GitError } from '../../src/git.ts';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeSnapshot, takeSnapshotAtRef } from '../../src/surface/snapshot.ts';
import { READER_REVISION } from '../../src/surface/reader-revision.ts';
import { EXAMPLE_COMMAND, EXAMPLES, git, isAlive, makeExampleRepository, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** The worktrees git knows of, besides the main one: a snapshot must leave none behind. */
function extraWorktrees(repo: string): string[] {
  return git(repo, 'worktree', 'list', '--porcelain')
    .split('\n')
    .filter((line) => line.startsWith('worktree '))
    .slice(1);
}

describe('takeSnapshot', () => {
  it('records the package and the runtime MCP surface of a package directory, and how they were taken', async () => {
    const snapshot = await takeSnapshot({ dir: path.join(EXAMPLES, 'server-v1'), command: EXAMPLE_COMMAND });
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.package).toMatchObject({
      name: 'notes-mcp-server',
      version: '1.0.0',
      type: 'module',
      bin: { 'notes-mcp-server': 'build/index.js' },
      engines: { node: '>=20' },
    });
    expect(snapshot.mcp?.tools.map((t) => t.name)).toEqual(['add_note', 'list_notes', 'search_notes', 'delete_note']);
    expect(snapshot.provenance).toEqual({
      package: 'manifest',
      mcp: 'runtime',
      command: EXAMPLE_COMMAND,
      reader: READER_REVISION,
      warnings: [],
    });
    expect(snapshot.typescript).toBeNull();
    expect(snapshot.config).toBeNull();
  });

  it('has no mcp part when no command is given', async () => {
    const snapshot = await takeSnapshot({ dir: path.join(EXAMPLES, 'server-v2') });
    expect(snapshot.package?.version).toBe('1.1.0');
    expect(snapshot.mcp).toBeNull();
    expect(snapshot.provenance.mcp).toBeUndefined();
  });

  it('runs install, then build, in the package directory before starting the server', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'ordered', version: '0.1.0' }));
    const snapshot = await takeSnapshot({
      dir,
      install: 'echo "install in $(pwd)" >> steps.txt',
      build: 'echo build >> steps.txt && echo "$GREETING" >> steps.txt',
      env: { GREETING: 'hello from env' },
    });
    expect(readFileSync(path.join(dir, 'steps.txt'), 'utf8')).toBe(`install in ${dir}\nbuild\nhello from env\n`);
    expect(snapshot.package?.name).toBe('ordered');
  });

  it('fails with the tail of the output when the build fails, and never starts the server', async () => {
    const pids: number[] = [];
    const error = await takeSnapshot({
      dir: path.join(EXAMPLES, 'server-v1'),
      build: 'echo "src/index.ts(3,1): error TS2304: Cannot find name foo" >&2; exit 2',
      command: EXAMPLE_COMMAND,
      onSpawn: (pid) => pids.push(pid),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toContain('The build command "echo');
    expect((error as Error).message).toContain('failed with exit code 2');
    expect((error as Error).message).toContain('error TS2304: Cannot find name foo');
    expect(pids).toEqual([]);
  });

  it('stops an install that runs past its deadline, with everything it started', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{"name": "slow", "version": "1.0.0"}');
    const error = await takeSnapshot({
      dir,
      install: 'echo fetching; sleep 30 & echo $! > sleeper.pid; wait',
      setupTimeoutMs: 1000,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('did not finish within 1 s and was stopped');
    expect((error as Error).message).toContain('fetching');
    const sleeper = Number(readFileSync(path.join(dir, 'sleeper.pid'), 'utf8'));
    for (let i = 0; i < 40 && isAlive(sleeper); i++) await new Promise((r) => setTimeout(r, 50));
    expect(isAlive(sleeper)).toBe(false);
  });

  it('names the file, line and column of a package.json that is not JSON', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'package.json'), '{\n  "name": "broken",\n  "version": "1.0.0",\n}\n');
    const error = await takeSnapshot({ dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toBe(
      `${path.join(dir, 'package.json')}:4:1: invalid JSON: property name expected near "}\\n".`,
    );
  });

  it('says when the directory has no package.json', async () => {
    const dir = tempDir();
    const error = await takeSnapshot({ dir }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(`There is no readable package.json in ${dir}`);
  });

  it('lets extra part readers fill the typescript part and add warnings', async () => {
    const snapshot = await takeSnapshot({
      dir: path.join(EXAMPLES, 'server-v1'),
      extraParts: [
        async ({ dir, snapshot: partial }) => ({
          typescript: { entryPoints: { '.': 'build/index.d.ts' }, declarations: [] },
          provenance: {
            typescript: 'static',
            warnings: [{ part: 'typescript', message: `read ${partial.package?.name} in ${path.basename(dir)}` }],
          },
        }),
      ],
    });
    expect(snapshot.typescript).toEqual({ entryPoints: { '.': 'build/index.d.ts' }, declarations: [] });
    expect(snapshot.provenance.typescript).toBe('static');
    expect(snapshot.provenance.warnings).toEqual([
      { part: 'typescript', message: 'read notes-mcp-server in server-v1' },
    ]);
  });

  it('lets a part reader supply the MCP surface when no server is started', async () => {
    const snapshot = await takeSnapshot({
      dir: path.join(EXAMPLES, 'server-v2'),
      extraParts: [
        async ({ snapshot: partial }) => ({
          mcp: partial.mcp ?? {
            capabilities: { tools: {} },
            tools: [{ name: 'from_source', inputSchema: { type: 'object' } }],
            prompts: [],
            resources: [],
            resourceTemplates: [],
          },
          provenance: { mcp: 'static' },
        }),
      ],
    });
    expect(snapshot.mcp?.tools.map((t) => t.name)).toEqual(['from_source']);
    expect(snapshot.provenance.mcp).toBe('static');
  });
});

describe('takeSnapshotAtRef', () => {
  it('snapshots each tag in a temporary worktree and records the ref and commit', async () => {
    const repo = makeExampleRepository();
    const gitReader = new Git(repo);
    const before = await takeSnapshotAtRef(gitReader, 'v1.0.0', { command: EXAMPLE_COMMAND });
    const after = await takeSnapshotAtRef(gitReader, 'v1.1.0', { command: EXAMPLE_COMMAND });
    expect(before.package?.version).toBe('1.0.0');
    expect(after.package?.version).toBe('1.1.0');
    expect(before.mcp?.tools.map((t) => t.name)).toContain('delete_note');
    expect(after.mcp?.tools.map((t) => t.name)).toContain('archive_note');
    expect(before.provenance).toMatchObject({
      ref: 'v1.0.0',
      commit: git(repo, 'rev-parse', 'v1.0.0^{commit}'),
      mcp: 'runtime',
    });
    expect(after.provenance.commit).toBe(git(repo, 'rev-parse', 'HEAD'));
    expect(extraWorktrees(repo)).toEqual([]);
  });

  it('reads a package below the repository root', async () => {
    const repo = tempDir();
    git(repo, 'init', '--quiet');
    const pkg = path.join(repo, 'packages', 'server');
    mkdirSync(pkg, { recursive: true });
    writeFileSync(path.join(pkg, 'package.json'), '{"name": "@acme/server", "version": "2.0.0", "bin": "cli.js"}');
    git(repo, 'add', '--all');
    git(repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '--quiet', '-m', 'server');
    const snapshot = await takeSnapshotAtRef(new Git(repo), 'HEAD', { path: 'packages/server' });
    expect(snapshot.package).toMatchObject({ name: '@acme/server', bin: { server: 'cli.js' } });
    expect(snapshot.provenance.ref).toBe('HEAD');
  });

  it('removes the worktree when the snapshot fails there', async () => {
    const repo = makeExampleRepository();
    const where = path.join(tempDir(), 'where.txt');
    const error = await takeSnapshotAtRef(new Git(repo), 'v1.0.0', {
      install: `pwd > '${where}'; echo "npm ERR! network unreachable" >&2; exit 1`,
      command: EXAMPLE_COMMAND,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toContain('npm ERR! network unreachable');
    const worktree = readFileSync(where, 'utf8').trim();
    expect(worktree).toContain('mcpver-worktree-');
    expect(existsSync(worktree)).toBe(false);
    expect(extraWorktrees(repo)).toEqual([]);
  });

  it('names a ref that does not exist', async () => {
    const repo = makeExampleRepository();
    const error = await takeSnapshotAtRef(new Git(repo), 'v9.9.9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitError);
    expect((error as Error).message).toContain('The ref "v9.9.9" does not exist');
  });
});
