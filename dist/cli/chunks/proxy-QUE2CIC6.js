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
  AbError,
  abPaths,
  defineAbTest,
  expandWideRecord,
  parseAbDefinition,
  readAbTest,
  recordEvents,
  signBatchRequest
} from "./chunk-JIUDYSRG.js";
import {
  LocalStateStore
} from "./chunk-Y6D5DYJZ.js";
import {
  StdioUpstream,
  isUrlTarget,
  killAllServers,
  readLines
} from "./chunk-RXMCUKGG.js";
import {
  UPSTREAM_FAILED_CODE,
  errorResponse,
  fromLine,
  sizeOf,
  textOf,
  viewsOf
} from "./chunk-6QCSLX2N.js";
import {
  installationUnit,
  sessionUnit
} from "./chunk-OGFKQTAP.js";
import {
  Git
} from "./chunk-ANEZNWVY.js";
import "./chunk-TY3A46UA.js";
import "./chunk-BFDOIXCH.js";
import {
  CONFIG_PATH
} from "./chunk-OCWCKWLY.js";
import {
  DEFAULT_STATE_BRANCH
} from "./chunk-RZ6W55DQ.js";
import "./chunk-RKM4EP6H.js";
import "./chunk-HGCUKL2M.js";
import "./chunk-KHAV67K7.js";
import "./chunk-HA6CO6RF.js";
import "./chunk-4MKIT45O.js";
import "./chunk-Q6RRY3H6.js";
import "./chunk-K53IGPRN.js";
import "./chunk-DB7HHRVD.js";
import "./chunk-PI3AF355.js";
import "./chunk-AMF5LEKA.js";

// src/ab/proxy/index.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdir as mkdir2, readFile as readFile2, rm, writeFile } from "node:fs/promises";
import path4 from "node:path";

// src/ab/proxy/definition.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/ab/proxy/errors.ts
var ProxyError = class extends Error {
  name = "ProxyError";
};

// src/ab/proxy/proxy-event.ts
var PROXY_METRICS = {
  responseTime: "response_time",
  error: "error",
  timeout: "timeout",
  resultBytes: "result_bytes",
  /** Shadow mode, on B's events: 1 when B answered differently from A. */
  differs: "differs"
};
var round = (ms) => Math.round(ms * 1e3) / 1e3;
function callEvent(call, context) {
  const event = {
    variant: context.variant,
    unit: context.unit,
    session: context.session,
    call_id: call.callId,
    method: call.method,
    ...call.name !== void 0 ? call.method === "prompts/get" ? { prompt: call.name } : { tool: call.name } : {},
    ts: call.startedAt,
    outcome: call.outcome
  };
  switch (call.outcome) {
    case "ok":
    case "error":
      event.response_time = round(call.ms ?? 0);
      event.error = call.outcome === "error" ? 1 : 0;
      event.timeout = 0;
      if (call.bytes !== void 0) event.result_bytes = call.bytes;
      break;
    case "timeout":
      event.error = 1;
      event.timeout = 1;
      break;
    case "upstream-failed":
      event.error = 1;
      event.timeout = 0;
      break;
    case "cancelled":
      break;
  }
  if (context.recordPayloads) {
    const args = call.params?.arguments ?? call.params?.uri;
    if (args !== void 0) event.arguments = args;
    if (call.response) event.result = call.response.error ?? call.response.result;
  }
  return event;
}

