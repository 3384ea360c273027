// Shadow mode: every call is answered by A; read-only tool calls (annotated `readOnlyHint`, or
// listed with --shadow-tools) are also sent to B on a session the proxy opens itself, and the proxy
// records B's latency and whether B answered differently. B never answers the client.

import { performance } from 'node:perf_hooks';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError, ResultSchema } from '@modelcontextprotocol/sdk/types.js';
import { startChildServer, type ChildServer } from './child-server.ts';
import type { FinishedCall } from './call-tracker.ts';
import { compareResponses } from './compare-results.ts';
import type { ProxyEvent } from './proxy-event.ts';
import { StreamTransport } from './stream-transport.ts';
import { isUrlTarget } from './upstream.ts';
import type { ResponseView } from './wire.ts';

export interface ShadowOptions {
  /** B's command or URL. */
  target: string;
  /** Tools to shadow whatever their annotations say; otherwise only tools B annotates read-only. */
  tools?: string[];
  /** The client's unit (kept on the events as `client`: each shadowed call is its own unit). */
  unit: string;
  session: string;
  callTimeoutMs: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  onStderr?: (chunk: Buffer) => void;
  emit(event: ProxyEvent): void;
  log(line: string): void;
  /** B's version name, for messages. */
  versionName: string;
}

interface ShadowAnswer {
  outcome: 'ok' | 'error' | 'timeout' | 'upstream-failed';
  ms?: number;
  response?: ResponseView;
  bytes?: number;
}

export class ShadowRunner {
  private readonly client = new Client({ name: 'mcpver-ab-proxy-shadow', version: '1' }, { capabilities: {} });
  private server: ChildServer | null = null;
  private ready: Promise<Set<string> | null>;
  /** B's answers by call id, waiting for A's. */
  private readonly inFlight = new Map<string, Promise<ShadowAnswer | null>>();
  private failure: string | null = null;
  private closing = false;
  /** Pairs whose A has finished and whose B is still being awaited. */
  private readonly settling = new Set<Promise<void>>();

  constructor(private readonly options: ShadowOptions) {
    this.ready = this.connect();
  }

  /** Connect to B and list its tools; the set of tools to shadow, or null when B cannot be reached. */
  private async connect(): Promise<Set<string> | null> {
    const { target } = this.options;
    let transport: Transport;
    if (isUrlTarget(target)) transport = new StreamableHTTPClientTransport(new URL(target));
    else {
      const server = startChildServer(target, {
        ...(this.options.cwd ? { cwd: this.options.cwd } : {}),
        ...(this.options.env ? { env: this.options.env } : {}),
        ...(this.options.onStderr ? { onStderr: this.options.onStderr } : {}),
      });
      this.server = server;
      void server.exited.then((exit) => {
        if (this.failure === null && !this.closing)
          this.fail(
            `exited ${exit.spawnError ? `before starting (${exit.spawnError.message})` : exit.signal ? `on ${exit.signal}` : `with code ${exit.code}`}`,
          );
      });
      transport = new StreamTransport(server.stdout, server.stdin);
    }
    try {
      await this.client.connect(transport, { timeout: this.options.callTimeoutMs });
      const shadowed = new Set(this.options.tools ?? []);
      if (!this.options.tools) {
        let cursor: string | undefined;
        do {
          const page = await this.client.listTools(cursor ? { cursor } : {}, { timeout: this.options.callTimeoutMs });
          for (const tool of page.tools) if (tool.annotations?.readOnlyHint === true) shadowed.add(tool.name);
          cursor = page.nextCursor;
        } while (cursor);
      }
      return shadowed;
    } catch (error) {
      this.fail(`could not be reached: ${(error as Error).message}`);
      return null;
    }
  }

  private fail(reason: string): void {
    if (this.failure !== null) return;
    this.failure = reason;
    this.options.log(
      `shadow: version B (${this.options.versionName}, ${this.options.target}) ${reason}; shadowed calls are recorded as failed for B.`,
    );
  }

