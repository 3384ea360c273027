// The published files of one version of a dependency, to read its MCP surface: an installed copy
// of exactly that version when there is one (node_modules, pnpm's store, npm's record of what it
// installed), else its tarball from the registry npm is configured with, kept in a cache under the
// OS temp folder. A cache entry appears whole or not at all (it is unpacked beside the cache and
// renamed into place), and is reused only when it is that version with the integrity the lockfile
// pins; a cache folder that another user could write to is not used at all.

import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { extract } from 'tar';
import { registerCleanup } from '../process/cleanup.ts';
import { SnapshotError } from './errors.ts';
import { shellWord } from './install.ts';
import { runSetupCommand } from './setup-command.ts';

export interface PackageFiles {
  /** The package's root folder (its package.json). */
  dir: string;
  version: string;
  /** Where the files came from, in words: `installed in node_modules/x`, `downloaded from the npm registry`. */
  origin: string;
  /** Removes what was made only for this reading (a download that could not be cached). */
  release(): Promise<void>;
}

export interface PackageFilesOptions {
  /** The integrity the lockfile pins (`sha512-…`): a download that does not match is refused. */
  integrity?: string;
  /** Where npm runs (the package's folder: its .npmrc names the registry and scopes). */
  cwd: string;
  env?: Record<string, string>;
  setupTimeoutMs?: number;
  /** The cache folder; default `mcpver-packages-<uid>` in the OS temp folder. */
  cacheDir?: string;
  /** The repository's root: installed copies are looked for from `cwd` up to it (default `cwd`). */
  top?: string;
}

const nothingToRelease = async (): Promise<void> => undefined;

function manifestOf(dir: string): { name?: unknown; version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
  } catch {
    return undefined;
  }
}

/**
 * An installed copy of `name` whose version `accepts`, found as Node resolves from `from` (each
 * `node_modules` up the folders, to `top`: the repository, never a folder above it that anyone
 * could have written), including the versions pnpm keeps in `node_modules/.pnpm` and those npm
 * installed elsewhere in the tree (nested, or under an alias) as its hidden lockfile says.
 */
export function findInstalledCopy(
  name: string,
  accepts: (version: string) => boolean,
  from: string,
  top: string = from,
): { dir: string; version: string } | undefined {
  const matches = (dir: string) => {
    const manifest = manifestOf(dir);
    return manifest?.name === name && typeof manifest.version === 'string' && accepts(manifest.version)
      ? { dir, version: manifest.version }
      : undefined;
  };
  const stop = path.resolve(top);
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    const modules = path.join(dir, 'node_modules');
    if (existsSync(modules)) {
      const found =
        matches(path.join(modules, name)) ??
        inPnpmStore(modules, name, matches) ??
        inNpmRecord(dir, modules, name, matches);
      if (found) return found;
    }
    if (dir === stop || path.dirname(dir) === dir) return undefined;
  }
}

function inPnpmStore<T>(modules: string, name: string, matches: (dir: string) => T | undefined): T | undefined {
  const store = path.join(modules, '.pnpm');
  if (!existsSync(store)) return undefined;
  const prefix = `${name.replace('/', '+')}@`;
  for (const entry of readdirSync(store)) {
    if (!entry.startsWith(prefix)) continue;
    const found = matches(path.join(store, entry, 'node_modules', name));
    if (found) return found;
  }
  return undefined;
}

function inNpmRecord<T>(
  dir: string,
  modules: string,
  name: string,
  matches: (dir: string) => T | undefined,
): T | undefined {
  let packages: Record<string, { name?: string } | undefined>;
  try {
    packages =
      (JSON.parse(readFileSync(path.join(modules, '.package-lock.json'), 'utf8')) as { packages?: typeof packages })
        .packages ?? {};
  } catch {
    return undefined;
  }
  for (const [key, entry] of Object.entries(packages)) {
    const installedAs = key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    if (!key.includes('node_modules/') || (entry?.name ?? installedAs) !== name) continue;
    const found = matches(path.join(dir, key));
    if (found) return found;
  }
  return undefined;
}

/** `name@version` (or `name@range`, resolved to the highest published match) from an installed copy, the cache, or the registry. */
export async function packageFiles(name: string, spec: string, options: PackageFilesOptions): Promise<PackageFiles> {
  const exact = semver.valid(spec);
  const installed = findInstalledCopy(
    name,
    (v) => (exact ? v === exact : semver.satisfies(v, spec)),
    options.cwd,
    options.top,
  );
  if (installed) {
    return {
      ...installed,
      origin: `installed in ${path.relative(options.cwd, installed.dir).split(path.sep).join('/')}`,
      release: nothingToRelease,
    };
  }
  const cache = await cacheFolder(options.cacheDir);
  if (exact && cache) {
    const cached = await cachedEntry(path.join(cache, entryName(name, exact)), name, exact, options.integrity);
    if (cached)
      return {
        dir: cached,
        version: exact,
        origin: 'downloaded from the npm registry (cached)',
        release: nothingToRelease,
      };
  }
  return download(name, spec, cache, options);
}