// src/ab/proxy/definition.ts
function defaultProxyTest(testId, shadow) {
  return defineAbTest(
    {
      id: testId,
      metrics: [
        { name: PROXY_METRICS.responseTime, kind: "mean", better: "lower", role: "primary", latency: true },
        { name: PROXY_METRICS.error, kind: "proportion", better: "lower", role: "guardrail" },
        { name: PROXY_METRICS.timeout, kind: "proportion", better: "lower", role: "guardrail" },
        { name: PROXY_METRICS.resultBytes, kind: "mean", better: "lower", role: "secondary" },
        ...shadow ? [{ name: PROXY_METRICS.differs, kind: "proportion", better: "lower", role: "secondary" }] : []
      ]
    },
    "the proxy's default metrics",
    { mode: "sequential" }
  );
}
async function resolveProxyTest(sources) {
  const { testId } = sources;
  if (sources.store) {
    const raw = await sources.store.readJson(abPaths.test(testId));
    if (raw !== null)
      return {
        test: defineAbTest(raw, abPaths.test(testId)),
        source: sources.storeWhere ?? "the state branch",
        stored: true
      };
  }
  if (sources.configFile) {
    const text = await readFile(sources.configFile, "utf8").catch((error) => {
      throw new ProxyError(
        `cannot read --config ${sources.configFile}: ${error.code === "ENOENT" ? "no such file" : error.message}`
      );
    });
    return {
      test: parseAbDefinition(text, sources.configFile, testId, { mode: "sequential" }),
      source: sources.configFile,
      stored: false
    };
  }
  if (sources.repoDir) {
    const file = path.join(sources.repoDir, CONFIG_PATH);
    const text = await readFile(file, "utf8").catch(() => null);
    if (text !== null) {
      try {
        return {
          test: parseAbDefinition(text, CONFIG_PATH, testId, { mode: "sequential" }),
          source: CONFIG_PATH,
          stored: false
        };
      } catch (error) {
        if (!(error instanceof AbError) || !/has no test|defines no A\/B test/.test(error.message)) throw error;
      }
    }
  }
  return {
    test: defaultProxyTest(testId, sources.shadow),
    source: "the proxy's default metrics (no definition in --config, .github/mcpver.yml or the state branch)",
    stored: false
  };
}

// src/ab/proxy/proxy.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/ab/proxy/call-tracker.ts
import { performance } from "node:perf_hooks";
var CALL_METHODS = /* @__PURE__ */ new Set(["tools/call", "prompts/get", "resources/read"]);
var CallTracker = class {
  constructor(session, onFinished, keepPayloads) {
    this.session = session;
    this.onFinished = onFinished;
    this.keepPayloads = keepPayloads;
  }
  session;
  onFinished;
  keepPayloads;
  pending = /* @__PURE__ */ new Map();
  seq = 0;
  get size() {
    return this.pending.size;
  }
  /** A request from the client; returns its call id when it is a call, else null. */
  begin(id, method, params) {
    if (!CALL_METHODS.has(method)) return null;
    const callId = `${this.session}:${++this.seq}`;
    const name = method === "resources/read" ? void 0 : typeof params?.name === "string" ? params.name : void 0;
    this.pending.set(id, {
      callId,
      method,
      ...name !== void 0 ? { name } : {},
      startedAt: (/* @__PURE__ */ new Date()).toISOString(),
      start: performance.now(),
      ...this.keepPayloads && params ? { params } : {},
      timedOut: false
    });
    return callId;
  }
  /** The upstream answered request `id` (a response that is not to a tracked call is ignored). */
  end(response, bytes) {
    const call = this.pending.get(response.id);
    if (!call) return;
    this.pending.delete(response.id);
    if (call.timedOut) return;
    const isError = response.error !== void 0 || response.result?.isError === true;
    this.finish(call, isError ? "error" : "ok", {
      ms: performance.now() - call.start,
      bytes,
      ...this.keepPayloads ? { response } : {}
    });
  }
  /** The client cancelled request `id` (notifications/cancelled): the server will not answer it. */
  cancel(id) {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (!call.timedOut) this.finish(call, "cancelled", {});
  }
  /** Record as timed out every call waiting longer than `timeoutMs` (each once). */
  sweep(timeoutMs) {
    const now = performance.now();
    for (const call of this.pending.values()) {
      if (call.timedOut || now - call.start < timeoutMs) continue;
      call.timedOut = true;
      this.finish(call, "timeout", {});
    }
  }
  /** The upstream is gone: every call still waiting failed. */
  failAll() {
    for (const call of this.pending.values())
      if (!call.timedOut) this.finish(call, "upstream-failed", { ms: performance.now() - call.start });
    this.pending.clear();
  }
  /** Request `id` could not be delivered to the upstream: the call failed. */
  failOne(id) {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (!call.timedOut) this.finish(call, "upstream-failed", {});
  }
  /** The client went away: calls still waiting are not recorded (nobody was waiting for them any more). */
  abandon() {
    this.pending.clear();
  }
  finish(call, outcome, extra) {
    this.onFinished({
      callId: call.callId,
      method: call.method,
      ...call.name !== void 0 ? { name: call.name } : {},
      startedAt: call.startedAt,
      outcome,
      ...extra,
      ...call.params ? { params: call.params } : {}
    });
  }
};