  /** A tools/call from the client: send it to B too when the tool is shadowed. */
  begin(callId: string, params: Record<string, unknown> | undefined): void {
    const name = typeof params?.name === 'string' ? params.name : undefined;
    if (name === undefined) return;
    this.inFlight.set(
      callId,
      this.ready.then((tools) =>
        tools === null
          ? this.options.tools?.includes(name)
            ? { outcome: 'upstream-failed' as const }
            : null
          : tools.has(name)
            ? this.call(params!)
            : null,
      ),
    );
  }

  private async call(params: Record<string, unknown>): Promise<ShadowAnswer> {
    if (this.failure !== null) return { outcome: 'upstream-failed' };
    const start = performance.now();
    try {
      const result = await this.client.request(
        { method: 'tools/call', params: params as { name: string } },
        ResultSchema,
        { timeout: this.options.callTimeoutMs },
      );
      const response: ResponseView = { kind: 'response', id: 0, result };
      return {
        outcome: (result as { isError?: unknown }).isError === true ? 'error' : 'ok',
        ms: performance.now() - start,
        response,
        bytes: Buffer.byteLength(JSON.stringify(result)),
      };
    } catch (error) {
      const ms = performance.now() - start;
      if (error instanceof McpError) {
        if (error.code === ErrorCode.RequestTimeout) return { outcome: 'timeout' };
        if (error.code === ErrorCode.ConnectionClosed) return { outcome: 'upstream-failed' };
        return {
          outcome: 'error',
          ms,
          response: { kind: 'response', id: 0, error: { code: error.code, message: error.message } },
        };
      }
      return { outcome: 'upstream-failed' };
    }
  }

  /** Whether a call id is being shadowed (so that A's event is kept as one half of a pair). */
  has(callId: string): boolean {
    return this.inFlight.has(callId);
  }

  /**
   * A's call finished: once B's answer is in, emit both events of the pair (A's is given, built by
   * the session) with B's comparison to A. A call B did not shadow records nothing: in shadow mode
   * only pairs are recorded, so that both arms hold the same units.
   */
  settle(call: FinishedCall, aEvent: ProxyEvent): void {
    const pending = this.inFlight.get(call.callId);
    if (!pending) return;
    this.inFlight.delete(call.callId);
    const done = this.emitPair(call, aEvent, pending).finally(() => this.settling.delete(done));
    this.settling.add(done);
  }

  private async emitPair(call: FinishedCall, aEvent: ProxyEvent, pending: Promise<ShadowAnswer | null>): Promise<void> {
    const b = await pending;
    if (b === null) return;
    const pairUnit = call.callId;
    const aHalf: ProxyEvent = { ...aEvent, unit: pairUnit, client: this.options.unit, mode: 'shadow' };
    const event: ProxyEvent = {
      variant: 'B',
      unit: pairUnit,
      client: this.options.unit,
      session: this.options.session,
      call_id: call.callId,
      method: call.method,
      ...(call.name !== undefined ? { tool: call.name } : {}),
      ts: call.startedAt,
      outcome: b.outcome,
      mode: 'shadow',
    };
    if (b.outcome === 'ok' || b.outcome === 'error') {
      event.response_time = Math.round((b.ms ?? 0) * 1000) / 1000;
      event.error = b.outcome === 'error' ? 1 : 0;
      event.timeout = 0;
      if (b.bytes !== undefined) event.result_bytes = b.bytes;
    } else if (b.outcome === 'timeout') {
      event.error = 1;
      event.timeout = 1;
    } else {
      event.error = 1;
      event.timeout = 0;
    }
    // Differences are judged only between two answers: a B that failed is recorded by its error.
    // A compared with itself never differs: its 0 is the baseline B's rate is tested against.
    if (call.response && b.response) {
      const difference = compareResponses(call.response, b.response);
      event.differs = difference.differs ? 1 : 0;
      aHalf.differs = 0;
      if (difference.changedLines !== undefined) event.changed_lines = difference.changedLines;
    }
    this.options.emit(aHalf);
    this.options.emit(event);
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.inFlight.values(), ...this.settling]);
    await this.client.close().catch(() => {});
    await this.server?.stop();
  }
}
