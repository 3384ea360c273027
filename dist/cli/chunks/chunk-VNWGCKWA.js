import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  workspacePackages
} from "./chunk-VZ3H4TGL.js";
import {
  readManifest,
  serverEvidenceOf
} from "./chunk-5TGAL4XU.js";
import {
  READER_REVISION,
  partReaders,
  snapshotInCopy,
  step,
  takeSnapshot,
  takeSnapshotAtRef
} from "./chunk-E2YKA2XG.js";
import {
  Git
} from "./chunk-ANEZNWVY.js";
import {
  findLockfile,
  runSetupCommand,
  shellWord
} from "./chunk-LMQOIE72.js";
import {
  buildReport,
  diffSnapshotsAsync
} from "./chunk-2VIPLXAM.js";
import {
  emptySnapshot
} from "./chunk-VCTPKO6Y.js";
import {
  CONFIG_PATH,
  ConfigError,
  INSTALL_NONE,
  VersionError,
  defaultConfig,
  expandTagPattern,
  parseConfig,
  previousRelease,
  releaseTags,
  requireVersionOfTag,
  versionOfTag
} from "./chunk-OCWCKWLY.js";
import {
  SnapshotError
} from "./chunk-4MKIT45O.js";
import {
  registerCleanup
} from "./chunk-Q6RRY3H6.js";
import {
  require_semver
} from "./chunk-PI3AF355.js";
import {
  __toESM
} from "./chunk-AMF5LEKA.js";

// src/check.ts
var import_semver = __toESM(require_semver(), 1);
import { existsSync as existsSync2 } from "node:fs";
import { readFile } from "node:fs/promises";
import path4 from "node:path";

// src/monorepo-server.ts
import path from "node:path";
var isServer = (m) => serverEvidenceOf(m) !== void 0;
function monorepoServer(root, tag) {
  const top = readManifest(root);
  if (!top || isServer(top)) return void 0;
  const packages = workspacePackages(root);
  if (packages.size === 0) return void 0;
  const servers = [...packages].map(([name, folder]) => ({ name, folder, manifest: readManifest(folder) })).filter((p) => !!p.manifest && isServer(p.manifest)).map((p) => ({
    name: p.name,
    path: path.relative(root, p.folder).split(path.sep).join("/"),
    published: p.manifest.private !== true,
    bin: p.manifest.bin !== void 0,
    uses: Object.keys({ ...p.manifest.dependencies, ...p.manifest.devDependencies, ...p.manifest.peerDependencies })
  })).sort((a, b) => a.path.localeCompare(b.path));
  if (servers.length === 0) return void 0;
  const pick = (s) => ({ name: s.name, path: s.path });
  const byTag = tag ? servers.filter((s) => tag.startsWith(`${s.name}@`) || tag.startsWith(`${s.name}-v`)) : [];
  if (byTag.length === 1) return pick(byTag[0]);
  const leaves = servers.filter((s) => !servers.some((other) => other !== s && other.uses.includes(s.name)));
  for (const tier of [leaves.filter((s) => s.published && s.bin), leaves.filter((s) => s.published), leaves, servers])
    if (tier.length === 1) return pick(tier[0]);
  const candidates = leaves.length > 0 ? leaves : servers;
  const listed = candidates.map((s) => `${s.path} (${s.name}${s.published ? "" : ", private"})`).join(", ");
  throw new ConfigError(
    `The repository root is a workspace, not an MCP server, and ${candidates.length} of its packages are MCP servers: ${listed}. Name the one to check with --path (for example --path ${candidates[0].path}), or list them under packages: in .github/mcpver.yml.`
  );
}

// src/surface/published.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path2 from "node:path";
function publishedRef(name, version) {
  return `npm:${name}@${version}`;
}
async function takeSnapshotOfPublished(name, version, options = {}) {
  const folder = await mkdtemp(path2.join(tmpdir(), "mcpver-published-"));
  const remove = () => rm(folder, { recursive: true, force: true });
  const unregister = registerCleanup("files", remove);
  try {
    await writeFile(path2.join(folder, "package.json"), '{ "private": true }\n');
    const words = ["npm", "install", `${name}@${version}`, "--no-save", "--no-package-lock", "--no-audit", "--no-fund"];
    if (!options.installScripts) words.push("--ignore-scripts");
    const spec = `${name}@${version}`;
    await step(
      options.progress,
      `download ${spec} from the npm registry`,
      () => runSetupCommand("install", words.map(shellWord).join(" "), folder, {
        env: { ...options.env, ...options.passEnv },
        setupTimeoutMs: options.setupTimeoutMs
      })
    );
    const { path: _path, install: _install, installScripts: _scripts, build: _build, ...rest } = options;
    const snapshot = await takeSnapshot({
      ...rest,
      label: options.label ?? spec,
      dir: path2.join(folder, "node_modules", name)
    });
    snapshot.provenance.ref = publishedRef(name, version);
    return snapshot;
  } finally {
    await remove();
    unregister();
  }
}

