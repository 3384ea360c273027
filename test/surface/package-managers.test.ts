// Installs derived from lockfiles: which package manager, which command, scripts off, one workspace.
// The real installs run with each manager found on PATH (npm always; pnpm, yarn 2+ and bun when
// installed) against the npm registry, with two tiny published packages.

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { Git } from '../../src/git.ts';
import { findLockfile, installCommand } from '../../src/surface/install.ts';
import type { Progress } from '../../src/surface/progress.ts';
import { takeSnapshotAtRef } from '../../src/surface/snapshot.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterEach(removeTempDirs);

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('the lockfile of a package', () => {
  it.each([
    ['package-lock.json', '{}', 'npm', 'npm ci --ignore-scripts --no-audit --no-fund'],
    ['npm-shrinkwrap.json', '{}', 'npm', 'npm ci --ignore-scripts --no-audit --no-fund'],
    ['pnpm-lock.yaml', "lockfileVersion: '9.0'\n", 'pnpm', 'pnpm install --frozen-lockfile --ignore-scripts'],
    [
      'yarn.lock',
      '# yarn lockfile v1\n\n',
      'yarn-classic',
      'yarn install --frozen-lockfile --non-interactive --ignore-scripts',
    ],
    ['yarn.lock', '# This file is generated\n\n__metadata:\n  version: 8\n', 'yarn', 'yarn install --immutable'],
    ['bun.lock', '{}', 'bun', 'bun install --frozen-lockfile --ignore-scripts'],
    ['bun.lockb', '', 'bun', 'bun install --frozen-lockfile --ignore-scripts'],
  ])('%s (%s…) is installed with %s as `%s`', (file, text, manager, command) => {
    const dir = folder({ 'package.json': '{"name":"srv"}', [file]: text });
    const lockfile = findLockfile(dir, dir)!;
    expect(lockfile).toMatchObject({ manager, root: dir, file: path.join(dir, file) });
    expect(installCommand(lockfile, dir, { scripts: false })).toEqual({ command, cwd: dir, manager });
  });

  it('turns lifecycle scripts on only when asked', () => {
    const dir = folder({ 'package.json': '{}', 'package-lock.json': '{}' });
    expect(installCommand(findLockfile(dir, dir)!, dir, { scripts: true }).command).toBe('npm ci --no-audit --no-fund');
  });

  it("is found at the workspace root, and installs only the package's workspace and the root's own", () => {
    const dir = folder({
      'package.json': '{"name":"monorepo","workspaces":["packages/*"]}',
      'packages/server/package.json': '{"name":"@acme/server"}',
    });
    const server = path.join(dir, 'packages/server');
    const commands: Record<string, string> = {};
    for (const [file, text] of [
      ['package-lock.json', '{}'],
      ['pnpm-lock.yaml', ''],
      ['yarn.lock', '__metadata:\n'],
      ['bun.lock', '{}'],
    ] as const) {
      writeFileSync(path.join(dir, file), `\n${text}`);
      const lockfile = findLockfile(server, dir)!;
      expect(lockfile.root).toBe(dir);
      const { command, cwd } = installCommand(lockfile, server, { scripts: false });
      expect(cwd).toBe(dir);
      commands[lockfile.manager] = command;
      rmSync(path.join(dir, file));
    }
    expect(commands).toEqual({
      npm: 'npm ci --ignore-scripts --no-audit --no-fund --workspace=@acme/server --include-workspace-root',
      pnpm: 'pnpm install --frozen-lockfile --ignore-scripts --filter @acme/server... --filter .',
      yarn: 'yarn workspaces focus monorepo @acme/server',
      bun: 'bun install --frozen-lockfile --ignore-scripts --filter @acme/server --filter monorepo',
    });
  });

  it("follows package.json's packageManager when two lockfiles sit side by side", () => {
    const dir = folder({
      'package.json': '{"packageManager":"pnpm@9.0.0"}',
      'package-lock.json': '{}',
      'pnpm-lock.yaml': '',
    });
    expect(findLockfile(dir, dir)!.manager).toBe('pnpm');
  });

  it('is not looked for above the repository', () => {
    const dir = folder({ 'package-lock.json': '{}', 'repo/package.json': '{}' });
    expect(findLockfile(path.join(dir, 'repo'), path.join(dir, 'repo'))).toBeUndefined();
  });
});

