import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  isUrlTarget,
  readLines,
  startChildServer
} from "./chunk-RXMCUKGG.js";
import "./chunk-6QCSLX2N.js";
import {
  StreamableHTTPClientTransport
} from "./chunk-KD47FBFV.js";
import "./chunk-TY3A46UA.js";
import "./chunk-5GXSPMCM.js";
import {
  Client
} from "./chunk-TA6RE672.js";
import "./chunk-D2HXOUJE.js";
import {
  ErrorCode,
  McpError,
  ResultSchema
} from "./chunk-ABR2AS3X.js";
import {
  diffLines
} from "./chunk-JOTVTROF.js";
import "./chunk-KHAV67K7.js";
import "./chunk-4MKIT45O.js";
import "./chunk-NZCTYT4Q.js";
import "./chunk-PL4NSQ6G.js";
import "./chunk-HR5I3F4F.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-6LR7PQPG.js";
import "./chunk-KQ74DAPA.js";
import "./chunk-AMF5LEKA.js";

// src/ab/proxy/shadow.ts
import { performance } from "node:perf_hooks";

// src/ab/proxy/compare-results.ts
import { isDeepStrictEqual } from "node:util";
var ISO_TIME = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?\b/g;
var UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;
function normaliseText(text) {
  return text.replace(/\r\n?/g, "\n").replace(ISO_TIME, "<time>").replace(UUID, "<uuid>").split("\n").map((line) => line.trimEnd()).join("\n").trim();
}
function compareText(a, b) {
  const asJson = (text) => {
    const t = text.trim();
    if (!/^[[{]/.test(t)) return { ok: false };
    try {
      return { ok: true, value: JSON.parse(normaliseText(t)) };
    } catch {
      return { ok: false };
    }
  };
  const ja = asJson(a);
  const jb = asJson(b);
  if (ja.ok && jb.ok) return { differs: !isDeepStrictEqual(ja.value, jb.value), by: "structured" };
  const na = normaliseText(a);
  const nb = normaliseText(b);
  if (na === nb) return { differs: false, by: "text", changedLines: 0 };
  const changedLines = diffLines(na, nb).filter((part) => part.added || part.removed).reduce((n, part) => n + (part.count ?? 1), 0);
  return { differs: true, by: "text", changedLines };
}
function contentItems(result) {
  return Array.isArray(result.content) ? result.content : [];
}
function compareContent(a, b) {
  const ia = contentItems(a);
  const ib = contentItems(b);
  const texts = (items) => items.every((i) => i.type === "text");
  if (texts(ia) && texts(ib)) {
    const join = (items) => items.map((i) => String(i.text ?? "")).join("\n");
    return compareText(join(ia), join(ib));
  }
  return { differs: !isDeepStrictEqual(ia, ib), by: "content" };
}
function compareResponses(a, b) {
  const aRpcError = a.error !== void 0;
  const bRpcError = b.error !== void 0;
  if (aRpcError || bRpcError) {
    if (aRpcError !== bRpcError) return { differs: true, by: "outcome" };
    return { differs: a.error?.code !== b.error?.code, by: "error-code" };
  }
  const ra = a.result ?? {};
  const rb = b.result ?? {};
  if (ra.isError === true !== (rb.isError === true)) return { differs: true, by: "outcome" };
  if (ra.structuredContent !== void 0 || rb.structuredContent !== void 0) {
    return { differs: !isDeepStrictEqual(ra.structuredContent, rb.structuredContent), by: "structured" };
  }
  return compareContent(ra, rb);
}

// src/ab/proxy/stream-transport.ts
var StreamTransport = class {
  constructor(input, output) {
    this.input = input;
    this.output = output;
  }
  input;
  output;
  onclose;
  onerror;
  onmessage;
  stopReading = null;
  closed = false;
  async start() {
    this.stopReading = readLines(
      this.input,
      (line) => {
        let message;
        try {
          message = JSON.parse(line);
        } catch (error) {
          this.onerror?.(new Error(`not a JSON-RPC message: ${error.message}`));
          return;
        }
        this.onmessage?.(message);
      },
      () => void this.close()
    );
  }
  async send(message) {
    if (this.closed || this.output.writableEnded || this.output.destroyed) throw new Error("the stream is closed");
    this.output.write(`${JSON.stringify(message)}
`);
  }
  async close() {
    if (this.closed) return;
    this.closed = true;
    this.stopReading?.();
    if (!this.output.writableEnded) this.output.end();
    this.onclose?.();
  }
};

// src/ab/proxy/shadow.ts
var ShadowRunner = class {
  constructor(options) {
    this.options = options;
    this.ready = this.connect();
  }
  options;
  client = new Client({ name: "mcpver-ab-proxy-shadow", version: "1" }, { capabilities: {} });
  server = null;
  ready;
  /** B's answers by call id, waiting for A's. */
  inFlight = /* @__PURE__ */ new Map();
  failure = null;
  closing = false;
  /** Pairs whose A has finished and whose B is still being awaited. */
  settling = /* @__PURE__ */ new Set();
  /** Connect to B and list its tools; the set of tools to shadow, or null when B cannot be reached. */
  async connect() {
    const { target } = this.options;
    let transport;
    if (isUrlTarget(target)) transport = new StreamableHTTPClientTransport(new URL(target));
    else {
      const server = startChildServer(target, {
        ...this.options.cwd ? { cwd: this.options.cwd } : {},
        ...this.options.env ? { env: this.options.env } : {},
        ...this.options.onStderr ? { onStderr: this.options.onStderr } : {}
      });
      this.server = server;
      void server.exited.then((exit) => {
        if (this.failure === null && !this.closing)
          this.fail(
            `exited ${exit.spawnError ? `before starting (${exit.spawnError.message})` : exit.signal ? `on ${exit.signal}` : `with code ${exit.code}`}`
          );
      });
      transport = new StreamTransport(server.stdout, server.stdin);
    }
    try {
      await this.client.connect(transport, { timeout: this.options.callTimeoutMs });
      const shadowed = new Set(this.options.tools ?? []);
      if (!this.options.tools) {
        let cursor;
        do {
          const page = await this.client.listTools(cursor ? { cursor } : {}, { timeout: this.options.callTimeoutMs });
          for (const tool of page.tools) if (tool.annotations?.readOnlyHint === true) shadowed.add(tool.name);
          cursor = page.nextCursor;
        } while (cursor);
      }
      return shadowed;
    } catch (error) {
      this.fail(`could not be reached: ${error.message}`);
      return null;
    }
  }
  fail(reason) {
    if (this.failure !== null) return;
    this.failure = reason;
    this.options.log(
      `shadow: version B (${this.options.versionName}, ${this.options.target}) ${reason}; shadowed calls are recorded as failed for B.`
    );
  }
  /** A tools/call from the client: send it to B too when the tool is shadowed. */
  begin(callId, params) {
    const name = typeof params?.name === "string" ? params.name : void 0;
    if (name === void 0) return;
    this.inFlight.set(
      callId,
      this.ready.then(
        (tools) => tools === null ? this.options.tools?.includes(name) ? { outcome: "upstream-failed" } : null : tools.has(name) ? this.call(params) : null
      )
    );
  }
  async call(params) {
    if (this.failure !== null) return { outcome: "upstream-failed" };
    const start = performance.now();
    try {
      const result = await this.client.request(
        { method: "tools/call", params },
        ResultSchema,
        { timeout: this.options.callTimeoutMs }
      );
      const response = { kind: "response", id: 0, result };
      return {
        outcome: result.isError === true ? "error" : "ok",
        ms: performance.now() - start,
        response,
        bytes: Buffer.byteLength(JSON.stringify(result))
      };
    } catch (error) {
      const ms = performance.now() - start;
      if (error instanceof McpError) {
        if (error.code === ErrorCode.RequestTimeout) return { outcome: "timeout" };
        if (error.code === ErrorCode.ConnectionClosed) return { outcome: "upstream-failed" };
        return {
          outcome: "error",
          ms,
          response: { kind: "response", id: 0, error: { code: error.code, message: error.message } }
        };
      }
      return { outcome: "upstream-failed" };
    }
  }
  /** Whether a call id is being shadowed (so that A's event is kept as one half of a pair). */
  has(callId) {
    return this.inFlight.has(callId);
  }
  /**
   * A's call finished: once B's answer is in, emit both events of the pair (A's is given, built by
   * the session) with B's comparison to A. A call B did not shadow records nothing: in shadow mode
   * only pairs are recorded, so that both arms hold the same units.
   */
  settle(call, aEvent) {
    const pending = this.inFlight.get(call.callId);
    if (!pending) return;
    this.inFlight.delete(call.callId);
    const done = this.emitPair(call, aEvent, pending).finally(() => this.settling.delete(done));
    this.settling.add(done);
  }
  async emitPair(call, aEvent, pending) {
    const b = await pending;
    if (b === null) return;
    const pairUnit = call.callId;
    const aHalf = { ...aEvent, unit: pairUnit, client: this.options.unit, mode: "shadow" };
    const event = {
      variant: "B",
      unit: pairUnit,
      client: this.options.unit,
      session: this.options.session,
      call_id: call.callId,
      method: call.method,
      ...call.name !== void 0 ? { tool: call.name } : {},
      ts: call.startedAt,
      outcome: b.outcome,
      mode: "shadow"
    };
    if (b.outcome === "ok" || b.outcome === "error") {
      event.response_time = Math.round((b.ms ?? 0) * 1e3) / 1e3;
      event.error = b.outcome === "error" ? 1 : 0;
      event.timeout = 0;
      if (b.bytes !== void 0) event.result_bytes = b.bytes;
    } else if (b.outcome === "timeout") {
      event.error = 1;
      event.timeout = 1;
    } else {
      event.error = 1;
      event.timeout = 0;
    }
    if (call.response && b.response) {
      const difference = compareResponses(call.response, b.response);
      event.differs = difference.differs ? 1 : 0;
      aHalf.differs = 0;
      if (difference.changedLines !== void 0) event.changed_lines = difference.changedLines;
    }
    this.options.emit(aHalf);
    this.options.emit(event);
  }
  async close() {
    this.closing = true;
    await Promise.allSettled([...this.inFlight.values(), ...this.settling]);
    await this.client.close().catch(() => {
    });
    await this.server?.stop();
  }
};
export {
  ShadowRunner
};
