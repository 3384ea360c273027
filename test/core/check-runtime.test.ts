// The check on real repositories, as the runtime path needs it: which release is "previous", the
// working tree never written to, API keys from the environment, and the previous release as
// published on the npm registry.

import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.ts';
import { renderReportJson, stableJson } from '../../src/render/json.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { ROOT } from '../helpers/cli.ts';

const ENV_SERVER = path.join(ROOT, 'test/fixtures/servers/env-server.mjs');
const KEY = 'fx-live-0a1b2c3d4e5f6a7b8c9d';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

function logs(): { log: (message: string) => void; lines: string[] } {
  const lines: string[] = [];
  return { lines, log: (message) => lines.push(message) };
}

describe('the default previous release', () => {
  function twoReleases(): TempRepo {
    const made = tempRepo();
    made.write('package.json', { name: 'srv', version: '1.0.0' });
    made.commit('1.0.0', 'v1.0.0');
    made.write('package.json', { name: 'srv', version: '1.1.0' });
    made.commit('1.1.0', 'v1.1.0');
    return made;
  }

  it('is the tag below a freshly tagged HEAD, not the tag itself', async () => {
    repo = twoReleases();
    const { report } = await runCheck({ cwd: repo.dir, to: 'HEAD' });
    expect(report.from).toEqual({ ref: 'v1.0.0', version: '1.0.0' });
  });

  it('is the tag below when the working tree is that release, unchanged', async () => {
    repo = twoReleases();
    const { report } = await runCheck({ cwd: repo.dir });
    expect(report.from).toEqual({ ref: 'v1.0.0', version: '1.0.0' });
  });

  it('is the release itself for a pending change that still carries its version', async () => {
    repo = twoReleases();
    repo.write('README.md', 'a pending change\n');
    const { report } = await runCheck({ cwd: repo.dir });
    expect(report.from).toEqual({ ref: 'v1.1.0', version: '1.1.0' });
  });
});

describe('the working tree', () => {
  it('is built in a copy, with its uncommitted changes, and never written to', async () => {
    repo = tempRepo();
    repo.write('.gitignore', 'built.txt\nnode_modules/\n');
    repo.write('package.json', { name: 'srv', version: '1.0.0' });
    repo.commit('1.0.0', 'v1.0.0');
    // Uncommitted: a new version and a build that reads an untracked file.
    repo.write('package.json', { name: 'srv', version: '1.0.1', bin: { srv: 'built.txt' } });
    repo.write('notes.txt', 'untracked input\n');
    // The build fails where the untracked file is missing: it must reach the copy of the working tree.
    const build = `node -e "const fs = require('fs'); fs.writeFileSync('built.txt', fs.existsSync('notes.txt') || require('./package.json').version === '1.0.0' ? 'ok' : process.exit(4))"`;
    const { report, new: next } = await runCheck({ cwd: repo.dir, overrides: { build, install: 'none' } });
    expect(report.to.version).toBe('1.0.1');
    expect(next.package!.bin).toEqual({ srv: 'built.txt' });
    expect(existsSync(path.join(repo.dir, 'built.txt'))).toBe(false);
    expect(repo.git('status', '--porcelain')).toBe(' M package.json\n?? notes.txt\n');
    expect(repo.git('worktree', 'list').trim().split('\n')).toHaveLength(1);
  });

  it('runs an install command in a copy too', async () => {
    repo = tempRepo();
    repo.write('package.json', { name: 'srv', version: '1.0.0' });
    repo.commit('1.0.0', 'v1.0.0');
    const install = `node -e "require('fs').writeFileSync('installed.txt', '')"`;
    await runCheck({ cwd: repo.dir, from: 'v1.0.0', overrides: { install } });
    expect(existsSync(path.join(repo.dir, 'installed.txt'))).toBe(false);
  });
});