// src/ab/proxy/session.ts
var SWEEP_EVERY_MS = 1e3;
var ProxySession = class {
  constructor(options) {
    this.options = options;
    this.context = {
      variant: options.variant,
      unit: options.unit,
      session: options.session,
      recordPayloads: options.recordPayloads
    };
    this.tracker = new CallTracker(
      options.session,
      (call) => this.finished(call),
      options.recordPayloads || options.shadow !== void 0
    );
  }
  options;
  tracker;
  /** Requests of the client still unanswered, in arrival order (for routing and for failures). */
  waiting = /* @__PURE__ */ new Map();
  progressTokens = /* @__PURE__ */ new Map();
  failure = null;
  sweeper = null;
  closed = null;
  context;
  /** Start the upstream; messages may be given to `fromClient` at once (they wait in its pipe). */
  start() {
    this.options.upstream.start({
      message: (m) => this.fromUpstream(m),
      failed: (reason) => this.upstreamFailed(reason)
    });
    this.sweeper = setInterval(
      () => this.tracker.sweep(this.options.callTimeoutMs),
      Math.min(SWEEP_EVERY_MS, this.options.callTimeoutMs)
    );
    this.sweeper.unref();
  }
  get failed() {
    return this.failure;
  }
  /** How the version is named to the client: `version B (1.5.0) of the server`. */
  get version() {
    return `version ${this.options.variant}${this.options.versionName !== this.options.variant ? ` (${this.options.versionName})` : ""} of the server`;
  }
  fromClient(message) {
    const views = viewsOf(message);
    const requests = [];
    for (const view of views) {
      if (view.kind === "request") {
        const progressToken = view.params?._meta?.progressToken;
        this.waiting.set(view.id, { method: view.method, ...progressToken !== void 0 ? { progressToken } : {} });
        if (progressToken !== void 0) this.progressTokens.set(progressToken, view.id);
        requests.push(view.id);
        const callId = this.tracker.begin(view.id, view.method, view.params);
        if (callId && view.method === "tools/call" && this.options.shadow && this.failure === null)
          this.options.shadow.begin(callId, view.params);
      } else if (view.kind === "notification" && view.method === "notifications/cancelled") {
        const id = view.params?.requestId;
        if (typeof id === "string" || typeof id === "number") {
          this.tracker.cancel(id);
          this.forget(id);
        }
      }
    }
    if (this.failure !== null) {
      this.answerWithFailure(requests, this.failure);
      return;
    }
    this.options.upstream.send(message).catch((error) => {
      this.answerWithFailure(
        requests.filter((id) => this.waiting.has(id)),
        `did not accept the request: ${error.message}`
      );
    });
  }
  fromUpstream(message) {
    const views = viewsOf(message);
    let related;
    for (const view of views) {
      if (view.kind === "response") continue;
      const token = view.params?.progressToken;
      related = (token !== void 0 ? this.progressTokens.get(token) : void 0) ?? this.waiting.keys().next().value;
      break;
    }
    this.options.downstream.send(message, related);
    for (const view of views) {
      if (view.kind !== "response") continue;
      const request = this.waiting.get(view.id);
      if (!request) continue;
      this.forget(view.id);
      if (CALL_METHODS.has(request.method)) this.tracker.end(view, sizeOf(message));
    }
  }
  forget(id) {
    const request = this.waiting.get(id);
    if (request?.progressToken !== void 0) this.progressTokens.delete(request.progressToken);
    this.waiting.delete(id);
  }
  upstreamFailed(reason) {
    if (this.failure !== null || this.closed) return;
    this.failure = reason;
    this.options.log(
      `${this.version} (${this.options.upstream.target}) ${reason}. Requests are answered with an error from now on.`
    );
    this.answerWithFailure([...this.waiting.keys()], reason);
    this.tracker.failAll();
  }
  /** Answer requests the version cannot answer, each with an error that says which version and why. */
  answerWithFailure(ids, reason) {
    for (const id of ids) {
      const request = this.waiting.get(id);
      this.forget(id);
      this.tracker.failOne(id);
      const message = `mcpver ab proxy: ${this.version} is not available (A/B test "${this.options.testId}"): it ${reason}.`;
      this.options.downstream.send(
        errorResponse(id, UPSTREAM_FAILED_CODE, message, {
          source: "mcpver-ab-proxy",
          test: this.options.testId,
          variant: this.options.variant,
          version: this.options.versionName,
          ...request ? { method: request.method } : {}
        }),
        id
      );
    }
  }
  finished(call) {
    const event = callEvent(call, this.context);
    if (this.options.shadow) {
      if (call.method === "tools/call") this.options.shadow.settle(call, event);
      return;
    }
    this.options.emit(event);
  }
  /** The client left: end the upstream (and the shadow), once. */
  close() {
    this.closed ??= (async () => {
      if (this.sweeper) clearInterval(this.sweeper);
      this.tracker.abandon();
      await Promise.allSettled([this.options.upstream.close(), this.options.shadow?.close()]);
    })();
    return this.closed;
  }
};

