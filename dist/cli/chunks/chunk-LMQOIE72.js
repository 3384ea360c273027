import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  SnapshotError,
  withOutput
} from "./chunk-4MKIT45O.js";
import {
  registerCleanup
} from "./chunk-Q6RRY3H6.js";

// src/surface/install.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var LOCKFILES = [
  ["pnpm-lock.yaml", "pnpm"],
  ["bun.lock", "bun"],
  ["bun.lockb", "bun"],
  ["yarn.lock", "yarn"],
  ["package-lock.json", "npm"],
  ["npm-shrinkwrap.json", "npm"]
];
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return void 0;
  }
}
function yarnFlavour(file) {
  return readFileSync(file, "utf8").includes("\n__metadata:") ? "yarn" : "yarn-classic";
}
function findLockfile(packageDir, top) {
  let dir = path.resolve(packageDir);
  const stop = path.resolve(top);
  for (; ; ) {
    const found = LOCKFILES.filter(([name]) => existsSync(path.join(dir, name)));
    if (found.length > 0) {
      const declared = String(readJson(path.join(dir, "package.json"))?.packageManager ?? "").split("@")[0];
      const [name, manager] = found.find(([, m]) => m === declared) ?? found[0];
      const file = path.join(dir, name);
      return { manager: manager === "yarn" ? yarnFlavour(file) : manager, file, root: dir };
    }
    if (dir === stop || path.dirname(dir) === dir) return void 0;
    dir = path.dirname(dir);
  }
}
function repositoryTop(dir) {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, ".git"))) return at;
    if (path.dirname(at) === at) break;
  }
  const resolved = path.resolve(dir);
  const modules = resolved.indexOf(`${path.sep}node_modules${path.sep}`);
  return modules > 0 ? resolved.slice(0, modules) : resolved;
}
function installCommand(lockfile, packageDir, options) {
  const inWorkspace = path.resolve(packageDir) !== lockfile.root;
  const name = inWorkspace ? readJson(path.join(packageDir, "package.json"))?.name : void 0;
  const rootName = readJson(path.join(lockfile.root, "package.json"))?.name;
  const noScripts = options.scripts ? [] : ["--ignore-scripts"];
  let words;
  switch (lockfile.manager) {
    case "npm":
      words = [
        "npm",
        "ci",
        ...noScripts,
        "--no-audit",
        "--no-fund",
        ...name ? [`--workspace=${name}`, "--include-workspace-root"] : []
      ];
      break;
    case "pnpm":
      words = [
        "pnpm",
        "install",
        "--frozen-lockfile",
        ...noScripts,
        ...name ? ["--filter", `${name}...`, "--filter", "."] : []
      ];
      break;
    case "yarn":
      words = name ? ["yarn", "workspaces", "focus", ...rootName ? [rootName] : [], name] : ["yarn", "install", "--immutable"];
      break;
    case "yarn-classic":
      words = ["yarn", "install", "--frozen-lockfile", "--non-interactive", ...noScripts];
      break;
    case "bun":
      words = [
        "bun",
        "install",
        "--frozen-lockfile",
        ...noScripts,
        ...name ? ["--filter", name, ...rootName ? ["--filter", rootName] : []] : []
      ];
      break;
  }
  return { command: words.map(shellWord).join(" "), cwd: lockfile.root, manager: lockfile.manager };
}
function shellWord(word) {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
function installEnvironment(scripts) {
  return scripts ? {} : { npm_config_ignore_scripts: "true", YARN_ENABLE_SCRIPTS: "false" };
}

// src/surface/mcp-server.ts
var MCP_SERVER_PACKAGES = [
  "@modelcontextprotocol/sdk",
  "@modelcontextprotocol/server",
  "fastmcp",
  "mcp-framework",
  "mcp-handler",
  "@vercel/mcp-adapter",
  "@mastra/mcp",
  "xmcp",
  "tmcp",
  "@hono/mcp",
  "mcp-lite",
  "mcp-use",
  "@genkit-ai/mcp",
  "litemcp",
  "easy-mcp",
  "@smithery/sdk",
  "agents"
];
var NEEDS_COMPANION = /* @__PURE__ */ new Set(["agents"]);
function mcpServerEvidence(manifest) {
  const kinds = [
    ["depends on", manifest.dependencies],
    ["has a peer dependency on", manifest.peerDependencies],
    ["has a development dependency on", manifest.devDependencies]
  ];
  for (const [how, deps] of kinds) {
    if (!deps) continue;
    const names = Object.keys(deps);
    const found = MCP_SERVER_PACKAGES.find(
      (name) => names.includes(name) && (!NEEDS_COMPANION.has(name) || names.some((n) => /mcp/i.test(n)))
    );
    if (found) return `it ${how} ${found}`;
  }
  return void 0;
}

// src/process/process-group.ts
import { spawn } from "node:child_process";
var OUTPUT_KEEP_CHARS = 64 * 1024;
var INPUT_CLOSED_GRACE_MS = 1e3;
var TERM_GRACE_MS = 2e3;
var KILL_WAIT_MS = 3e3;
var POLL_MS = 25;
var POSIX = process.platform !== "win32";
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
var ProcessGroup = class _ProcessGroup {
  constructor(child) {
    this.child = child;
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    const keep = (chunk) => {
      this.output = (this.output + chunk.toString("utf8")).slice(-OUTPUT_KEEP_CHARS);
    };
    child.stderr?.on("data", keep);
    this.unregister = registerCleanup("process", () => this.stop());
  }
  child;
  /** What the process wrote to stderr (and to stdout, when captured), its last 64 KiB. */
  output = "";
  /** Set once the process (the group's leader) has exited. */
  exit;
  exited;
  stopping;
  unregister;
  /** Start the command; rejects (ENOENT, EACCES…) when it cannot be started at all. */
  static start(options) {
    const child = spawn(options.file, options.args ?? [], {
      cwd: options.cwd,
      env: options.env,
      shell: options.shell ?? false,
      detached: POSIX,
      windowsHide: true,
      stdio: [options.stdin, "pipe", "pipe"]
    });
    return new Promise((resolve, reject) => {
      child.once("error", reject);
      child.once("spawn", () => {
        child.off("error", reject);
        child.on("error", () => void 0);
        const group = new _ProcessGroup(child);
        if (options.stdout === "capture")
          child.stdout?.on("data", (chunk) => {
            group.output = (group.output + chunk.toString("utf8")).slice(-OUTPUT_KEEP_CHARS);
          });
        resolve(group);
      });
    });
  }
  get pid() {
    return this.child.pid;
  }
  /** Whether any process of the group is still there (the leader, or what it started and left). */
  isAlive() {
    try {
      if (POSIX) process.kill(-this.pid, 0);
      else return this.exit === void 0;
      return true;
    } catch (error) {
      return error.code === "EPERM";
    }
  }
  signal(signal) {
    try {
      if (POSIX) process.kill(-this.pid, signal);
      else this.child.kill(signal);
    } catch {
    }
  }
  async waitGone(ms) {
    for (let waited = 0; waited < ms; waited += POLL_MS) {
      if (!this.isAlive()) return true;
      await sleep(POLL_MS);
    }
    return !this.isAlive();
  }
  /**
   * End the whole group: close its input (a stdio server's cue to exit), then SIGTERM, then
   * SIGKILL, each after a grace period; then let go of its pipes, so that a process which left the
   * group but holds them cannot keep mcpver alive. Safe to call more than once.
   */
  stop() {
    this.stopping ??= (async () => {
      if (this.child.stdin && !this.child.stdin.destroyed) {
        this.child.stdin.end();
        await Promise.race([this.exited, sleep(INPUT_CLOSED_GRACE_MS)]);
      }
      if (this.isAlive()) {
        this.signal("SIGTERM");
        if (!await this.waitGone(TERM_GRACE_MS)) {
          this.signal("SIGKILL");
          await this.waitGone(KILL_WAIT_MS);
        }
      }
      for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) stream?.destroy();
      this.child.unref();
      this.unregister();
    })();
    return this.stopping;
  }
};