// src/surface/working-copy.ts
import { existsSync } from "node:fs";
import { copyFile, lstat, mkdir, readlink, rm as rm2, symlink } from "node:fs/promises";
import path3 from "node:path";
var WORKING_TREE_LABEL = "the working tree";
function needsCopy(root, packageDir, options) {
  if (options.build) return true;
  if (options.install === INSTALL_NONE) return false;
  if (options.install) return true;
  const willRun = Boolean(options.command);
  const installed = existsSync(path3.join(packageDir, "node_modules")) || existsSync(path3.join(root, "node_modules"));
  return willRun && !installed && findLockfile(packageDir, root) !== void 0;
}
async function takeSnapshotOfWorkingTree(git, options = {}) {
  const root = await git.topLevel();
  const packagePath = options.path ?? ".";
  const packageDir = path3.join(root, packagePath);
  const label = options.label ?? WORKING_TREE_LABEL;
  if (!needsCopy(root, packageDir, options)) {
    const { path: _path, install: _install, installScripts: _scripts, ...rest } = options;
    return takeSnapshot({ ...rest, label, dir: packageDir });
  }
  const top = new Git(root);
  const end = options.progress?.start(`copy ${label}`);
  let inside = false;
  return top.withWorktree("HEAD", async (copy) => {
    await overlayWorkingTree(top, root, copy);
    inside = true;
    end?.(true);
    return snapshotInCopy(copy, root, { ...options, label });
  }).catch((error) => {
    if (!inside) end?.(false);
    throw error;
  });
}
async function overlayWorkingTree(git, root, copy) {
  const listed = (await git.exec(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])).split("\0").filter(Boolean);
  for (const file of new Set(listed)) {
    const from = path3.join(root, file);
    const to = path3.join(copy, file);
    const stat = await lstat(from).catch(() => void 0);
    if (!stat) {
      await rm2(to, { force: true });
      continue;
    }
    if (stat.isDirectory()) continue;
    await mkdir(path3.dirname(to), { recursive: true });
    await rm2(to, { force: true });
    if (stat.isSymbolicLink()) await symlink(await readlink(from), to);
    else await copyFile(from, to);
  }
}