// src/ab/proxy/spool.ts
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path2 from "node:path";
function writeSpool(dir, events) {
  mkdirSync(dir, { recursive: true });
  const file = path2.join(dir, `${Date.now()}-${process.pid}-${randomUUID().slice(0, 8)}.ndjson`);
  writeFileSync(`${file}.tmp`, events.map((e) => `${JSON.stringify(e)}
`).join(""));
  renameSync(`${file}.tmp`, file);
  return file;
}
function adoptSpool(dir) {
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".ndjson"));
  } catch {
    return { events: [], files: 0, unreadable: 0 };
  }
  const events = [];
  let files = 0;
  let unreadable = 0;
  for (const name of names) {
    const claimed = path2.join(dir, `${name}.${process.pid}.claimed`);
    try {
      renameSync(path2.join(dir, name), claimed);
    } catch {
      continue;
    }
    files++;
    for (const line of readFileSync(claimed, "utf8").split("\n")) {
      if (!line) continue;
      try {
        events.push(JSON.parse(line));
      } catch {
        unreadable++;
      }
    }
    rmSync(claimed, { force: true });
  }
  return { events, files, unreadable };
}

// src/ab/proxy/proxy.ts
var AbProxy = class {
  constructor(settings) {
    this.settings = settings;
  }
  settings;
  sessions = /* @__PURE__ */ new Set();
  /** The variant of a unit right now: its assignment, unless the test is stopped (then A). */
  async variantFor(unit) {
    const { test } = this.settings;
    if (this.settings.shadow)
      return { variant: "A", override: "shadow mode: A answers every call, B sees read-only calls too" };
    const stopped = this.settings.recorder.stopped ?? await this.settings.stoppedReason();
    if (stopped)
      return { variant: "A", override: `the test is stopped (${stopped}): new sessions go to A, the control` };
    return { variant: assignVariant(test.id, unit, test.split) };
  }
  async upstreamFor(variant) {
    const target = this.settings.targets[variant];
    if (isUrlTarget(target)) return new (await import("./http-upstream-BBXQZJW3.js")).HttpUpstream(target);
    return new StdioUpstream(target, {
      ...this.settings.serverCwd ? { cwd: this.settings.serverCwd } : {},
      ...this.settings.serverEnv ? { env: this.settings.serverEnv } : {},
      ...this.settings.onServerStderr ? { onStderr: this.settings.onServerStderr } : {}
    });
  }
  /**
   * Open a session for `unit` whose messages to the client go to `downstream`, and start its
   * version. `launched` is a version started early for the variant the unit was expected to get; it
   * is used when that is indeed the variant, and ended otherwise.
   */
  async openSession(unit, downstream, launched) {
    const { test, recorder } = this.settings;
    const { variant, override } = await this.variantFor(unit);
    const early = launched && launched.variant === variant && !this.settings.shadow ? launched.upstream : void 0;
    if (launched && !early) void launched.upstream.close();
    const sessionId = randomUUID2();
    const shadow = this.settings.shadow ? new (await import("./shadow-HHRJ32ZA.js")).ShadowRunner({
      target: this.settings.targets.B,
      ...this.settings.shadow.tools ? { tools: this.settings.shadow.tools } : {},
      unit,
      session: sessionId,
      callTimeoutMs: this.settings.callTimeoutMs,
      ...this.settings.serverCwd ? { cwd: this.settings.serverCwd } : {},
      ...this.settings.serverEnv ? { env: this.settings.serverEnv } : {},
      ...this.settings.onServerStderr ? { onStderr: this.settings.onServerStderr } : {},
      emit: (event) => recorder.push(event),
      log: this.settings.log,
      versionName: test.versions.B
    }) : void 0;
    const session = new ProxySession({
      testId: test.id,
      variant,
      versionName: test.versions[variant],
      unit,
      session: sessionId,
      upstream: early ?? await this.upstreamFor(variant),
      downstream,
      emit: (event) => recorder.push(event),
      log: this.settings.log,
      callTimeoutMs: this.settings.callTimeoutMs,
      recordPayloads: this.settings.recordPayloads,
      ...shadow ? { shadow } : {}
    });
    this.sessions.add(session);
    session.start();
    return { session, variant, ...override ? { override } : {} };
  }
  /** A session ended (its client left): end its version. */
  async closeSession(session) {
    await session.close();
    this.sessions.delete(session);
  }
  /**
   * End every session and write the events still buffered, both at once (a client gives its server
   * little time after it closes stdin). What could not be written within `flushDeadlineMs` goes to
   * the spool folder when there is one, for the next proxy to record, else is counted as dropped.
   */
  async close(flushDeadlineMs) {
    const { recorder } = this.settings;
    await Promise.allSettled([...[...this.sessions].map((s) => this.closeSession(s)), recorder.close(flushDeadlineMs)]);
    if (recorder.pending > 0 && !recorder.lastFailure) await recorder.close(flushDeadlineMs);
    this.spoolUnwritten();
    return recorder.snapshot();
  }
  /**
   * Put the events not yet written (none of a write under way) into the spool folder for the next
   * proxy, or count them as dropped when there is none. Synchronous: for the proxy's last moments.
   */
  spoolUnwritten() {
    const { recorder } = this.settings;
    const left = recorder.takeUnwritten();
    if (left.length === 0) return;
    const why = recorder.lastFailure ?? "the proxy had to end first";
    if (!this.settings.spoolDir) return recorder.giveUp(left.length, why);
    try {
      const file = writeSpool(this.settings.spoolDir, left);
      this.settings.log(
        `${left.length} events not yet recorded (${why}) are kept in ${file}; the next proxy of this test records them.`
      );
    } catch (error) {
      recorder.giveUp(left.length, `${why}; and the spool could not be written: ${error.message}`);
    }
  }
};

