// The dependencies a checked-out version runs with: the configured install command, else a frozen
// install derived from its lockfile (install.ts) when the version must run (a server command or a
// build) and its lockfile differs from the checkout's, else the checkout's own node_modules, lent.

import { existsSync, readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { INSTALL_NONE } from '../config.ts';
import { step, type Progress } from './progress.ts';
import { findLockfile, installCommand, installEnvironment } from './install.ts';
import { runSetupCommand } from './setup-command.ts';
import type { SurfaceWarning } from './types.ts';

export interface DependencyOptions {
  /** The checked-out copy (worktree or working copy) and the package root inside it. */
  copy: string;
  packagePath: string;
  /** The user's checkout, whose installed node_modules may be lent to the copy. */
  source: string;
  /** The configured install command, `none`, or absent (derive one when the version must run). */
  install?: string;
  /** Lifecycle scripts during installs (off by default). */
  installScripts?: boolean;
  /** Whether this version runs anything (a server command or a build): only then is an install worth it. */
  willRun: boolean;
  env?: Record<string, string>;
  setupTimeoutMs?: number;
  progress?: Progress;
  label?: string;
}

export interface PreparedDependencies {
  warnings: SurfaceWarning[];
  /** An install ran with lifecycle scripts off: worth saying when the server then fails to start. */
  scriptsOff: boolean;
}

function sameFile(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export async function prepareDependencies(options: DependencyOptions): Promise<PreparedDependencies> {
  const packageDir = path.join(options.copy, options.packagePath);
  const scripts = options.installScripts ?? false;
  const label = options.label ? ` ${options.label}` : '';
  const env = { ...options.env, ...installEnvironment(scripts) };
  const setup = { env, setupTimeoutMs: options.setupTimeoutMs };
  if (options.install && options.install !== INSTALL_NONE) {
    const command = options.install;
    await step(options.progress, `install${label} (${command})`, () =>
      runSetupCommand('install', command, packageDir, setup),
    );
    return { warnings: [], scriptsOff: !scripts };
  }
  if (options.install !== INSTALL_NONE && options.willRun && !existsSync(path.join(packageDir, 'node_modules'))) {
    const lockfile = findLockfile(packageDir, options.copy);
    if (lockfile) {
      const relative = path.relative(options.copy, lockfile.file);
      const inWorkspace = path.resolve(packageDir) !== lockfile.root;
      // The same lockfile as the checkout's, outside a workspace: its node_modules are these very
      // dependencies. In a workspace they are not (its links point at the checkout's packages).
      const lendable =
        !inWorkspace &&
        sameFile(lockfile.file, path.join(options.source, relative)) &&
        existsSync(path.join(options.source, path.dirname(relative), 'node_modules'));
      if (!lendable) {
        const { command, cwd } = installCommand(lockfile, packageDir, { scripts });
        await step(options.progress, `install${label} (${command})`, () =>
          runSetupCommand('install', command, cwd, setup),
        );
        return { warnings: [], scriptsOff: !scripts };
      }
      await lendDependencies(options.source, options.copy, options.packagePath);
      return { warnings: [], scriptsOff: false };
    }
  }
  const lent = await lendDependencies(options.source, options.copy, options.packagePath);
  const warnings = lent.map((folder) => ({
    part: 'package',
    message: `No install command is configured: ${options.label ?? 'this version'} ran with the dependencies installed in ${folder}. Configure "install" (for example "npm ci"), or commit a lockfile, to run each version with its own.`,
  }));
  return { warnings, scriptsOff: false };
}

/**
 * A fresh worktree has no node_modules, so a server at an old tag cannot even load its SDK. Link
 * the checkout's installed dependencies (the workflow ran `npm ci` for the current version) into
 * the copy, at the package and at the repository root (workspaces hoist there).
 */
async function lendDependencies(checkout: string, copy: string, packagePath: string): Promise<string[]> {
  const lent: string[] = [];
  for (const folder of new Set([packagePath, '.'])) {
    const source = path.join(checkout, folder, 'node_modules');
    const target = path.join(copy, folder, 'node_modules');
    if (!existsSync(source) || existsSync(target) || !existsSync(path.dirname(target))) continue;
    await symlink(source, target, 'dir');
    lent.push(path.posix.join(folder, 'node_modules'));
  }
  return lent;
}

/** Add to a server failure after an install without scripts what the user may need to configure. */
export const SCRIPTS_OFF_HINT =
  'Dependencies were installed without lifecycle scripts (install-scripts: false). If the server needs one (a prepare that builds it, a postinstall that fetches a binary), configure "build", or set install-scripts: true.';
