// The check: resolve the two versions to compare, snapshot both, diff, and build the Report.
// The CLI and the Action are thin faces over runCheck.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';
import { CONFIG_PATH, ConfigError, defaultConfig, parseConfig, type Config, type PackageConfig } from './config.ts';
import { diffSnapshotsAsync } from './compat/diff.ts';
import { buildReport, type FailOn, type Report, type ReportEnd } from './compat/report.ts';
import { Git } from './git.ts';
import { monorepoServer } from './monorepo-server.ts';
import { emptySnapshot, type Snapshot } from './surface/types.ts';
import { SnapshotError } from './surface/errors.ts';
import { takeSnapshotAtRef, type TakeSnapshotAtRefOptions } from './surface/snapshot.ts';
import type { Progress } from './surface/progress.ts';
import { takeSnapshotOfPublished } from './surface/published.ts';
import type { Secrets } from './surface/secrets.ts';
import { takeSnapshotOfWorkingTree } from './surface/working-copy.ts';
import { partReaders } from './surface/readers.ts';
import { READER_REVISION } from './surface/reader-revision.ts';
import {
  expandTagPattern,
  previousRelease,
  releaseTags,
  requireVersionOfTag,
  versionOfTag,
  VersionError,
} from './version/tags.ts';
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
  /** Variables for the server given with their values (the CLI's --env): masked like pass-env. */
  env?: Record<string, string>;
  /** More names to pass from `environment` to the server (the Action's pass-env input). */
  passEnv?: string[];
  transport?: PackageConfig['transport'];
  url?: string;
  headers?: Record<string, string>;
  previous?: PackageConfig['previous'];
  installScripts?: boolean;
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
  /**
   * Why no command may run (a fork's pull request under pull_request_target): a package that needs
   * an install, build or server command is then refused before anything runs.
   */
  refuseCommands?: string | null;
  /** The face's environment: only the variables pass-env names are read from it. */
  environment?: Record<string, string | undefined>;
  /** Progress of the long steps (checkout, install, build, start, list, TypeScript). */
  progress?: Progress;
  /** Told each value passed to the server, before anything runs (the Action masks them in its log). */
  onSecret?: (value: string) => void;
}

/** A command the check would have run was refused (see CheckOptions.refuseCommands). */
export class CommandRefusedError extends Error {
  override name = 'CommandRefusedError';
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
    ...(o.passEnv !== undefined ? { passEnv: [...new Set([...pkg.passEnv, ...o.passEnv])] } : {}),
    ...(o.url !== undefined ? { url: o.url, transport: o.transport ?? 'http' } : {}),
    ...(o.transport !== undefined ? { transport: o.transport } : {}),
    ...(o.headers !== undefined ? { headers: { ...pkg.headers, ...o.headers } } : {}),
    ...(o.previous !== undefined ? { previous: o.previous } : {}),
    ...(o.installScripts !== undefined ? { installScripts: o.installScripts } : {}),
  };
}

/**
 * The values the server gets from mcpver's environment: pass-env names read from `environment`,
 * plus values given outright (--env NAME=VALUE). A name that is not set is said, by name only.
 */
function passedEnvironment(
  names: string[],
  given: Record<string, string>,
  environment: Record<string, string | undefined>,
  log: (message: string) => void,
): Secrets {
  const passed: Secrets = {};
  const missing: string[] = [];
  for (const name of names) {
    const value = environment[name];
    if (value === undefined) missing.push(name);
    else passed[name] = value;
  }
  if (missing.length > 0) {
    log(
      `pass-env: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set in mcpver's environment, so the server does not get ${missing.length === 1 ? 'it' : 'them'} (in a workflow, set it in the step's env, from a secret).`,
    );
  }
  return { ...passed, ...given };
}