// src/ab/proxy/sinks/types.ts
var PartialWriteError = class extends Error {
  constructor(message, written) {
    super(message);
    this.written = written;
  }
  written;
  name = "PartialWriteError";
};

// src/ab/proxy/recorder.ts
var DEFAULT_BATCH_INTERVAL_MS = 1e4;
var DEFAULT_MAX_BUFFERED_EVENTS = 5e4;
var DEFAULT_MAX_BATCH_EVENTS = 5e3;
var Recorder = class {
  constructor(sink, options) {
    this.sink = sink;
    this.options = options;
    this.intervalMs = options.intervalMs ?? DEFAULT_BATCH_INTERVAL_MS;
    this.maxBuffered = options.maxBuffered ?? DEFAULT_MAX_BUFFERED_EVENTS;
    this.maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH_EVENTS;
  }
  sink;
  options;
  buffer = [];
  timer = null;
  writing = null;
  totals = { recorded: 0, rejected: 0, dropped: 0, batches: 0, failures: 0 };
  stoppedReason = null;
  lastError = null;
  /** How often a batch is written, in ms. */
  intervalMs;
  maxBuffered;
  maxBatch;
  /** Begin writing every interval. The timer does not keep the process alive. */
  start() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }
  /** Append one event: O(1), never throws, never waits. */
  push(event) {
    if (this.stoppedReason) return;
    this.buffer.push(event);
    if (this.buffer.length > this.maxBuffered) {
      this.buffer.shift();
      this.totals.dropped++;
    }
    if (this.buffer.length >= this.maxBatch && !this.writing) void this.flush();
  }
  get pending() {
    return this.buffer.length;
  }
  get stopped() {
    return this.stoppedReason;
  }
  snapshot() {
    return { ...this.totals };
  }
  /** Write what is buffered now (one write at a time; a second call waits for the first). */
  async flush() {
    while (this.writing) await this.writing;
    if (this.buffer.length === 0) return;
    this.writing = this.writeBatch().finally(() => this.writing = null);
    await this.writing;
  }
  /** Events of the write under way (0 when none): lost if the process must end before it completes. */
  get inFlight() {
    return this.writingCount;
  }
  writingCount = 0;
  async writeBatch() {
    const batch = this.buffer.splice(0, this.maxBatch);
    this.writingCount = batch.length;
    try {
      await this.writeOne(batch);
    } finally {
      this.writingCount = 0;
    }
  }
  async writeOne(batch) {
    let result;
    try {
      result = await this.sink.write(batch);
    } catch (error) {
      const written = error instanceof PartialWriteError ? error.written : 0;
      this.totals.recorded += written;
      this.buffer.unshift(...batch.slice(written));
      const overflow = this.buffer.length - this.maxBuffered;
      if (overflow > 0) {
        this.buffer.splice(0, overflow);
        this.totals.dropped += overflow;
      }
      this.totals.failures++;
      const message = error.message;
      if (message !== this.lastError || this.totals.failures % 10 === 1) {
        this.options.log(
          `could not record ${batch.length - written} events into ${this.sink.where}: ${message}. The calls go on; ${this.buffer.length} events are kept in memory (at most ${this.maxBuffered}) and retried every ${this.intervalMs / 1e3} s${this.totals.dropped ? `; ${this.totals.dropped} dropped so far` : ""}.`
        );
      }
      this.lastError = message;
      return;
    }
    if (this.lastError) this.options.log(`recording into ${this.sink.where} works again.`);
    this.lastError = null;
    this.totals.batches++;
    if (result.stopped) {
      this.stoppedReason = result.stopped;
      this.totals.dropped += batch.length + this.buffer.length;
      this.buffer = [];
      this.options.log(
        `the A/B test takes no more events (${result.stopped}); ${batch.length} events were not recorded. New sessions go to A (the control).`
      );
      this.options.onStopped?.(result.stopped);
      return;
    }
    this.totals.recorded += result.accepted;
    this.totals.rejected += result.rejected;
  }
  /**
   * Stop the timer and write what is left, trying until `deadlineMs` passes. What could not be
   * written stays buffered for `takeUnwritten` (the proxy spools it for the next one).
   */
  async close(deadlineMs = 1e4) {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const deadline = Date.now() + deadlineMs;
    while (this.buffer.length > 0 && !this.stoppedReason && Date.now() < deadline) {
      const failuresBefore = this.totals.failures;
      await this.flush();
      if (this.totals.failures > failuresBefore)
        await new Promise((resolve) => setTimeout(resolve, Math.min(1e3, Math.max(0, deadline - Date.now()))));
    }
    while (this.writing) await this.writing;
    return this.snapshot();
  }
  /** The events not written (none of them in a write under way), taken out of the buffer. */
  takeUnwritten() {
    const events = this.buffer;
    this.buffer = [];
    return events;
  }
  /** Count events given up on (they could be neither written nor spooled), and say so. */
  giveUp(count, why) {
    if (count === 0) return;
    this.totals.dropped += count;
    this.options.log(`${count} events could not be recorded into ${this.sink.where} before the proxy ended (${why}).`);
  }
  /** The reason of the last failed write, if the last write failed. */
  get lastFailure() {
    return this.lastError;
  }
};

