// takeSnapshot: everything one version of a package promises, read from a directory (package.json,
// and the running server when a command is given) or from a git ref through a temporary worktree.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Git } from '../git.ts';
import { prepareDependencies, SCRIPTS_OFF_HINT } from './dependencies.ts';
import { runSetupCommand } from './setup-command.ts';
import { SnapshotError } from './errors.ts';
import { parseJsonText } from './json-text.ts';
import { takeRuntimeSurface, type ServerTransport } from './mcp-runtime.ts';
import { step, type Progress } from './progress.ts';
import { redactError, redactSnapshot, type Secrets } from './secrets.ts';
import { packageSurface } from './package.ts';
import { findBareEntryPoints } from './typescript/entry-points.ts';
import { READER_REVISION } from './reader-revision.ts';
import { emptySnapshot, type Provenance, type Snapshot } from './types.ts';

export { DEFAULT_SETUP_TIMEOUT_MS, runSetupCommand } from './setup-command.ts';

/**
 * A reader of one more part of the snapshot (the TypeScript API, the config surface, the MCP
 * surface read statically from source), run after the package and runtime MCP parts, in the same
 * directory. Each returns the parts it fills and the provenance it adds; warnings are appended.
 * This is where `surface/typescript` and static extraction plug in (see surface/readers.ts).
 */
export type SnapshotPartReader = ((context: SnapshotPartContext) => Promise<SnapshotPartResult>) & {
  /** How progress names the step ("TypeScript"); "sources" when absent. */
  label?: string;
};

export interface SnapshotPartContext {
  dir: string;
  snapshot: Readonly<Snapshot>;
  /** The environment the snapshot's own commands get (a dependency's files are fetched with it), and their deadline. */
  env?: Record<string, string>;
  setupTimeoutMs?: number;
}

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
  /** Starts the server (run in `dir`); without it (and without a URL) the snapshot has no runtime `mcp` part. */
  command?: string;
  /** stdio (default), or streamable HTTP at `url` (started by `command`, or already running). */
  transport?: ServerTransport;
  url?: string;
  /** HTTP headers for a server over HTTP; `${NAME}` in a value comes from the server's environment. */
  headers?: Record<string, string>;
  /** Extra environment for the server command, and for install and build (from the config file: not secret). */
  env?: Record<string, string>;
  /**
   * Variables passed from mcpver's environment (`pass-env`, `--env`): added to the server's (and
   * install's and build's) environment, and masked wherever they would be written (secrets.ts).
   */
  passEnv?: Secrets;
  /** Progress of the long steps, and how it names this version ("v1.0.0", "the working tree"). */
  progress?: Progress;
  label?: string;
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
  const secrets = options.passEnv ?? {};
  try {
    const snapshot = await readSnapshot({ ...options, env: { ...options.env, ...secrets } });
    redactSnapshot(snapshot, secrets);
    return snapshot;
  } catch (error) {
    throw redactError(error, secrets);
  }
}

async function readSnapshot(options: TakeSnapshotOptions): Promise<Snapshot> {
  const dir = path.resolve(options.dir);
  const label = options.label ? ` ${options.label}` : '';
  if (options.install)
    await step(options.progress, `install${label} (${options.install})`, () =>
      runSetupCommand('install', options.install!, dir, options),
    );
  if (options.build)
    await step(options.progress, `build${label} (${options.build})`, () =>
      runSetupCommand('build', options.build!, dir, options),
    );

  const snapshot = emptySnapshot();
  snapshot.provenance.reader = READER_REVISION;
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

  if (options.command || options.url) {
    const runtime = await takeRuntimeSurface({
      command: options.command,
      transport: options.transport ?? (options.url ? 'http' : 'stdio'),
      url: options.url,
      headers: options.headers,
      cwd: dir,
      env: options.env,
      timeoutMs: options.timeoutMs,
      onSpawn: options.onSpawn,
      progress: options.progress,
      label: options.label,
    });
    snapshot.mcp = runtime.mcp;
    snapshot.provenance.mcp = 'runtime';
    if (options.command) snapshot.provenance.command = options.command;
    if (options.url) snapshot.provenance.url = options.url;
    snapshot.provenance.warnings.push(...runtime.warnings);
  }

  for (const read of options.extraParts ?? []) {
    const result = await step(options.progress, `${read.label ?? 'sources'}${label}`, () =>
      read({ dir, snapshot, env: options.env, setupTimeoutMs: options.setupTimeoutMs }),
    );
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
  /**
   * The install command; `none` never installs; absent, an install is derived from the lockfile
   * when the version must run (dependencies.ts), else the checkout's node_modules are lent.
   */
  install?: string;
  /** Lifecycle scripts during installs (off by default). */
  installScripts?: boolean;
}

/**
 * Take the snapshot of `ref`: check it out into a temporary worktree (removed afterwards, also on
 * failure and on interrupt), install and build there, and record the ref and its commit.
 */
export async function takeSnapshotAtRef(
  git: Git,
  ref: string,
  options: TakeSnapshotAtRefOptions = {},
): Promise<Snapshot> {
  const commit = await git.resolveCommit(ref);
  const checkout = await git.topLevel();
  const label = options.label ?? ref;
  // The checkout step ends when the worktree is there; what runs in it has steps of its own.
  const checkedOut = options.progress?.start(`checkout ${label}`);
  let inside = false;
  const snapshot = await git
    .withWorktree(commit, (root) => {
      inside = true;
      checkedOut?.(true);
      return snapshotInCopy(root, checkout, { ...options, label });
    })
    .catch((error: unknown) => {
      if (!inside) checkedOut?.(false);
      throw error;
    });
  snapshot.provenance.ref = ref;
  snapshot.provenance.commit = commit;
  return snapshot;
}

/**
 * The snapshot of the package in a copy of the repository (a worktree, or a copy of the working
 * tree): its dependencies prepared there, then install-free takeSnapshot (the build runs there too).
 */
export async function snapshotInCopy(
  copy: string,
  source: string,
  options: TakeSnapshotAtRefOptions,
): Promise<Snapshot> {
  const { path: packagePath = '.', install, installScripts, ...rest } = options;
  const prepared = await prepareDependencies({
    copy,
    source,
    packagePath,
    install,
    installScripts,
    willRun: Boolean(rest.command || rest.build),
    env: { ...rest.env, ...rest.passEnv },
    setupTimeoutMs: rest.setupTimeoutMs,
    progress: rest.progress,
    label: rest.label,
  });
  let taken: Snapshot;
  try {
    taken = await takeSnapshot({ ...rest, dir: path.join(copy, packagePath) });
  } catch (error) {
    if (prepared.scriptsOff && error instanceof SnapshotError) {
      throw new SnapshotError(`${error.message}\n${SCRIPTS_OFF_HINT}`, {
        command: error.command,
        output: error.output,
        file: error.file,
      });
    }
    throw error;
  }
  taken.provenance.warnings.push(...prepared.warnings);
  return taken;
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