async function packageName(
  git: Git,
  root: string,
  pkg: PackageConfig,
  ref: string | null,
): Promise<string | undefined> {
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
async function versionAt(
  git: Git,
  root: string,
  pkg: PackageConfig,
  pattern: string,
  ref: string | null,
): Promise<string | null> {
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

/** Whether `tag` marks the very state being checked: the commit `toRef` names, or a clean working tree at it. */
async function isTheRelease(git: Git, tag: string, toRef: string | null): Promise<boolean> {
  const tagged = await git.resolveCommit(tag);
  if (toRef !== null) return (await git.resolveCommit(toRef)) === tagged;
  const head = await git.resolveCommit('HEAD').catch(() => undefined);
  if (head !== tagged) return false;
  return (await git.exec(['status', '--porcelain', '--untracked-files=normal'])).trim() === '';
}

/**
 * The previous release as published to npm (`previous: registry`): nothing to check out or build.
 * When it cannot be had (not published, private, offline), the check says why and rebuilds the
 * release from its tag instead.
 */
async function publishedSnapshot(
  git: Git,
  from: ReportEnd,
  pkg: PackageConfig,
  options: TakeSnapshotAtRefOptions,
  log: (message: string) => void,
): Promise<Snapshot | null> {
  const name = await packageName(git, await git.topLevel(), pkg, from.ref);
  if (!name) {
    log(
      `previous: registry, but ${path.posix.join(pkg.path, 'package.json')} at ${from.ref} has no name: rebuilding ${from.version} from ${from.ref}.`,
    );
    return null;
  }
  try {
    const snapshot = await takeSnapshotOfPublished(name, from.version!, options);
    log(`Read ${name}@${from.version} as published on the npm registry.`);
    return snapshot;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    log(`Could not read ${name}@${from.version} from the npm registry (${reason}). Rebuilding it from ${from.ref}.`);
    return null;
  }
}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const log = options.log ?? (() => undefined);
  const git = new Git(options.cwd);
  const root = await git.topLevel();
  const config = await loadConfig(root, options.configPath);
  const overrides = options.overrides ?? {};
  let pkg = withOverrides(choosePackage(config, options.packageId), options.command, overrides);
  if (overrides.path === undefined && options.configPath === undefined && !existsSync(path.join(root, CONFIG_PATH))) {
    // No config at the root of a monorepo: the server is a workspace package, not the workspace.
    const server = monorepoServer(root, options.to ?? null);
    if (server) {
      log(
        `The repository root is a workspace, not an MCP server: checking ${server.path} (${server.name}). Set --path or .github/mcpver.yml to choose another package.`,
      );
      pkg = { ...pkg, path: server.path };
    }
  }
  if (options.refuseCommands) {
    const commands = (['install', 'build', 'command'] as const)
      .filter((key) => pkg[key])
      .map((key) => `${key}: ${pkg[key]}`);
    if (commands.length > 0)
      throw new CommandRefusedError(`Refused to run ${commands.join('; ')}. ${options.refuseCommands}`);
  }
  const toRef = options.to ?? null;
  if (toRef) await git.resolveCommit(toRef);
  if (options.from) await git.resolveCommit(options.from);
  const name = await packageName(git, root, pkg, toRef);
  const pattern = expandTagPattern(pkg.tagPattern, name);

  const toVersion = await versionAt(git, root, pkg, pattern, toRef);
  let from: ReportEnd | null = null;
  if (options.from) {
    const version = await versionAt(git, root, pkg, pattern, options.from);
    if (!version)
      throw new VersionError(
        `Cannot tell which version "${options.from}" released: it is not a release tag and has no semver version in package.json.`,
      );
    from = { ref: options.from, version };
  } else if (toVersion) {
    const tags = (await git.tags()).filter((t) => t !== toRef);
    // A pull request or the working tree usually still carries the released version: compare it with
    // that release, so the check says what bump the pending change needs (not "first release"). But
    // when what is checked *is* that release (a freshly tagged HEAD, a clean working tree on it),
    // the release before it is the one to compare with: a tag compared with itself proves nothing.
    const unreleased = toRef === null || versionOfTag(toRef, pattern) === null;
    let sameVersion = unreleased ? releaseTags(tags, pattern).find((t) => t.version === toVersion) : undefined;
    if (sameVersion && (await isTheRelease(git, sameVersion.tag, toRef))) sameVersion = undefined;
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

  const passEnv = passedEnvironment(pkg.passEnv, overrides.env ?? {}, options.environment ?? {}, log);
  for (const value of Object.values(passEnv)) if (value) options.onSecret?.(value);
  const snapshotOptions = {
    command: pkg.command,
    transport: pkg.transport,
    url: pkg.url,
    headers: pkg.headers,
    env: pkg.env,
    passEnv,
    install: pkg.install,
    installScripts: pkg.installScripts,
    build: pkg.build,
    timeoutMs: pkg.timeoutSeconds * 1000,
    extraParts: partReaders(pkg),
    progress: options.progress,
    path: pkg.path,
  };
  let old: Snapshot | null = options.previousSnapshot ?? null;
  /** A stored snapshot taken by other readers than these: used only when the release cannot be read again. */
  let storedByOtherReaders: Snapshot | null = null;
  if (from && !old && options.loadStoredSnapshot) {
    const packageId = pkg.id ?? name ?? pkg.path;
    try {
      old = await options.loadStoredSnapshot({ branch: config.state.branch, packageId, version: from.version! });
      if (old && old.provenance.reader !== READER_REVISION) {
        // What an older reader could not see (a declaration style, a condition) would read as a
        // change of the server: the previous release is read again, by the readers that read the new one.
        log(
          `The snapshot of ${packageId} ${from.version} on the state branch ${config.state.branch} was taken by ${old.provenance.reader ? `other readers (revision ${old.provenance.reader})` : 'an earlier mcpver'}, not by this one's (revision ${READER_REVISION}): reading ${from.ref} again, so that both versions are read alike.`,
        );
        storedByOtherReaders = old;
        old = null;
      } else if (old) log(`Read the snapshot of ${packageId} ${from.version} from the state branch ${config.state.branch}.`);
    } catch (error) {
      // A stored snapshot that cannot be read is left as it is, and this check rebuilds the release from its tag.
      log(
        `Could not use the stored snapshot of ${packageId} ${from.version}: ${(error as Error).message}. Rebuilding it from ${from.ref}.`,
      );
    }
  }
  // A server already running at a URL is the version being checked, not the previous one, which is
  // then read without it (statically, unless its own command is configured).
  const { url: _url, headers: _headers, ...withoutUrl } = snapshotOptions;
  const previousOptions: TakeSnapshotAtRefOptions = pkg.command
    ? snapshotOptions
    : {
        ...withoutUrl,
        transport: 'stdio',
        extraParts: partReaders({
          ...pkg,
          url: undefined,
          ...(pkg.surface === 'runtime' ? { surface: 'auto' as const } : {}),
        }),
      };
  if (from && !old && pkg.previous === 'registry') {
    old = await publishedSnapshot(git, from, pkg, previousOptions, log);
  }
  if (from && !old) {
    old = await takeSnapshotAtRef(git, from.ref!, previousOptions).catch((error: unknown) => {
      if (!storedByOtherReaders) throw error;
      // The release cannot be read again here (its build no longer works, say): the stored reading
      // is better than none, and the report says where a difference may come from the readers.
      log(`Could not read ${from.ref} again (${(error as Error).message}); using the stored snapshot.`);
      storedByOtherReaders.provenance.warnings.unshift({
        part: 'mcp',
        message: `The previous release's snapshot was taken by ${storedByOtherReaders.provenance.reader ? `other readers (revision ${storedByOtherReaders.provenance.reader})` : 'an earlier mcpver'} and ${from.ref} could not be read again: a change below may come from what the readers see, not from the server.`,
      });
      return storedByOtherReaders;
    });
  }
  const next = await takeNewSnapshot(
    old,
    () => (toRef ? takeSnapshotAtRef(git, toRef, snapshotOptions) : takeSnapshotOfWorkingTree(git, snapshotOptions)),
    pkg.path,
    toRef ?? undefined,
  );

  const changes = old ? await diffSnapshotsAsync(old, next, { ruleOptions: config.policy.rules }) : [];
  const report = buildReport({
    old,
    new: next,
    changes,
    from,
    to,
    failOn: overrides.failOn ?? config.policy.failOn,
    zeroMajor: overrides.zeroMajor ?? config.policy.zeroMajor,
    poisoning: config.policy.poisoning,
  });
  return { report, config, package: pkg, old, new: next };
}

/**
 * The new version's snapshot. When its package folder no longer holds a package (the server was
 * rewritten in another language, or moved) while the previous version served MCP items, that is
 * not a usage error: the new version is taken as empty, said in its warnings, and the report calls
 * the release incomplete (its tools may be served from elsewhere, or gone).
 */
async function takeNewSnapshot(
  old: Snapshot | null,
  take: () => Promise<Snapshot>,
  packagePath: string,
  ref: string | undefined,
): Promise<Snapshot> {
  try {
    return await take();
  } catch (error) {
    const served = old?.mcp
      ? old.mcp.tools.length + old.mcp.prompts.length + old.mcp.resources.length + old.mcp.resourceTemplates.length
      : 0;
    if (!(error instanceof SnapshotError) || !/^There is no readable package\.json/.test(error.message) || served === 0)
      throw error;
    const gone = emptySnapshot();
    gone.provenance.warnings.push({
      part: 'package',
      message: `${packagePath === '.' ? 'The repository root' : packagePath} holds no package.json${ref ? ` at ${ref}` : ''} (nor TypeScript files): the package was moved, removed, or rewritten in another language.`,
    });
    return gone;
  }
}