// src/ab/proxy/sinks/app-route.ts
import { createHash } from "node:crypto";
var MAX_REQUEST_BYTES = 4 * 1024 * 1024;
var REQUEST_TIMEOUT_MS = 3e4;
function signedHeaders(secret, body) {
  const batchId = createHash("sha256").update(body).digest("hex").slice(0, 32);
  return { ...signBatchRequest(secret, body, { batchId }) };
}
var AppRouteSink = class {
  constructor(options) {
    this.options = options;
    const [owner, repo] = options.repository.split("/");
    this.url = `${options.appUrl.replace(/\/+$/, "")}/mcpver/ab/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/${encodeURIComponent(options.testId)}/events`;
    this.where = `the App at ${this.url}`;
  }
  options;
  where;
  url;
  async write(batch) {
    const total = { accepted: 0, rejected: 0 };
    let written = 0;
    for (const { body, count } of bodies(batch)) {
      let done;
      try {
        done = await this.post(body);
      } catch (error) {
        throw new PartialWriteError(error.message, written);
      }
      written += count;
      total.accepted += done.accepted;
      total.rejected += done.rejected;
      if (done.stopped) return { ...total, stopped: done.stopped };
    }
    return total;
  }
  async post(body) {
    const fetchFn = this.options.fetch ?? fetch;
    const response = await fetchFn(this.url, {
      method: "POST",
      headers: { "content-type": "application/x-ndjson", ...signedHeaders(this.options.secret, body) },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    });
    const text = await response.text();
    let json = {};
    try {
      json = JSON.parse(text);
    } catch {
    }
    if (response.status === 200 || response.status === 400) {
      return { accepted: json.accepted ?? 0, rejected: json.rejected ?? 0 };
    }
    if (response.status === 409 && json.duplicate)
      return { accepted: body.split("\n").filter(Boolean).length, rejected: 0 };
    if (response.status === 409) return { accepted: 0, rejected: 0, stopped: json.error ?? "the test is stopped" };
    const hint = response.status === 401 ? " (check the test secret: mcpver ab secret --test ID --repository OWNER/REPO)" : response.status === 404 ? " (is the App installed on the repository, and the test started?)" : "";
    throw new Error(`HTTP ${response.status}${json.error ? `: ${json.error}` : ""}${hint}`);
  }
};
function* bodies(batch) {
  let lines = [];
  let size = 0;
  for (const event of batch) {
    const line = `${JSON.stringify(event)}
`;
    const bytes = Buffer.byteLength(line);
    if (size + bytes > MAX_REQUEST_BYTES && lines.length > 0) {
      yield { body: lines.join(""), count: lines.length };
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += bytes;
  }
  if (lines.length > 0) yield { body: lines.join(""), count: lines.length };
}

// src/ab/proxy/sinks/ndjson-file.ts
import { appendFile, mkdir } from "node:fs/promises";
import path3 from "node:path";
var NdjsonFileSink = class {
  constructor(file) {
    this.file = file;
    this.where = file;
  }
  file;
  where;
  async write(batch) {
    await mkdir(path3.dirname(this.file), { recursive: true });
    await appendFile(this.file, batch.map((e) => `${JSON.stringify(e)}
`).join(""));
    return { accepted: batch.length, rejected: 0 };
  }
};

// src/ab/proxy/sinks/state-branch.ts
var STOPPED = /is (stopped|completed)/;
var NO_VALUE = /^no value for any metric/;
var StateBranchSink = class {
  constructor(store, test, where) {
    this.store = store;
    this.test = test;
    this.where = where;
  }
  store;
  test;
  where;
  async write(batch) {
    const events = [];
    let rejectedCount = 0;
    for (const record of batch) {
      const expanded = expandWideRecord(record, this.test);
      if (typeof expanded !== "string") events.push(...expanded);
      else if (!NO_VALUE.test(expanded)) rejectedCount++;
    }
    if (events.length === 0 && rejectedCount === 0) return { accepted: 0, rejected: 0 };
    try {
      const done = await recordEvents(
        this.store,
        this.test.id,
        { events, rejectedCount },
        { actor: "ab-proxy", createWith: { ...this.test, createdAt: (/* @__PURE__ */ new Date()).toISOString() } }
      );
      return { accepted: done.accepted, rejected: done.rejected };
    } catch (error) {
      if (error instanceof AbError && STOPPED.test(error.message))
        return { accepted: 0, rejected: 0, stopped: error.message };
      throw error;
    }
  }
};

// src/ab/proxy/stdio.ts
async function serveStdio(proxy, unit, input, output, onOpened, launched) {
  const early = [];
  let deliver = null;
  let clientLeft;
  const left = new Promise((resolve) => clientLeft = resolve);
  readLines(
    input,
    (line) => deliver ? deliver(line) : early.push(line),
    () => clientLeft()
  );
  output.on("error", () => clientLeft());
  const opened = await proxy.openSession(
    unit,
    {
      send(message) {
        if (!output.writableEnded && !output.destroyed) output.write(`${textOf(message)}
`);
      }
    },
    launched
  );
  onOpened?.(opened);
  const { session } = opened;
  deliver = (line) => session.fromClient(fromLine(line));
  for (const line of early.splice(0)) deliver(line);
  await left;
  await proxy.closeSession(session);
}

// src/ab/proxy/index.ts
var STATUS_TTL_MS = 5e3;
var DEFAULT_CALL_TIMEOUT_MS = 6e4;
async function startProxy(options) {
  if (options.recordPayloads && options.record.kind !== "file") {
    throw new ProxyError(
      "--record-payloads writes arguments and results into an NDJSON file only: use it with --record file:PATH (the state branch and the App keep metrics, never payloads)."
    );
  }
  const repoDir = path4.resolve(options.repoDir);
  const isRepository = await new Git(repoDir).isRepository();
  const branch = options.stateBranch ?? DEFAULT_STATE_BRANCH;
  const store = isRepository ? new LocalStateStore({ cwd: repoDir, branch, defaultActor: "ab-proxy", retry: { maxAttempts: 60 } }) : null;
  if (options.record.kind === "state" && !store) {
    throw new ProxyError(
      `${repoDir} is not a git repository, so it has no state branch to record into: run the proxy in the server's repository, pass --repo DIR, or record elsewhere (--record file:PATH, or --record app with --app-url and --repository).`
    );
  }
  const resolved = await resolveProxyTest({
    testId: options.testId,
    repoDir,
    ...options.configFile ? { configFile: options.configFile } : {},
    store,
    storeWhere: `branch ${branch} of ${repoDir}`,
    shadow: options.shadow !== void 0
  });
  const sink = makeSink(options, resolved, store, repoDir, branch);
  const marker = options.record.kind === "app" && options.cacheDir ? stoppedMarker(options.cacheDir, sink.where, options.testId) : null;
  const recorder = new Recorder(sink, {
    ...options.batchIntervalMs ? { intervalMs: options.batchIntervalMs } : {},
    ...options.maxBufferedEvents ? { maxBuffered: options.maxBufferedEvents } : {},
    log: options.log,
    // The App knows the test stopped; the next proxy process must know it too, before its first batch.
    onStopped: (reason) => void (marker ? writeFile(marker.file, `${JSON.stringify({ reason, at: (/* @__PURE__ */ new Date()).toISOString() })}
`).catch(() => {
    }) : void 0)
  });
  recorder.start();
  const spoolDir = options.cacheDir ? path4.join(options.cacheDir, "ab-spool", storeKey(sink.where, options.testId)) : void 0;
  if (spoolDir) {
    const adopted = adoptSpool(spoolDir);
    for (const event of adopted.events) recorder.push(event);
    if (adopted.files > 0)
      options.log(
        `picked up ${adopted.events.length} events that an earlier proxy could not record${adopted.unreadable ? ` (${adopted.unreadable} unreadable lines skipped)` : ""}.`
      );
  }
  let cached = resolved.stored && !marker ? {
    at: Date.now(),
    reason: resolved.test.status === "running" ? null : resolved.test.stopReason ?? resolved.test.status
  } : null;
  const stoppedReason = async () => {
    if (cached && Date.now() - cached.at < STATUS_TTL_MS) return cached.reason;
    let reason = null;
    if (store) {
      const test = await readAbTest(store, options.testId).catch(() => null);
      if (test && test.status !== "running") reason = test.stopReason ?? test.status;
    }
    if (reason === null && marker) reason = await marker.read();
    cached = { at: Date.now(), reason };
    return reason;
  };
  const proxy = new AbProxy({
    test: resolved.test,
    targets: { A: options.a, B: options.b },
    recorder,
    stoppedReason,
    ...options.shadow ? { shadow: options.shadow } : {},
    callTimeoutMs: options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS,
    recordPayloads: options.recordPayloads ?? false,
    ...options.serverCwd ? { serverCwd: options.serverCwd } : {},
    ...options.serverEnv ? { serverEnv: options.serverEnv } : {},
    ...options.onServerStderr ? { onServerStderr: options.onServerStderr } : {},
    ...spoolDir ? { spoolDir } : {},
    log: options.log
  });
  return { proxy, resolved, sinkWhere: sink.where };
}
function makeSink(options, resolved, store, repoDir, branch) {
  switch (options.record.kind) {
    case "state":
      return new StateBranchSink(store, resolved.test, `branch ${branch} of ${repoDir}`);
    case "file":
      return new NdjsonFileSink(path4.resolve(options.record.path));
    case "app":
      return new AppRouteSink({
        appUrl: options.record.appUrl,
        repository: options.record.repository,
        testId: options.testId,
        secret: options.record.secret
      });
  }
}
function storeKey(where, testId) {
  return `${testId}-${createHash2("sha256").update(`${where}\0${testId}`).digest("hex").slice(0, 12)}`;
}
function stoppedMarker(cacheDir, where, testId) {
  const name = storeKey(where, testId);
  const file = path4.join(cacheDir, "ab-stopped", `${name}.json`);
  void mkdir2(path4.dirname(file), { recursive: true }).catch(() => {
  });
  return {
    file,
    async read() {
      const text = await readFile2(file, "utf8").catch(() => null);
      if (text === null) return null;
      try {
        return String(JSON.parse(text).reason ?? "stopped");
      } catch {
        await rm(file, { force: true });
        return null;
      }
    }
  };
}
export {
  AbProxy,
  DEFAULT_CALL_TIMEOUT_MS,
  ProxyError,
  installationUnit,
  killAllServers,
  serveStdio,
  sessionUnit,
  startProxy
};
