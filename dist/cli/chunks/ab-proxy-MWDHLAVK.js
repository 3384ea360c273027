import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  assignVariant
} from "./chunk-BOEOZSPV.js";
import {
  StdioUpstream,
  isUrlTarget,
  killAllServers
} from "./chunk-RXMCUKGG.js";
import "./chunk-6QCSLX2N.js";
import {
  installationUnit
} from "./chunk-OGFKQTAP.js";
import "./chunk-TY3A46UA.js";
import {
  DEFAULT_STATE_BRANCH
} from "./chunk-RZ6W55DQ.js";
import "./chunk-4MKIT45O.js";
import {
  writeLine
} from "./chunk-2MH32WPR.js";
import {
  EXIT,
  UsageError,
  parse
} from "./chunk-DJUNXNBT.js";
import "./chunk-AMF5LEKA.js";

// node_modules/env-paths/index.js
import path from "node:path";
import os from "node:os";
import process2 from "node:process";

// node_modules/is-safe-filename/index.js
var unsafeFilenameFixtures = Object.freeze([
  "",
  "   ",
  ".",
  "..",
  " .",
  ". ",
  " ..",
  ".. ",
  "../",
  "../foo",
  "foo/../bar",
  "foo/bar",
  "foo\\bar",
  "foo\0bar"
]);
function isSafeFilename(filename) {
  if (typeof filename !== "string") {
    return false;
  }
  const trimmed = filename.trim();
  return trimmed !== "" && trimmed !== "." && trimmed !== ".." && !filename.includes("/") && !filename.includes("\\") && !filename.includes("\0");
}
function assertSafeFilename(filename) {
  if (typeof filename !== "string") {
    throw new TypeError("Expected a string");
  }
  if (!isSafeFilename(filename)) {
    throw new Error(`Unsafe filename: ${JSON.stringify(filename)}`);
  }
}

// node_modules/env-paths/index.js
var homedir = os.homedir();
var tmpdir = os.tmpdir();
var { env } = process2;
var macos = (name) => {
  const library = path.join(homedir, "Library");
  return {
    data: path.join(library, "Application Support", name),
    config: path.join(library, "Preferences", name),
    cache: path.join(library, "Caches", name),
    log: path.join(library, "Logs", name),
    temp: path.join(tmpdir, name)
  };
};
var windows = (name) => {
  const appData = env.APPDATA || path.join(homedir, "AppData", "Roaming");
  const localAppData = env.LOCALAPPDATA || path.join(homedir, "AppData", "Local");
  return {
    // Data/config/cache/log are invented by me as Windows isn't opinionated about this
    data: path.join(localAppData, name, "Data"),
    config: path.join(appData, name, "Config"),
    cache: path.join(localAppData, name, "Cache"),
    log: path.join(localAppData, name, "Log"),
    temp: path.join(tmpdir, name)
  };
};
var linux = (name) => {
  const username = path.basename(homedir);
  return {
    data: path.join(env.XDG_DATA_HOME || path.join(homedir, ".local", "share"), name),
    config: path.join(env.XDG_CONFIG_HOME || path.join(homedir, ".config"), name),
    cache: path.join(env.XDG_CACHE_HOME || path.join(homedir, ".cache"), name),
    // https://wiki.debian.org/XDGBaseDirectorySpecification#state
    log: path.join(env.XDG_STATE_HOME || path.join(homedir, ".local", "state"), name),
    temp: path.join(tmpdir, username, name)
  };
};
function envPaths(name, { suffix = "nodejs" } = {}) {
  assertSafeFilename(name);
  if (suffix) {
    name += `-${suffix}`;
  }
  assertSafeFilename(name);
  if (process2.platform === "darwin") {
    return macos(name);
  }
  if (process2.platform === "win32") {
    return windows(name);
  }
  return linux(name);
}

// src/ab/proxy/early-launch.ts
import { execFile } from "node:child_process";
function readStoredTest(repoDir, branch, testId) {
  return new Promise((resolve) => {
    execFile(
      "git",
      ["cat-file", "blob", `refs/heads/${branch}:ab/${testId}/test.json`],
      { cwd: repoDir, timeout: 1e4 },
      (error, stdout) => {
        if (error) return resolve(null);
        try {
          resolve(JSON.parse(stdout));
        } catch {
          resolve(null);
        }
      }
    );
  });
}
async function launchEarly(options2) {
  const stored = await readStoredTest(options2.repoDir, options2.branch, options2.testId);
  if (!stored || stored.status !== "running") return null;
  let variant;
  try {
    variant = assignVariant(options2.testId, options2.unit, stored.split);
  } catch {
    return null;
  }
  const target = options2.targets[variant];
  if (isUrlTarget(target)) return null;
  const upstream = new StdioUpstream(target, options2.upstream);
  upstream.launch();
  return { variant, upstream };
}

