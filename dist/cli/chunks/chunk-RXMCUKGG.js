import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  fromLine,
  textOf
} from "./chunk-6QCSLX2N.js";
import {
  parseCommandLine
} from "./chunk-TY3A46UA.js";

// src/ab/proxy/child-server.ts
import { spawn } from "node:child_process";
var STOP_GRACE_MS = 2e3;
var STDERR_TAIL_LINES = 5;
var live = /* @__PURE__ */ new Set();
function killAllServers() {
  for (const server of live) server.killNow();
}
var usesGroups = process.platform !== "win32";
function signalGroup(child, signal) {
  if (child.pid === void 0) return;
  if (!usesGroups && (child.exitCode !== null || child.signalCode !== null)) return;
  try {
    if (usesGroups) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
  }
}
function startChildServer(command, options = {}) {
  const line = parseCommandLine(
    command,
    Object.fromEntries(
      Object.entries(options.env ?? process.env).filter((e) => e[1] !== void 0)
    )
  );
  const child = spawn(line.file, line.args, {
    cwd: options.cwd,
    env: { ...options.env ?? process.env, ...line.env },
    stdio: ["pipe", "pipe", "pipe"],
    detached: usesGroups,
    windowsHide: true
  });
  const tail = [];
  let partial = "";
  child.stderr.on("data", (chunk) => {
    options.onStderr?.(chunk);
    const lines = (partial + chunk.toString("utf8")).split("\n");
    partial = lines.pop() ?? "";
    for (const l of lines) if (l.trim()) tail.push(l.trimEnd());
    if (tail.length > STDERR_TAIL_LINES) tail.splice(0, tail.length - STDERR_TAIL_LINES);
  });
  child.stdin.on("error", () => {
  });
  const server = {
    stdin: child.stdin,
    stdout: child.stdout,
    pid: child.pid,
    exited: new Promise((resolve) => {
      child.once("error", (error) => {
        if (child.pid === void 0) resolve({ code: null, signal: null, spawnError: error });
      });
      child.once("exit", (code, signal) => resolve({ code, signal }));
    }).finally(() => live.delete(server)),
    stderrTail: () => [...tail, ...partial.trim() ? [partial.trimEnd()] : []].slice(-STDERR_TAIL_LINES).join("\n"),
    async stop() {
      child.stdin.end();
      const exitedInTime = await settlesWithin(server.exited, STOP_GRACE_MS);
      signalGroup(child, "SIGTERM");
      if (!exitedInTime && !await settlesWithin(server.exited, STOP_GRACE_MS)) signalGroup(child, "SIGKILL");
      await server.exited;
    },
    killNow: () => signalGroup(child, "SIGKILL")
  };
  live.add(server);
  return server;
}
async function settlesWithin(promise, ms) {
  let timer;
  const timeout = new Promise((resolve) => timer = setTimeout(() => resolve(false), ms));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

// src/ab/proxy/lines.ts
var NEWLINE = 10;
function readLines(stream, onLine, onEnd) {
  let pending = [];
  let ended = false;
  const emit = (bytes) => {
    const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
    if (end > 0) onLine(bytes.toString("utf8", 0, end));
  };
  const onData = (chunk) => {
    let bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let index = bytes.indexOf(NEWLINE);
    while (index !== -1) {
      const head = bytes.subarray(0, index);
      if (pending.length > 0) {
        pending.push(head);
        emit(Buffer.concat(pending));
        pending = [];
      } else emit(head);
      bytes = bytes.subarray(index + 1);
      index = bytes.indexOf(NEWLINE);
    }
    if (bytes.length > 0) pending.push(bytes);
  };
  const finish = (error) => {
    if (ended) return;
    ended = true;
    if (pending.length > 0) emit(Buffer.concat(pending));
    pending = [];
    onEnd(error);
  };
  const onError = (error) => finish(error);
  const onClose = () => finish();
  stream.on("data", onData);
  stream.on("end", onClose);
  stream.on("close", onClose);
  stream.on("error", onError);
  return () => {
    stream.off("data", onData);
    stream.off("end", onClose);
    stream.off("close", onClose);
    stream.off("error", onError);
  };
}

// src/ab/proxy/upstream.ts
function isUrlTarget(target) {
  return /^https?:\/\//i.test(target.trim());
}
var StdioUpstream = class {
  constructor(target, options = {}) {
    this.target = target;
    this.options = options;
  }
  target;
  options;
  server = null;
  closing = false;
  handlers = null;
  early = [];
  failure = null;
  /** Start the process now; its lines and its failure are kept until `start` attaches the session. */
  launch() {
    if (this.server || this.failure !== null) return;
    let server;
    try {
      server = startChildServer(this.target, this.options);
    } catch (error) {
      this.fail(`could not be started: ${error.message}`);
      return;
    }
    this.server = server;
    let answered = false;
    readLines(
      server.stdout,
      (line) => {
        answered = true;
        if (this.handlers) this.handlers.message(fromLine(line));
        else this.early.push(line);
      },
      () => {
      }
    );
    void server.exited.then((exit) => {
      if (this.closing) return;
      const stderr = server.stderrTail();
      const why = exit.spawnError ? `could not be started (${exit.spawnError.message})` : `exited ${exit.signal ? `on ${exit.signal}` : `with code ${exit.code}`} ${answered ? "during the session" : "before answering"}`;
      this.fail(`${why}${stderr ? `; its last words on stderr: ${stderr.split("\n").at(-1)}` : ""}`);
    });
  }
  fail(reason) {
    this.failure = reason;
    if (this.handlers) queueMicrotask(() => this.handlers.failed(reason));
  }
  start(handlers) {
    this.launch();
    this.handlers = handlers;
    for (const line of this.early.splice(0)) handlers.message(fromLine(line));
    if (this.failure !== null) {
      const reason = this.failure;
      queueMicrotask(() => handlers.failed(reason));
    }
  }
  async send(message) {
    const stdin = this.server?.stdin;
    if (!stdin || stdin.destroyed || stdin.writableEnded) throw new Error("its standard input is closed");
    stdin.write(`${textOf(message)}
`);
  }
  async close() {
    this.closing = true;
    await this.server?.stop();
  }
};

export {
  killAllServers,
  startChildServer,
  readLines,
  isUrlTarget,
  StdioUpstream
};