describe('a server that needs an API key', () => {
  function keyedRepository(): TempRepo {
    const made = tempRepo();
    made.write(
      '.github/mcpver.yml',
      `packages:\n  - command: node ${ENV_SERVER}\n    pass-env: [FIXTURE_API_KEY]\n    typescript: false\n`,
    );
    made.write('package.json', { name: 'keyed', version: '1.0.0' });
    made.commit('1.0.0', 'v1.0.0');
    made.write('package.json', { name: 'keyed', version: '1.0.1' });
    made.commit('1.0.1', 'v1.0.1');
    return made;
  }

  it('is checked with pass-env from the environment, and the key is in no report or snapshot', async () => {
    repo = keyedRepository();
    const secrets: string[] = [];
    const { lines, log } = logs();
    const result = await runCheck({
      cwd: repo.dir,
      to: 'v1.0.1',
      environment: { FIXTURE_API_KEY: KEY },
      log,
      onSecret: (v) => secrets.push(v),
    });
    expect(result.new.mcp!.tools.map((t) => t.name)).toEqual(['search']);
    expect(result.report.verdict).toBe('ok');
    expect(secrets).toEqual([KEY]);
    for (const text of [
      renderReportJson(result.report),
      stableJson(result.old),
      stableJson(result.new),
      lines.join('\n'),
    ])
      expect(text).not.toContain(KEY);
  });

  it('says by name which passed variable is not set, and fails with what the server said', async () => {
    repo = keyedRepository();
    const { lines, log } = logs();
    const error = await runCheck({ cwd: repo.dir, to: 'v1.0.1', environment: {}, log }).catch((e: unknown) => e);
    expect(lines.join('\n')).toContain("pass-env: FIXTURE_API_KEY is not set in mcpver's environment");
    expect((error as Error).message).toContain('FIXTURE_API_KEY is not set: get a key and export it.');
  });
});

describe('a server over streamable HTTP', () => {
  it('is started for each version with its command, waited for at its URL, and compared', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const server = path.join(ROOT, 'test/fixtures/servers/http-server.mjs');
    repo = tempRepo();
    repo.write(
      '.github/mcpver.yml',
      `packages:\n  - command: node ${server} --port ${port} --tools-file tools.txt\n    transport: http\n    url: http://127.0.0.1:${port}/mcp\n    typescript: false\n`,
    );
    repo.write('tools.txt', 'search,fetch');
    repo.write('package.json', { name: 'over-http', version: '1.0.0' });
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('tools.txt', 'search');
    repo.write('package.json', { name: 'over-http', version: '1.0.1' });
    repo.commit('1.0.1', 'v1.0.1');
    const { report, old, new: next } = await runCheck({ cwd: repo.dir, to: 'v1.0.1' });
    expect(old!.provenance.url).toBe(`http://127.0.0.1:${port}/mcp`);
    expect(old!.mcp!.tools.map((t) => t.name)).toEqual(['search', 'fetch']);
    expect(next.mcp!.tools.map((t) => t.name)).toEqual(['search']);
    expect(report.verdict).toBe('under-bumped');
    expect(report.changes.map((c) => c.subject)).toContain('tool:fetch');
  });
});

describe('the previous release from the npm registry', () => {
  const MEMORY_2026 = pathToFileURL(path.join(ROOT, 'node_modules/memory-2026-08/dist/index.js')).href;

  it('is read as published (no checkout, no build), and the new version from the working tree', async () => {
    repo = tempRepo();
    // The tag holds no built server at all: only the published package can answer for 2025.4.25.
    repo.write('package.json', { name: '@modelcontextprotocol/server-memory', version: '2025.4.25' });
    repo.commit('2025.4.25', 'v2025.4.25');
    repo.write('package.json', { name: '@modelcontextprotocol/server-memory', version: '2026.8.31' });
    repo.write('dist/index.js', `import '${MEMORY_2026}';\n`);
    repo.commit('2026.8.31');
    const { lines, log } = logs();
    const steps: string[] = [];
    const { report, old } = await runCheck({
      cwd: repo.dir,
      command: 'node dist/index.js',
      overrides: { previous: 'registry' },
      log,
      progress: { start: (step) => (steps.push(step), () => undefined) },
    });
    expect(report.from).toEqual({ ref: 'v2025.4.25', version: '2025.4.25' });
    expect(old!.provenance.ref).toBe('npm:@modelcontextprotocol/server-memory@2025.4.25');
    expect(old!.mcp!.serverInfo?.version).toBe('0.6.3');
    expect(old!.mcp!.tools).toHaveLength(9);
    expect(lines).toContain('Read @modelcontextprotocol/server-memory@2025.4.25 as published on the npm registry.');
    expect(steps).toContain('download @modelcontextprotocol/server-memory@2025.4.25 from the npm registry');
    expect(steps.some((s) => s.startsWith('checkout'))).toBe(false);
  });

  it('falls back to the tag, saying why, when the package is not published', async () => {
    repo = tempRepo();
    repo.write('package.json', { name: 'mcpver-test-never-published-7c1e', version: '1.0.0' });
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', { name: 'mcpver-test-never-published-7c1e', version: '1.0.1' });
    repo.commit('1.0.1', 'v1.0.1');
    const { lines, log } = logs();
    const { old } = await runCheck({ cwd: repo.dir, to: 'v1.0.1', overrides: { previous: 'registry' }, log });
    expect(
      lines.find((l) => l.startsWith('Could not read mcpver-test-never-published-7c1e@1.0.0 from the npm registry')),
    ).toContain('Rebuilding it from v1.0.0.');
    expect(old!.provenance.ref).toBe('v1.0.0');
  });
});