// src/surface/setup-command.ts
var DEFAULT_SETUP_TIMEOUT_MS = 15 * 6e4;
var COMMAND_NOT_FOUND = 127;
async function runSetupCommand(kind, command, cwd, options) {
  const timeoutMs = options.setupTimeoutMs ?? DEFAULT_SETUP_TIMEOUT_MS;
  let group;
  try {
    group = await ProcessGroup.start({
      file: command,
      shell: true,
      cwd,
      // The command sees mcpver's own environment (npm needs its config, PATH and proxies) plus `env`.
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdout: "capture",
      stdin: "ignore"
    });
  } catch (error) {
    throw new SnapshotError(
      `The ${kind} command "${command}" (in ${cwd}) could not be run (${error.message}).`,
      { command, cause: error }
    );
  }
  let timer;
  const timedOut = new Promise((resolve) => timer = setTimeout(() => resolve("timeout"), timeoutMs));
  const result = await Promise.race([group.exited, timedOut]);
  clearTimeout(timer);
  await group.stop();
  if (result !== "timeout" && result.code === 0) return;
  const why = result === "timeout" ? `did not finish within ${timeoutMs / 1e3} s and was stopped` : result.signal ? `was killed by ${result.signal}` : result.code === COMMAND_NOT_FOUND ? `failed: the shell could not find the command (exit code 127); install the tool it names (for pnpm, yarn or bun: corepack enable, or their setup actions in a workflow)` : `failed with exit code ${result.code}`;
  throw new SnapshotError(
    withOutput(`The ${kind} command "${command}" (in ${cwd}) ${why}.`, "Its output", group.output),
    {
      command,
      output: group.output
    }
  );
}

export {
  MCP_SERVER_PACKAGES,
  mcpServerEvidence,
  findLockfile,
  repositoryTop,
  installCommand,
  shellWord,
  installEnvironment,
  ProcessGroup,
  runSetupCommand
};