// src/check.ts
var CommandRefusedError = class extends Error {
  name = "CommandRefusedError";
};
async function loadConfig(root, configPath) {
  const file = configPath ?? CONFIG_PATH;
  const absolute = path4.resolve(root, file);
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch (error) {
    if (error.code === "ENOENT" && configPath === void 0) return defaultConfig();
    throw new ConfigError(`Cannot read the config file ${file}: ${error.message}`);
  }
  return parseConfig(text, file);
}
function choosePackage(config, id) {
  if (id === void 0) return config.packages[0];
  const found = config.packages.find((p) => p.id === id || p.path === id);
  if (!found) {
    const known = config.packages.map((p) => p.id ?? p.path).join(", ");
    throw new ConfigError(`No package "${id}" in the config (known: ${known}).`);
  }
  return found;
}
function withOverrides(pkg, command, o) {
  return {
    ...pkg,
    ...command !== void 0 ? { command } : {},
    ...o.timeoutSeconds !== void 0 ? { timeoutSeconds: o.timeoutSeconds } : {},
    ...o.install !== void 0 ? { install: o.install } : {},
    ...o.build !== void 0 ? { build: o.build } : {},
    ...o.surface !== void 0 ? { surface: o.surface } : {},
    ...o.tagPattern !== void 0 ? { tagPattern: o.tagPattern } : {},
    ...o.path !== void 0 ? { path: o.path } : {},
    ...o.passEnv !== void 0 ? { passEnv: [.../* @__PURE__ */ new Set([...pkg.passEnv, ...o.passEnv])] } : {},
    ...o.url !== void 0 ? { url: o.url, transport: o.transport ?? "http" } : {},
    ...o.transport !== void 0 ? { transport: o.transport } : {},
    ...o.headers !== void 0 ? { headers: { ...pkg.headers, ...o.headers } } : {},
    ...o.previous !== void 0 ? { previous: o.previous } : {},
    ...o.installScripts !== void 0 ? { installScripts: o.installScripts } : {}
  };
}
function passedEnvironment(names, given, environment, log) {
  const passed = {};
  const missing = [];
  for (const name of names) {
    const value = environment[name];
    if (value === void 0) missing.push(name);
    else passed[name] = value;
  }
  if (missing.length > 0) {
    log(
      `pass-env: ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not set in mcpver's environment, so the server does not get ${missing.length === 1 ? "it" : "them"} (in a workflow, set it in the step's env, from a secret).`
    );
  }
  return { ...passed, ...given };
}
async function packageName(git, root, pkg, ref) {
  const file = path4.posix.join(pkg.path, "package.json");
  const text = ref ? await git.readFile(ref, file) : await readFile(path4.join(root, file), "utf8").catch(() => null);
  if (!text) return void 0;
  try {
    const parsed = JSON.parse(text);
    return typeof parsed.name === "string" ? parsed.name : void 0;
  } catch {
    return void 0;
  }
}
async function versionAt(git, root, pkg, pattern, ref) {
  if (ref) {
    const fromTag = versionOfTag(ref, pattern);
    if (fromTag) return fromTag;
    if ((await git.tags()).includes(ref)) return requireVersionOfTag(ref, pattern);
  }
  const file = path4.posix.join(pkg.path, "package.json");
  const text = ref ? await git.readFile(ref, file) : await readFile(path4.join(root, file), "utf8").catch(() => null);
  if (!text) return null;
  try {
    const version = JSON.parse(text).version;
    return typeof version === "string" && import_semver.default.valid(version) ? import_semver.default.valid(version) : null;
  } catch {
    return null;
  }
}
async function isTheRelease(git, tag, toRef) {
  const tagged = await git.resolveCommit(tag);
  if (toRef !== null) return await git.resolveCommit(toRef) === tagged;
  const head = await git.resolveCommit("HEAD").catch(() => void 0);
  if (head !== tagged) return false;
  return (await git.exec(["status", "--porcelain", "--untracked-files=normal"])).trim() === "";
}
async function publishedSnapshot(git, from, pkg, options, log) {
  const name = await packageName(git, await git.topLevel(), pkg, from.ref);
  if (!name) {
    log(
      `previous: registry, but ${path4.posix.join(pkg.path, "package.json")} at ${from.ref} has no name: rebuilding ${from.version} from ${from.ref}.`
    );
    return null;
  }
  try {
    const snapshot = await takeSnapshotOfPublished(name, from.version, options);
    log(`Read ${name}@${from.version} as published on the npm registry.`);
    return snapshot;
  } catch (error) {
    const reason = error.message.split("\n")[0];
    log(`Could not read ${name}@${from.version} from the npm registry (${reason}). Rebuilding it from ${from.ref}.`);
    return null;
  }
}
async function runCheck(options) {
  const log = options.log ?? (() => void 0);
  const git = new Git(options.cwd);
  const root = await git.topLevel();
  const config = await loadConfig(root, options.configPath);
  const overrides = options.overrides ?? {};
  let pkg = withOverrides(choosePackage(config, options.packageId), options.command, overrides);
  if (overrides.path === void 0 && options.configPath === void 0 && !existsSync2(path4.join(root, CONFIG_PATH))) {
    const server = monorepoServer(root, options.to ?? null);
    if (server) {
      log(
        `The repository root is a workspace, not an MCP server: checking ${server.path} (${server.name}). Set --path or .github/mcpver.yml to choose another package.`
      );
      pkg = { ...pkg, path: server.path };
    }
  }
  if (options.refuseCommands) {
    const commands = ["install", "build", "command"].filter((key) => pkg[key]).map((key) => `${key}: ${pkg[key]}`);
    if (commands.length > 0)
      throw new CommandRefusedError(`Refused to run ${commands.join("; ")}. ${options.refuseCommands}`);
  }
  const toRef = options.to ?? null;
  if (toRef) await git.resolveCommit(toRef);
  if (options.from) await git.resolveCommit(options.from);
  const name = await packageName(git, root, pkg, toRef);
  const pattern = expandTagPattern(pkg.tagPattern, name);
  const toVersion = await versionAt(git, root, pkg, pattern, toRef);
  let from = null;
  if (options.from) {
    const version = await versionAt(git, root, pkg, pattern, options.from);
    if (!version)
      throw new VersionError(
        `Cannot tell which version "${options.from}" released: it is not a release tag and has no semver version in package.json.`
      );
    from = { ref: options.from, version };
  } else if (toVersion) {
    const tags = (await git.tags()).filter((t) => t !== toRef);
    const unreleased = toRef === null || versionOfTag(toRef, pattern) === null;
    let sameVersion = unreleased ? releaseTags(tags, pattern).find((t) => t.version === toVersion) : void 0;
    if (sameVersion && await isTheRelease(git, sameVersion.tag, toRef)) sameVersion = void 0;
    const previous = sameVersion ?? previousRelease(tags, toVersion, pattern);
    if (previous) from = { ref: previous.tag, version: previous.version };
  } else {
    throw new VersionError(
      `Cannot tell which version ${toRef ?? "the working tree"} releases: name a release tag with --to, or give ${path4.posix.join(pkg.path, "package.json")} a semver "version".`
    );
  }
  const to = { ref: toRef ?? "HEAD", version: toVersion };
  if (from) log(`Comparing ${from.ref} (${from.version}) with ${to.ref} (${to.version ?? "no version"})`);
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
    timeoutMs: pkg.timeoutSeconds * 1e3,
    extraParts: partReaders(pkg),
    progress: options.progress,
    path: pkg.path
  };
  let old = options.previousSnapshot ?? null;
  let storedByOtherReaders = null;
  if (from && !old && options.loadStoredSnapshot) {
    const packageId = pkg.id ?? name ?? pkg.path;
    try {
      old = await options.loadStoredSnapshot({ branch: config.state.branch, packageId, version: from.version });
      if (old && old.provenance.reader !== READER_REVISION) {
        log(
          `The snapshot of ${packageId} ${from.version} on the state branch ${config.state.branch} was taken by ${old.provenance.reader ? `other readers (revision ${old.provenance.reader})` : "an earlier mcpver"}, not by this one's (revision ${READER_REVISION}): reading ${from.ref} again, so that both versions are read alike.`
        );
        storedByOtherReaders = old;
        old = null;
      } else if (old) log(`Read the snapshot of ${packageId} ${from.version} from the state branch ${config.state.branch}.`);
    } catch (error) {
      log(
        `Could not use the stored snapshot of ${packageId} ${from.version}: ${error.message}. Rebuilding it from ${from.ref}.`
      );
    }
  }
  const { url: _url, headers: _headers, ...withoutUrl } = snapshotOptions;
  const previousOptions = pkg.command ? snapshotOptions : {
    ...withoutUrl,
    transport: "stdio",
    extraParts: partReaders({
      ...pkg,
      url: void 0,
      ...pkg.surface === "runtime" ? { surface: "auto" } : {}
    })
  };
  if (from && !old && pkg.previous === "registry") {
    old = await publishedSnapshot(git, from, pkg, previousOptions, log);
  }
  if (from && !old) {
    old = await takeSnapshotAtRef(git, from.ref, previousOptions).catch((error) => {
      if (!storedByOtherReaders) throw error;
      log(`Could not read ${from.ref} again (${error.message}); using the stored snapshot.`);
      storedByOtherReaders.provenance.warnings.unshift({
        part: "mcp",
        message: `The previous release's snapshot was taken by ${storedByOtherReaders.provenance.reader ? `other readers (revision ${storedByOtherReaders.provenance.reader})` : "an earlier mcpver"} and ${from.ref} could not be read again: a change below may come from what the readers see, not from the server.`
      });
      return storedByOtherReaders;
    });
  }
  const next = await takeNewSnapshot(
    old,
    () => toRef ? takeSnapshotAtRef(git, toRef, snapshotOptions) : takeSnapshotOfWorkingTree(git, snapshotOptions),
    pkg.path,
    toRef ?? void 0
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
    poisoning: config.policy.poisoning
  });
  return { report, config, package: pkg, old, new: next };
}
async function takeNewSnapshot(old, take, packagePath, ref) {
  try {
    return await take();
  } catch (error) {
    const served = old?.mcp ? old.mcp.tools.length + old.mcp.prompts.length + old.mcp.resources.length + old.mcp.resourceTemplates.length : 0;
    if (!(error instanceof SnapshotError) || !/^There is no readable package\.json/.test(error.message) || served === 0)
      throw error;
    const gone = emptySnapshot();
    gone.provenance.warnings.push({
      part: "package",
      message: `${packagePath === "." ? "The repository root" : packagePath} holds no package.json${ref ? ` at ${ref}` : ""} (nor TypeScript files): the package was moved, removed, or rewritten in another language.`
    });
    return gone;
  }
}

export {
  runCheck
};