/** The package managers this machine has, with the command that writes their lockfile. */
function available(manager: string): boolean {
  const result = spawnSync(manager, ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return false;
  return manager !== 'yarn' || Number(result.stdout.split('.')[0]) >= 2;
}

const LOCK = {
  npm: 'npm install --ignore-scripts --no-audit --no-fund',
  pnpm: 'pnpm install --ignore-scripts',
  yarn: 'yarn install',
  bun: 'bun install --ignore-scripts',
} as const;
type Manager = keyof typeof LOCK;

const sdk = (file: string) =>
  pathToFileURL(path.join(ROOT, 'node_modules/@modelcontextprotocol/sdk/dist/esm', file)).href;

/** A server that says whether its dependency loaded, whether another workspace's did, and whether the postinstall ran. */
const SERVER = `import { existsSync } from 'node:fs';
import { Server } from '${sdk('server/index.js')}';
import { StdioServerTransport } from '${sdk('server/stdio.js')}';
import { ListToolsRequestSchema } from '${sdk('types.js')}';
import isNumber from 'is-number';
let other = true;
try { import.meta.resolve('is-odd'); } catch { other = false; }
const description = 'is-number ' + isNumber(5) + '; is-odd ' + other + '; postinstall ' + existsSync(new URL('./postinstall-ran', import.meta.url));
const server = new Server({ name: 'deps', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: [{ name: 'probe', description, inputSchema: { type: 'object' } }] }));
await server.connect(new StdioServerTransport());
`;
const POSTINSTALL = `node -e "require('fs').writeFileSync('postinstall-ran', '')"`;

function run(command: string, cwd: string): void {
  const result = spawnSync(command, {
    cwd,
    shell: true,
    encoding: 'utf8',
    env: { ...process.env, YARN_ENABLE_SCRIPTS: 'false' },
  });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}${result.stdout}`);
}

function recorder(): { progress: Progress; steps: string[] } {
  const steps: string[] = [];
  return { steps, progress: { start: (step) => (steps.push(step), () => undefined) } };
}

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

/** A repository tagged v1.0.0 whose lockfile was written by `manager`, with nothing installed. */
function releasedRepository(manager: Manager, workspace: boolean): TempRepo {
  const made = tempRepo();
  made.write('.gitignore', 'node_modules/\n.yarn/\n.pnp.*\npostinstall-ran\n');
  if (manager === 'yarn') made.write('.yarnrc.yml', 'nodeLinker: node-modules\nenableTelemetry: false\n');
  const server = {
    name: 'deps-server',
    version: '1.0.0',
    type: 'module',
    dependencies: { 'is-number': '7.0.0' },
    scripts: { postinstall: POSTINSTALL },
  };
  if (workspace) {
    made.write('package.json', { name: 'monorepo', private: true, workspaces: ['packages/*'] });
    if (manager === 'pnpm') made.write('pnpm-workspace.yaml', 'packages:\n  - packages/*\n');
    made.write('packages/server/package.json', server);
    made.write('packages/server/server.mjs', SERVER);
    made.write('packages/other/package.json', { name: 'other', version: '1.0.0', dependencies: { 'is-odd': '3.0.1' } });
  } else {
    made.write('package.json', server);
    made.write('server.mjs', SERVER);
  }
  run(LOCK[manager], made.dir);
  for (const dir of ['node_modules', 'packages/server/node_modules', 'packages/other/node_modules'])
    rmSync(path.join(made.dir, dir), { recursive: true, force: true });
  made.commit('release', 'v1.0.0');
  return made;
}

/**
 * Yarn 2+ turns off the scripts of dependencies (enableScripts) but always runs the project's own
 * workspaces' scripts: it has no switch for them.
 */
const ownPostinstall = (manager: Manager) => (manager === 'yarn' ? 'postinstall true' : 'postinstall false');

describe.each(Object.keys(LOCK) as Manager[])('a version at a tag with a %s lockfile', (manager) => {
  it.skipIf(!available(manager))('gets its own frozen install, without lifecycle scripts', async () => {
    repo = releasedRepository(manager, false);
    const { progress, steps } = recorder();
    const snapshot = await takeSnapshotAtRef(new Git(repo.dir), 'v1.0.0', { command: 'node server.mjs', progress });
    expect(snapshot.mcp!.tools[0]!.description).toBe(`is-number true; is-odd false; ${ownPostinstall(manager)}`);
    expect(steps.find((s) => s.startsWith('install v1.0.0'))).toContain(`(${manager} `);
    expect(snapshot.provenance.warnings).toEqual([]);
  });

  it.skipIf(!available(manager))('runs lifecycle scripts when install-scripts is on', async () => {
    repo = releasedRepository(manager, false);
    const snapshot = await takeSnapshotAtRef(new Git(repo.dir), 'v1.0.0', {
      command: 'node server.mjs',
      installScripts: true,
    });
    expect(snapshot.mcp!.tools[0]!.description).toBe('is-number true; is-odd false; postinstall true');
  });

  it.skipIf(!available(manager))("in a workspace, installs the package's workspace and not the others", async () => {
    repo = releasedRepository(manager, true);
    const snapshot = await takeSnapshotAtRef(new Git(repo.dir), 'v1.0.0', {
      command: 'node server.mjs',
      path: 'packages/server',
    });
    expect(snapshot.mcp!.tools[0]!.description).toBe(`is-number true; is-odd false; ${ownPostinstall(manager)}`);
  });
});
