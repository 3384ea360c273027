// The check: resolve the two versions to compare, snapshot both, diff, and build the Report.
// The CLI and the Action are thin faces over runCheck.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { CONFIG_PATH, ConfigError, defaultConfig, parseConfig, type Config, type PackageConfig } from './config.ts';
import { diffSnapshotsAsync } from './compat/diff.ts';
import { buildReport, type FailOn, type Report, type ReportEnd } from './compat/report.ts';
import { Git } from './git.ts';
import type { Snapshot } from './surface/types.ts';
import { takeSnapshot, takeSnapshotAtRef } from './surface/snapshot.ts';
import { partReaders } from './surface/readers.ts';
import { expandTagPattern, previousRelease, releaseTags, requireVersionOfTag, versionOfTag, VersionError } from './version/tags.ts';
import type { ZeroMajor } from './version/bump.ts';

export interface CheckOverrides {
  failOn?: FailOn;
  zeroMajor?: ZeroMajor;
  timeoutSeconds?: number;
  install?: string;
  build?: string;
  surface?: PackageConfig['surface'];
  tagPattern?: string;
  /** Package root relative to the repository root. */
  path?: string;
}

export interface CheckOptions {
  /** A directory inside the git repository. */
  cwd: string;
  /** The previous release (a tag); found among the release tags when absent. */
  from?: string;
  /** The release to check (a tag, branch or commit); the working tree with package.json's version when absent. */
  to?: string;
  command?: string;
  /** Config file, relative to the repository root or absolute; `.github/mcpver.yml` when present. */
  configPath?: string;
  /** Which configured package to check (its id or path); the first when absent. */
  packageId?: string;
  overrides?: CheckOverrides;
  /** A snapshot of the `from` release already stored (the state branch): not rebuilt. */
  previousSnapshot?: Snapshot;
  /**
   * Looks up the snapshot stored for a release (the Action reads the state branch): once written
   * for a release, no later check rebuilds it. Null when there is none.
   */
  loadStoredSnapshot?: (request: { branch: string; packageId: string; version: string }) => Promise<Snapshot | null>;
  log?: (message: string) => void;
}

export interface CheckResult {
  report: Report;
  config: Config;
  package: PackageConfig;
  old: Snapshot | null;
  new: Snapshot;
}

