// Installing a checked-out version's dependencies when the config gives no install command: the
// package manager is the one its lockfile belongs to (npm, pnpm, yarn, bun), the install is frozen
// to that lockfile, runs without lifecycle scripts unless the config turns them on (a postinstall
// that downloads a browser fails offline, and runs code nobody reviewed), and, in a workspace,
// installs only what the package's workspace needs.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type PackageManager = 'npm' | 'pnpm' | 'yarn' | 'yarn-classic' | 'bun';

export interface Lockfile {
  manager: PackageManager;
  /** The lockfile's path. */
  file: string;
  /** The folder that holds it: the workspace root, where the install runs. */
  root: string;
}

/** Lockfile names, in the order they are looked for in one folder. */
const LOCKFILES: Array<[string, Exclude<PackageManager, 'yarn-classic'>]> = [
  ['pnpm-lock.yaml', 'pnpm'],
  ['bun.lock', 'bun'],
  ['bun.lockb', 'bun'],
  ['yarn.lock', 'yarn'],
  ['package-lock.json', 'npm'],
  ['npm-shrinkwrap.json', 'npm'],
];

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** Yarn 2+ writes `__metadata:` in its lockfile; yarn 1's starts with `# yarn lockfile v1`. */
function yarnFlavour(file: string): 'yarn' | 'yarn-classic' {
  return readFileSync(file, 'utf8').includes('\n__metadata:') ? 'yarn' : 'yarn-classic';
}

/**
 * The lockfile that governs the package in `packageDir`: the nearest one from there up to `top`
 * (the repository root). Two in one folder are settled by package.json's `packageManager`.
 */
export function findLockfile(packageDir: string, top: string): Lockfile | undefined {
  let dir = path.resolve(packageDir);
  const stop = path.resolve(top);
  for (;;) {
    const found = LOCKFILES.filter(([name]) => existsSync(path.join(dir, name)));
    if (found.length > 0) {
      const declared = String(readJson(path.join(dir, 'package.json'))?.packageManager ?? '').split('@')[0];
      const [name, manager] = found.find(([, m]) => m === declared) ?? found[0]!;
      const file = path.join(dir, name);
      return { manager: manager === 'yarn' ? yarnFlavour(file) : manager, file, root: dir };
    }
    if (dir === stop || path.dirname(dir) === dir) return undefined;
    dir = path.dirname(dir);
  }
}

/**
 * The root above `dir` that its dependencies belong to: the repository (a `.git` folder or file);
 * for a package installed in a `node_modules` folder (a published release), the folder that holds
 * it; else `dir` itself. Lockfiles and installed copies are looked for up to it, never above.
 */
export function repositoryTop(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) break;
  }
  const resolved = path.resolve(dir);
  const modules = resolved.indexOf(`${path.sep}node_modules${path.sep}`);
  return modules > 0 ? resolved.slice(0, modules) : resolved;
}

export interface InstallCommand {
  command: string;
  /** Where it runs: the lockfile's folder. */
  cwd: string;
  manager: PackageManager;
}

/**
 * The frozen install for `lockfile`; when the package is a workspace below the lockfile's folder,
 * only that workspace (and the root's own dependencies, where the build tools usually live).
 */
export function installCommand(lockfile: Lockfile, packageDir: string, options: { scripts: boolean }): InstallCommand {
  const inWorkspace = path.resolve(packageDir) !== lockfile.root;
  const name = inWorkspace ? (readJson(path.join(packageDir, 'package.json'))?.name as string | undefined) : undefined;
  const rootName = readJson(path.join(lockfile.root, 'package.json'))?.name as string | undefined;
  const noScripts = options.scripts ? [] : ['--ignore-scripts'];
  let words: string[];
  switch (lockfile.manager) {
    case 'npm':
      words = [
        'npm',
        'ci',
        ...noScripts,
        '--no-audit',
        '--no-fund',
        ...(name ? [`--workspace=${name}`, '--include-workspace-root'] : []),
      ];
      break;
    case 'pnpm':
      words = [
        'pnpm',
        'install',
        '--frozen-lockfile',
        ...noScripts,
        ...(name ? ['--filter', `${name}...`, '--filter', '.'] : []),
      ];
      break;
    case 'yarn':
      // Yarn 2+ has no --ignore-scripts; scripts are off through YARN_ENABLE_SCRIPTS (installEnvironment).
      words = name
        ? ['yarn', 'workspaces', 'focus', ...(rootName ? [rootName] : []), name]
        : ['yarn', 'install', '--immutable'];
      break;
    case 'yarn-classic':
      // Yarn 1 cannot install one workspace alone: the whole workspace is installed.
      words = ['yarn', 'install', '--frozen-lockfile', '--non-interactive', ...noScripts];
      break;
    case 'bun':
      words = [
        'bun',
        'install',
        '--frozen-lockfile',
        ...noScripts,
        ...(name ? ['--filter', name, ...(rootName ? ['--filter', rootName] : [])] : []),
      ];
      break;
  }
  return { command: words.map(shellWord).join(' '), cwd: lockfile.root, manager: lockfile.manager };
}

/** A word as a shell reads it: plain when it is safe (package names, flags), else single-quoted. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/**
 * The environment that turns lifecycle scripts off for any install, a configured command as much as
 * a derived one: npm and pnpm read npm_config_ignore_scripts, yarn 1 reads it too, yarn 2+ reads
 * YARN_ENABLE_SCRIPTS. Commands that run a script by name (`npm run build`) still run it.
 */
export function installEnvironment(scripts: boolean): Record<string, string> {
  return scripts ? {} : { npm_config_ignore_scripts: 'true', YARN_ENABLE_SCRIPTS: 'false' };
}