// src/cli/ab-proxy.ts
var abProxyHelp = `mcpver ab proxy --test ID --a CMD|URL --b CMD|URL [options]
  An MCP server that a client launches (stdio) or connects to (--listen) in place of the real one:
  it assigns the client to version A or B, starts only that version, forwards every message
  unchanged, and records each call (response_time, error, timeout, result_bytes) in batches.
  --unit VALUE            the unit of assignment (a user or machine id); default: an id kept per
                          installation in the user's cache folder, else one per session
  --listen HOST:PORT      serve streamable HTTP at http://HOST:PORT/mcp instead of stdio
  --unit-header NAME      with --listen: each session's unit from this request header
  --shadow                A answers every call; read-only tool calls also go to B, and the proxy
                          records B's latency and whether B answered differently
  --shadow-tools A,B      shadow these tools (whatever their annotations); implies --shadow
  --config FILE           the test's definition (else .github/mcpver.yml, else the stored test)
  --record state          record into the state branch of the repository (the default)
  --record file:PATH      append wide NDJSON events to a file
  --record app            send signed batches to the App: --app-url URL --repository OWNER/REPO,
                          with the test's secret in MCPVER_AB_TEST_SECRET (mcpver ab secret)
  --batch-interval SEC    write events every SEC seconds (default 10): a kill loses at most that
  --call-timeout SEC      record a call as a timeout after SEC seconds (default 60; the answer still passes)
  --record-payloads       also write arguments and results (--record file: only)
  --repo DIR              the repository (default: the working directory); --state-branch NAME`;