async function loadConfig(root: string, configPath: string | undefined): Promise<Config> {
  const file = configPath ?? CONFIG_PATH;
  const absolute = path.resolve(root, file);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && configPath === undefined) return defaultConfig();
    throw new ConfigError(`Cannot read the config file ${file}: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}

function choosePackage(config: Config, id: string | undefined): PackageConfig {
  if (id === undefined) return config.packages[0]!;
  const found = config.packages.find((p) => p.id === id || p.path === id);
  if (!found) {
    const known = config.packages.map((p) => p.id ?? p.path).join(', ');
    throw new ConfigError(`No package "${id}" in the config (known: ${known}).`);
  }
  return found;
}

function withOverrides(pkg: PackageConfig, command: string | undefined, o: CheckOverrides): PackageConfig {
  return {
    ...pkg,
    ...(command !== undefined ? { command } : {}),
    ...(o.timeoutSeconds !== undefined ? { timeoutSeconds: o.timeoutSeconds } : {}),
    ...(o.install !== undefined ? { install: o.install } : {}),
    ...(o.build !== undefined ? { build: o.build } : {}),
    ...(o.surface !== undefined ? { surface: o.surface } : {}),
    ...(o.tagPattern !== undefined ? { tagPattern: o.tagPattern } : {}),
    ...(o.path !== undefined ? { path: o.path } : {}),
  };
}

async function packageName(git: Git, root: string, pkg: PackageConfig, ref: string | null): Promise<string | undefined> {
  const file = path.posix.join(pkg.path, 'package.json');
  const text = ref ? await git.readFile(ref, file) : await readFile(path.join(root, file), 'utf8').catch(() => null);
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { name?: unknown; version?: unknown };
    return typeof parsed.name === 'string' ? parsed.name : undefined;
  } catch {
    return undefined;
  }
}

/** The version a ref releases: the tag's version when it is a release tag, else package.json's at that ref. */
async function versionAt(git: Git, root: string, pkg: PackageConfig, pattern: string, ref: string | null): Promise<string | null> {
  if (ref) {
    const fromTag = versionOfTag(ref, pattern);
    if (fromTag) return fromTag;
    if ((await git.tags()).includes(ref)) return requireVersionOfTag(ref, pattern);
  }
  const file = path.posix.join(pkg.path, 'package.json');
  const text = ref ? await git.readFile(ref, file) : await readFile(path.join(root, file), 'utf8').catch(() => null);
  if (!text) return null;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === 'string' && semver.valid(version) ? semver.valid(version) : null;
  } catch {
    return null;
  }
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const log = options.log ?? (() => undefined);
  const git = new Git(options.cwd);
  const root = await git.topLevel();
  const config = await loadConfig(root, options.configPath);
  const overrides = options.overrides ?? {};
  const pkg = withOverrides(choosePackage(config, options.packageId), options.command, overrides);
  const toRef = options.to ?? null;
  if (toRef) await git.resolveCommit(toRef);
  if (options.from) await git.resolveCommit(options.from);
  const name = await packageName(git, root, pkg, toRef);
  const pattern = expandTagPattern(pkg.tagPattern, name);

  const toVersion = await versionAt(git, root, pkg, pattern, toRef);
  let from: ReportEnd | null = null;
  if (options.from) {
    const version = await versionAt(git, root, pkg, pattern, options.from);
    if (!version) throw new VersionError(`Cannot tell which version "${options.from}" released: it is not a release tag and has no semver version in package.json.`);
    from = { ref: options.from, version };
  } else if (toVersion) {
    const tags = (await git.tags()).filter((t) => t !== toRef);
    // A pull request or the working tree usually still carries the released version: compare it with
    // that release, so the check says what bump the pending change needs (not "first release").
    const unreleased = toRef === null || versionOfTag(toRef, pattern) === null;
    const sameVersion = unreleased ? releaseTags(tags, pattern).find((t) => t.version === toVersion) : undefined;
    const previous = sameVersion ?? previousRelease(tags, toVersion, pattern);
    if (previous) from = { ref: previous.tag, version: previous.version };
  } else {
    throw new VersionError(
      `Cannot tell which version ${toRef ?? 'the working tree'} releases: name a release tag with --to, or give ${path.posix.join(pkg.path, 'package.json')} a semver "version".`,
    );
  }
  const to: ReportEnd = { ref: toRef ?? 'HEAD', version: toVersion };
  if (from) log(`Comparing ${from.ref} (${from.version}) with ${to.ref} (${to.version ?? 'no version'})`);
  else log(`No release before ${to.version} matches the tag pattern "${pattern}": this is the first release.`);

  const snapshotOptions = {
    command: pkg.command,
    env: pkg.env,
    install: pkg.install,
    build: pkg.build,
    timeoutMs: pkg.timeoutSeconds * 1000,
    extraParts: partReaders(pkg),
  };
  let old: Snapshot | null = options.previousSnapshot ?? null;
  if (from && !old && options.loadStoredSnapshot) {
    const packageId = pkg.id ?? name ?? pkg.path;
    try {
      old = await options.loadStoredSnapshot({ branch: config.state.branch, packageId, version: from.version! });
      if (old) log(`Read the snapshot of ${packageId} ${from.version} from the state branch ${config.state.branch}.`);
    } catch (error) {
      // A stored snapshot that cannot be read is left as it is, and this check rebuilds the release from its tag.
      log(`Could not use the stored snapshot of ${packageId} ${from.version}: ${(error as Error).message}. Rebuilding it from ${from.ref}.`);
    }
  }
  if (from && !old) {
    old = await takeSnapshotAtRef(git, from.ref!, { ...snapshotOptions, path: pkg.path });
  }
  const next = toRef
    ? await takeSnapshotAtRef(git, toRef, { ...snapshotOptions, path: pkg.path })
    : await takeSnapshot({ ...snapshotOptions, dir: path.join(root, pkg.path) });

  const changes = old ? await diffSnapshotsAsync(old, next, { ruleOptions: config.policy.rules }) : [];
  const report = buildReport({
    old,
    new: next,
    changes,
    from,
    to,
    failOn: overrides.failOn ?? config.policy.failOn,
    zeroMajor: overrides.zeroMajor ?? config.policy.zeroMajor,
  });
  return { report, config, package: pkg, old, new: next };
}
