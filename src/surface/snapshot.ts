// takeSnapshot: everything one version of a package promises, read from a directory (package.json,
// and the running server when a command is given) or from a git ref through a temporary worktree.

import { existsSync } from 'node:fs';
import { readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import type { Git } from '../git.ts';
import { ProcessGroup } from '../process/process-group.ts';
import { SnapshotError, withOutput } from './errors.ts';
import { parseJsonText } from './json-text.ts';
import { takeRuntimeSurface } from './mcp-runtime.ts';
import { packageSurface } from './package.ts';
import { findBareEntryPoints } from './typescript/entry-points.ts';
import { emptySnapshot, type Provenance, type Snapshot } from './types.ts';

/** An install (npm ci) or build that runs longer than this is stuck, not slow. */
export const DEFAULT_SETUP_TIMEOUT_MS = 15 * 60_000;

/**
 * A reader of one more part of the snapshot (the TypeScript API, the config surface, the MCP
 * surface read statically from source), run after the package and runtime MCP parts, in the same
 * directory. Each returns the parts it fills and the provenance it adds; warnings are appended.
 * This is where `surface/typescript` and static extraction plug in (see surface/readers.ts).
 */
export type SnapshotPartReader = (context: {
  dir: string;
  snapshot: Readonly<Snapshot>;
}) => Promise<SnapshotPartResult>;

export interface SnapshotPartResult {
  /** A static reading of the MCP surface, for packages whose server cannot be started here. */
  mcp?: Snapshot['mcp'];
  typescript?: Snapshot['typescript'];
  config?: Snapshot['config'];
  provenance?: Partial<Provenance>;
}

export interface TakeSnapshotOptions {
  /** The package root: the directory that holds package.json. */
  dir: string;
  /** Starts the server over stdio (run in `dir`); without it the snapshot has no `mcp` part. */
  command?: string;
  /** Extra environment for the server command, and for install and build. */
  env?: Record<string, string>;
  /** Deadline for the server to start and answer its list calls (default 30 s). */
  timeoutMs?: number;
  /** Shell command run in `dir` before anything else (for example `npm ci`). */
  install?: string;
  /** Shell command run in `dir` after install (for example `npm run build`). */
  build?: string;
  /** Deadline for each of install and build (default 15 minutes). */
  setupTimeoutMs?: number;
  /** Readers of further parts (the TypeScript surface), see SnapshotPartReader. */
  extraParts?: SnapshotPartReader[];
  /** Told the server's pid as soon as it runs. */
  onSpawn?: (pid: number) => void;
}

/** Take the snapshot of the package in `options.dir`. Any failure is a SnapshotError. */
export async function takeSnapshot(options: TakeSnapshotOptions): Promise<Snapshot> {
  const dir = path.resolve(options.dir);
  if (options.install) await runSetupCommand('install', options.install, dir, options);
  if (options.build) await runSetupCommand('build', options.build, dir, options);

  const snapshot = emptySnapshot();
  const manifest = await readPackageSurface(dir);
  if (manifest) {
    snapshot.package = manifest;
    snapshot.provenance.package = 'manifest';
  } else {
    snapshot.provenance.warnings.push({
      part: 'package',
      message: `There is no package.json in ${dir}: it is read as a bare folder of TypeScript files (no name, version, bin or exports).`,
    });
  }

  if (options.command) {
    const runtime = await takeRuntimeSurface({
      command: options.command,
      cwd: dir,
      env: options.env,
      timeoutMs: options.timeoutMs,
      onSpawn: options.onSpawn,
    });
    snapshot.mcp = runtime.mcp;
    snapshot.provenance.mcp = 'runtime';
    snapshot.provenance.command = options.command;
    snapshot.provenance.warnings.push(...runtime.warnings);
  }

  for (const read of options.extraParts ?? []) {
    const result = await read({ dir, snapshot });
    if (result.mcp !== undefined) snapshot.mcp = result.mcp;
    if (result.typescript !== undefined) snapshot.typescript = result.typescript;
    if (result.config !== undefined) snapshot.config = result.config;
    const { warnings = [], ...provenance } = result.provenance ?? {};
    Object.assign(snapshot.provenance, provenance);
    snapshot.provenance.warnings.push(...warnings);
  }
  return snapshot;
}

export interface TakeSnapshotAtRefOptions extends Omit<TakeSnapshotOptions, 'dir'> {
  /** The package root inside the repository, with `/` (monorepos; `packages[].path` in the config). Default `.`. */
  path?: string;
}

/**
 * Take the snapshot of `ref`: check it out into a temporary worktree (removed afterwards, also on
 * failure), run install and build there, and record the ref and its commit.
 */
export async function takeSnapshotAtRef(git: Git, ref: string, options: TakeSnapshotAtRefOptions = {}): Promise<Snapshot> {
  const commit = await git.resolveCommit(ref);
  const { path: packagePath = '.', ...rest } = options;
  const checkout = await git.topLevel();
  const snapshot = await git.withWorktree(commit, async (root) => {
    const borrowed = rest.install ? [] : await borrowDependencies(checkout, root, packagePath);
    const taken = await takeSnapshot({ ...rest, dir: path.join(root, packagePath) });
    for (const folder of borrowed) {
      taken.provenance.warnings.push({
        part: 'package',
        message: `No install command is configured: ${ref} ran with the dependencies installed in ${folder}. Configure "install" (for example "npm ci") to run each version with its own.`,
      });
    }
    return taken;
  });
  snapshot.provenance.ref = ref;
  snapshot.provenance.commit = commit;
  return snapshot;
}

/**
 * A fresh worktree has no node_modules, so a server at an old tag cannot even load its SDK. When
 * no install command is configured, link the checkout's installed dependencies (the workflow ran
 * `npm ci` for the current version) into the worktree, at the package and at the repository root
 * (workspaces hoist there), and say so in the snapshot's warnings.
 */
async function borrowDependencies(checkout: string, worktree: string, packagePath: string): Promise<string[]> {
  const borrowed: string[] = [];
  for (const folder of new Set([packagePath, '.'])) {
    const source = path.join(checkout, folder, 'node_modules');
    const target = path.join(worktree, folder, 'node_modules');
    if (!existsSync(source) || existsSync(target) || !existsSync(path.dirname(target))) continue;
    await symlink(source, target, 'dir');
    borrowed.push(path.posix.join(folder, 'node_modules'));
  }
  return borrowed;
}

/**
 * package.json of `dir`, or undefined for a folder without one that holds TypeScript files (a pair
 * of declarations to compare needs no manifest); anything else without one is not a package root.
 */
async function readPackageSurface(dir: string): Promise<Snapshot['package'] | undefined> {
  const file = path.join(dir, 'package.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && findBareEntryPoints(dir).length > 0) return undefined;
    throw new SnapshotError(
      `There is no readable package.json in ${dir} (${(error as Error).message}), nor TypeScript files to read as bare declarations; give the package root.`,
      { file, cause: error },
    );
  }
  const manifest = parseJsonText(text, file);
  try {
    return packageSurface(manifest, file);
  } catch (error) {
    throw new SnapshotError((error as Error).message, { file, cause: error });
  }
}

/**
 * Run an install or build command. These are real shell lines (`npm ci && npm run build`), so
 * they go through the shell, in a process group of their own: a timeout or an interrupt of mcpver
 * stops the whole tree (npm and what it started), and what the command leaves running when it
 * exits (a watcher, a daemon holding its output) is ended with it rather than waited for.
 */
export async function runSetupCommand(kind: 'install' | 'build', command: string, cwd: string, options: Pick<TakeSnapshotOptions, 'env' | 'setupTimeoutMs'>): Promise<void> {
  const timeoutMs = options.setupTimeoutMs ?? DEFAULT_SETUP_TIMEOUT_MS;
  let group: ProcessGroup;
  try {
    group = await ProcessGroup.start({
      file: command,
      shell: true,
      cwd,
      // The command sees mcpver's own environment (npm needs its config, PATH and proxies) plus `env`.
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdout: 'capture',
      stdin: 'ignore',
    });
  } catch (error) {
    throw new SnapshotError(`The ${kind} command "${command}" (in ${cwd}) could not be run (${(error as Error).message}).`, { command, cause: error });
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([group.exited, timedOut]);
  clearTimeout(timer);
  await group.stop();
  if (result !== 'timeout' && result.code === 0) return;
  const why =
    result === 'timeout'
      ? `did not finish within ${timeoutMs / 1000} s and was stopped`
      : result.signal
        ? `was killed by ${result.signal}`
        : `failed with exit code ${result.code}`;
  throw new SnapshotError(withOutput(`The ${kind} command "${command}" (in ${cwd}) ${why}.`, 'Its output', group.output), {
    command,
    output: group.output,
  });
}