var options = {
  test: { type: "string" },
  a: { type: "string" },
  b: { type: "string" },
  unit: { type: "string" },
  "unit-header": { type: "string" },
  listen: { type: "string" },
  shadow: { type: "boolean" },
  "shadow-tools": { type: "string" },
  config: { type: "string" },
  record: { type: "string" },
  "app-url": { type: "string" },
  repository: { type: "string" },
  "batch-interval": { type: "string" },
  "call-timeout": { type: "string" },
  "record-payloads": { type: "boolean" },
  repo: { type: "string" },
  "state-branch": { type: "string" },
  help: { type: "boolean", short: "h" }
};
var SECRET_ENV = "MCPVER_AB_TEST_SECRET";
var EOF_BUDGET_MS = 3e4;
var SIGNAL_BUDGET_MS = 1500;
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function seconds(values, key) {
  const raw = values[key];
  if (raw === void 0) return void 0;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${key} must be a number of seconds above 0 (got "${raw}").`);
  return Math.round(n * 1e3);
}
function recordTarget(values, env2) {
  const record = values.record ?? "state";
  if (record === "state") return { kind: "state" };
  if (record.startsWith("file:") && record.length > 5) return { kind: "file", path: record.slice(5) };
  if (record === "app") {
    const appUrl = values["app-url"];
    const repository = values.repository;
    if (!appUrl || !/^https?:\/\//.test(appUrl))
      throw new UsageError("--record app needs --app-url URL (where the App serves its routes).");
    if (!repository || !/^[^/\s]+\/[^/\s]+$/.test(repository))
      throw new UsageError("--record app needs --repository OWNER/REPO (the repository the App records into).");
    const secret = env2[SECRET_ENV];
    if (!secret)
      throw new UsageError(
        `--record app needs the test's secret in ${SECRET_ENV} (mcpver ab secret --test ID --repository OWNER/REPO, run where MCPVER_AB_SECRET is known).`
      );
    return { kind: "app", appUrl, repository, secret };
  }
  throw new UsageError(`--record must be state, file:PATH or app (got "${record}").`);
}
function hostPort(listenAt) {
  const match = /^(.*):(\d{1,5})$/.exec(listenAt);
  const port = match ? Number(match[2]) : NaN;
  if (!match || !match[1] || port > 65535)
    throw new UsageError(`--listen must be HOST:PORT, for example 127.0.0.1:8808 (got "${listenAt}").`);
  return { host: match[1].replace(/^\[(.*)\]$/, "$1"), port };
}
function describeSession(opened, unit, unitSource, targets, versions) {
  return `unit ${unit} (${unitSource}) \u2192 ${opened.variant} (${versions[opened.variant]}): ${targets[opened.variant]}${opened.override ? `; ${opened.override}` : ""}`;
}
async function abProxyCommand(argv, io) {
  const { values } = parse(argv, options);
  if (values.help) {
    writeLine(io.stdout, abProxyHelp);
    return EXIT.ok;
  }
  const log = (line) => io.stderr.write(`mcpver ab proxy: ${line}
`);
  const testId = values.test;
  if (!testId) throw new UsageError("mcpver ab proxy needs --test ID.");
  if (!values.a || !values.b) throw new UsageError("mcpver ab proxy needs both versions: --a CMD|URL and --b CMD|URL.");
  if (values["unit-header"] && !values.listen)
    throw new UsageError("--unit-header needs --listen (stdio sessions have no headers).");
  const shadowTools = values["shadow-tools"]?.split(",").map((t) => t.trim()).filter(Boolean);
  const shadow = values.shadow || shadowTools ? { ...shadowTools?.length ? { tools: shadowTools } : {} } : void 0;
  const listenAt = values.listen ? hostPort(values.listen) : void 0;
  const cacheDir = envPaths("mcpver", { suffix: "" }).cache;
  const record = recordTarget(values, io.env);
  const repoDir = values.repo ?? process.cwd();
  const onServerStderr = (chunk) => io.stderr.write(chunk.toString("utf8"));
  const unit = listenAt ? null : values.unit ? { unit: values.unit, source: "flag" } : await installationUnit(cacheDir);
  const early = unit && !shadow ? await launchEarly({
    repoDir,
    branch: values["state-branch"] ?? DEFAULT_STATE_BRANCH,
    testId,
    unit: unit.unit,
    targets: { A: values.a, B: values.b },
    upstream: { onStderr: onServerStderr }
  }) : null;
  process.on("exit", () => killAllServers());
  const { startProxy, serveStdio } = await import("./proxy-QUE2CIC6.js");
  const starting = startProxy({
    testId,
    a: values.a,
    b: values.b,
    repoDir,
    ...values["state-branch"] ? { stateBranch: values["state-branch"] } : {},
    ...values.config ? { configFile: values.config } : {},
    record,
    ...seconds(values, "batch-interval") ? { batchIntervalMs: seconds(values, "batch-interval") } : {},
    ...seconds(values, "call-timeout") ? { callTimeoutMs: seconds(values, "call-timeout") } : {},
    recordPayloads: values["record-payloads"] ?? false,
    ...shadow ? { shadow } : {},
    cacheDir,
    onServerStderr,
    log
  });
  const started = await starting.catch((error) => {
    killAllServers();
    throw error;
  });
  const { proxy, resolved } = started;
  const targets = { A: values.a, B: values.b };
  log(
    `test "${resolved.test.id}" (from ${resolved.source}); recording into ${started.sinkWhere} every ${proxy.settings.recorder.intervalMs / 1e3} s.`
  );
  let deadline = Number.POSITIVE_INFINITY;
  let ending = null;
  const shutdown = (code, budgetMs) => {
    deadline = Math.min(deadline, Date.now() + budgetMs);
    ending ??= (async () => {
      let closed = false;
      const closing = proxy.close(budgetMs).finally(() => closed = true);
      while (!closed && Date.now() < deadline) await Promise.race([closing, sleep(50)]);
      const inFlight = proxy.settings.recorder.inFlight;
      if (!closed && inFlight > 0)
        log(
          `a batch of ${inFlight} events was still being written into ${started.sinkWhere} when the proxy had to end: it may be lost (at most this one batch).`
        );
      proxy.spoolUnwritten();
      killAllServers();
      const totals = proxy.settings.recorder.snapshot();
      log(
        `recorded ${totals.recorded} events in ${totals.batches} batches${totals.dropped ? `; ${totals.dropped} could not be recorded` : ""}.`
      );
      process.exit(code);
    })();
    return ending;
  };
  for (const [signal, number] of [
    ["SIGINT", 2],
    ["SIGTERM", 15],
    ["SIGHUP", 1]
  ])
    process.on(signal, () => void shutdown(128 + number, SIGNAL_BUDGET_MS));
  process.on("uncaughtException", (error) => {
    log(`unexpected error: ${error.stack ?? error.message}`);
    proxy.spoolUnwritten();
    killAllServers();
    process.exit(EXIT.usage);
  });
  if (listenAt) {
    const { listen } = await import("./listen-6YGARSY4.js");
    const listening = await listen(proxy, {
      ...listenAt,
      ...values.unit ? { unit: values.unit } : {},
      ...values["unit-header"] ? { unitHeader: values["unit-header"] } : {},
      onOpened: (opened, unit2) => log(
        describeSession(
          opened,
          unit2,
          values.unit ? "--unit" : values["unit-header"] ? "header" : "session",
          targets,
          resolved.test.versions
        )
      )
    });
    log(`serving streamable HTTP at ${listening.url}`);
    await new Promise(() => {
    });
  }
  const stdioUnit = unit;
  if ("note" in stdioUnit && stdioUnit.note) log(`the unit is this session only: ${stdioUnit.note}.`);
  await serveStdio(
    proxy,
    stdioUnit.unit,
    process.stdin,
    process.stdout,
    (opened) => log(
      describeSession(
        opened,
        stdioUnit.unit,
        stdioUnit.source === "flag" ? "--unit" : stdioUnit.source,
        targets,
        resolved.test.versions
      )
    ),
    early ?? void 0
  );
  return shutdown(EXIT.ok, EOF_BUDGET_MS);
}
export {
  SECRET_ENV,
  abProxyCommand,
  abProxyHelp
};