const entryName = (name: string, version: string): string => `${name.replace('/', '+')}@${version}`;

/** The cache folder, private to this user; undefined when it cannot be (someone else's, a link, writable by others): nothing is kept then. */
async function cacheFolder(configured: string | undefined): Promise<string | undefined> {
  const folder = configured ?? path.join(tmpdir(), `mcpver-packages-${process.getuid?.() ?? 'user'}`);
  try {
    await mkdir(folder, { mode: 0o700 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return undefined;
  }
  try {
    const stat = lstatSync(folder);
    const mine = process.getuid === undefined || stat.uid === process.getuid();
    // A package planted there by another user would be read as this dependency's published files.
    return stat.isDirectory() && mine && (stat.mode & 0o022) === 0 ? folder : undefined;
  } catch {
    return undefined;
  }
}

/** A cache entry's package folder when it holds `name@version` with the pinned integrity (when one is pinned). */
async function cachedEntry(
  entry: string,
  name: string,
  version: string,
  integrity: string | undefined,
): Promise<string | undefined> {
  const dir = path.join(entry, 'package');
  const manifest = manifestOf(dir);
  if (manifest?.name !== name || manifest.version !== version) return undefined;
  if (!integrity) return dir;
  const stored = await readFile(path.join(entry, 'integrity'), 'utf8').catch(() => '');
  return integrityMatches(integrity, (algorithm) =>
    stored
      .split(/\s+/)
      .find((t) => t.startsWith(`${algorithm}-`))
      ?.slice(algorithm.length + 1),
  )
    ? dir
    : undefined;
}

/** Strongest first, as npm's ssri picks them. */
const ALGORITHMS = ['sha512', 'sha384', 'sha256', 'sha1'] as const;

/** Whether the strongest algorithm of `expected` (an SRI string, `sha512-… sha1-…`) gives the same digest. */
function integrityMatches(expected: string, digest: (algorithm: string) => string | undefined): boolean {
  const tokens = expected
    .trim()
    .split(/\s+/)
    .map((t) => /^([a-z0-9]+)-([A-Za-z0-9+/=]+)/.exec(t))
    .filter((m) => m !== null);
  const strongest = ALGORITHMS.find((a) => tokens.some((t) => t[1] === a));
  if (!strongest) return false;
  const actual = digest(strongest);
  return tokens.some((t) => t[1] === strongest && t[2] === actual);
}

async function download(
  name: string,
  spec: string,
  cache: string | undefined,
  options: PackageFilesOptions,
): Promise<PackageFiles> {
  const staging = await mkdtemp(cache ? path.join(cache, '.download-') : path.join(tmpdir(), 'mcpver-package-'));
  const remove = () => rm(staging, { recursive: true, force: true });
  const unregister = registerCleanup('files', remove);
  const done = async () => {
    await remove();
    unregister();
  };
  try {
    const wanted = `${name}@${spec}`;
    // Errors only: npm's reason (no such version, no access) is what the gap will say.
    const words = ['npm', 'pack', wanted, '--pack-destination', staging, '--ignore-scripts', '--loglevel=error'];
    try {
      await runSetupCommand('install', words.map(shellWord).join(' '), options.cwd, {
        env: options.env,
        setupTimeoutMs: options.setupTimeoutMs,
      });
    } catch (error) {
      const reason = npmReason((error as SnapshotError).output);
      throw new SnapshotError(
        reason
          ? `npm could not download ${wanted}: ${reason}`
          : `The published files of ${wanted} could not be downloaded: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const tarball = (await readdir(staging)).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new SnapshotError(`npm pack ${wanted} wrote no tarball.`);
    const entry = path.join(staging, 'entry');
    const { digests, manifest } = await unpack(
      path.join(staging, tarball),
      entry,
      wanted,
      options.integrity,
      'from the registry',
    );
    if (manifest.name !== name)
      throw new SnapshotError(`The tarball of ${wanted} holds the package ${manifest.name}, not ${name}.`);
    const version = manifest.version;
    await writeFile(
      path.join(entry, 'integrity'),
      `${ALGORITHMS.map((a) => `${a}-${digests[a as Algorithm]}`).join(' ')}\n`,
    );
    const origin = 'downloaded from the npm registry';
    const dir = path.join(entry, 'package');
    if (cache) {
      const target = path.join(cache, entryName(name, version));
      if (await moveInto(entry, target, staging, name, version)) {
        await done();
        return { dir: path.join(target, 'package'), version, origin, release: nothingToRelease };
      }
      // Another check put the same version there meanwhile: theirs is as good as ours.
      const theirs = await cachedEntry(target, name, version, options.integrity);
      if (theirs) {
        await done();
        return { dir: theirs, version, origin, release: nothingToRelease };
      }
    }
    // Not cached: read where it is, removed after the reading (and on interrupt).
    return { dir, version, origin, release: done };
  } catch (error) {
    await done();
    throw error;
  }
}

/**
 * Rename the finished entry into the cache: atomic, so that a reader sees all of it or nothing. An
 * entry already there for this version is left alone (someone may be reading it); a broken one (no
 * readable package.json) is moved aside first, and removed with the staging folder.
 */
async function moveInto(
  entry: string,
  target: string,
  staging: string,
  name: string,
  version: string,
): Promise<boolean> {
  try {
    await rename(entry, target);
    return true;
  } catch {
    const there = manifestOf(path.join(target, 'package'));
    if (there?.name === name && there.version === version) return false;
  }
  try {
    await rename(target, path.join(staging, 'stale'));
    await rename(entry, target);
    return true;
  } catch {
    return false;
  }
}

type Algorithm = (typeof ALGORITHMS)[number];

/**
 * Unpack a package tarball into `entry`/package, after checking it has the `integrity` pinned (when
 * one is): its digests, and its package.json's name and version.
 */
async function unpack(
  tarball: string,
  entry: string,
  wanted: string,
  integrity: string | undefined,
  where: string,
): Promise<{ digests: Record<Algorithm, string>; manifest: { name: string; version: string } }> {
  const bytes = await readFile(tarball);
  const digests = Object.fromEntries(
    ALGORITHMS.map((a) => [a, createHash(a).update(bytes).digest('base64')]),
  ) as Record<Algorithm, string>;
  if (integrity && !integrityMatches(integrity, (a) => digests[a as Algorithm])) {
    throw new SnapshotError(
      `The tarball of ${wanted} ${where} does not have the integrity the lockfile pins (${integrity.slice(0, 24)}…): it was not read.`,
    );
  }
  const dir = path.join(entry, 'package');
  await mkdir(dir, { recursive: true });
  try {
    // Files and folders only: a link in a tarball could point anywhere on this machine.
    await extract({
      file: tarball,
      cwd: dir,
      strip: 1,
      filter: (_path, item) =>
        'type' in item && (item.type === 'File' || item.type === 'Directory' || item.type === 'OldFile'),
    });
  } catch (error) {
    throw new SnapshotError(`The tarball of ${wanted} ${where} could not be unpacked: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const manifest = manifestOf(dir);
  if (typeof manifest?.name !== 'string' || typeof manifest.version !== 'string') {
    throw new SnapshotError(
      `The tarball of ${wanted} ${where} holds no readable package.json with a name and a version.`,
    );
  }
  return { digests, manifest: { name: manifest.name, version: manifest.version } };
}

/**
 * The files of a tarball on disk (a `file:` dependency, committed with the repository), unpacked
 * into a temporary folder removed at `release()` (and on interrupt); refused when it does not have
 * the integrity the lockfile pins.
 */
export async function tarballFiles(
  file: string,
  options: { integrity?: string; label: string },
): Promise<PackageFiles> {
  const staging = await mkdtemp(path.join(tmpdir(), 'mcpver-tarball-'));
  const unregister = registerCleanup('files', () => rm(staging, { recursive: true, force: true }));
  const release = async () => {
    await rm(staging, { recursive: true, force: true });
    unregister();
  };
  try {
    const { manifest } = await unpack(file, staging, options.label, options.integrity, `in ${path.basename(file)}`);
    return {
      dir: path.join(staging, 'package'),
      version: manifest.version,
      origin: `unpacked from ${options.label}`,
      release,
    };
  } catch (error) {
    await release();
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new SnapshotError(`The tarball ${options.label} is not there.`, { cause: error });
    throw error;
  }
}

/**
 * npm's own reason, from its error lines (`npm error notarget No matching version found for x@1.2.3.`),
 * without the error code and the log file's path; undefined when it gave none.
 */
function npmReason(output: string | undefined): string | undefined {
  const lines = (output ?? '')
    .split('\n')
    .map((l) => /^npm (?:error|ERR!) (.*)$/.exec(l.trim())?.[1]?.trim())
    .filter((l) => l !== undefined);
  // `notarget No matching …`: the lowercase word before the sentence is npm's tag for it.
  const said = lines
    .filter((l) => l && !/^code |complete log of this run|^\w+ In most cases/.test(l))
    .map((l) => l.replace(/^[a-z]+ (?=[A-Z0-9])/, ''));
  if (said.length === 0) return undefined;
  const reason = said.slice(0, 2).join(' ');
  // ETARGET on a version a lockfile pins: it was published once (the lockfile has it), and is gone.
  return /No matching version found/.test(reason)
    ? `${reason} (the registry no longer has it: it was unpublished)`
    : reason;
}
