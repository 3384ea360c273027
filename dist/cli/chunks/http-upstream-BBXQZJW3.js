import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  viewsOf
} from "./chunk-6QCSLX2N.js";
import {
  StreamableHTTPClientTransport
} from "./chunk-KD47FBFV.js";
import "./chunk-5GXSPMCM.js";
import "./chunk-ABR2AS3X.js";
import "./chunk-EWZFM2SE.js";
import "./chunk-KQ74DAPA.js";
import "./chunk-AMF5LEKA.js";

// src/ab/proxy/http-upstream.ts
var HttpUpstream = class {
  constructor(target) {
    this.target = target;
  }
  target;
  transport = null;
  /** Ids of `initialize` requests sent, so that the negotiated protocol version is passed on in headers. */
  initializeIds = /* @__PURE__ */ new Set();
  closed = false;
  start(handlers) {
    const transport = new StreamableHTTPClientTransport(new URL(this.target));
    this.transport = transport;
    transport.onmessage = (message) => {
      const wire = { value: message };
      for (const view of viewsOf(wire)) {
        if (view.kind === "response" && this.initializeIds.delete(view.id)) {
          const version = view.result?.protocolVersion;
          if (typeof version === "string") transport.setProtocolVersion(version);
        }
      }
      handlers.message(wire);
    };
    transport.onerror = (error) => {
      if (!this.closed && /Maximum reconnection attempts|Failed to reconnect/i.test(error.message))
        handlers.failed(`stopped answering (${error.message})`);
    };
    void transport.start();
  }
  async send(message) {
    if (!this.transport) throw new Error("it was not started");
    for (const view of viewsOf(message))
      if (view.kind === "request" && view.method === "initialize") this.initializeIds.add(view.id);
    try {
      await this.transport.send(message.value);
    } catch (error) {
      const cause = error.cause;
      throw new Error(
        `${error.message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ""}`
      );
    }
  }
  async close() {
    if (!this.transport || this.closed) return;
    this.closed = true;
    await this.transport.terminateSession().catch(() => {
    });
    await this.transport.close().catch(() => {
    });
  }
};
export {
  HttpUpstream
};
