// The calls a session is waiting on: when each began, how it ended (answered, error, timed out,
// cancelled by the client, or lost with its upstream), measured at the proxy around the upstream.

import { performance } from 'node:perf_hooks';
import type { RequestId, ResponseView } from './wire.ts';

/** The requests that are calls to a server's features (what an A/B test measures). */
export const CALL_METHODS = new Set(['tools/call', 'prompts/get', 'resources/read']);

export type CallOutcome = 'ok' | 'error' | 'timeout' | 'cancelled' | 'upstream-failed';

export interface FinishedCall {
  /** Unique within the proxy: `<session>:<n>`. */
  callId: string;
  method: string;
  /** The tool or prompt name (the server's own names; never resource URIs, which carry user input). */
  name?: string;
  /** When the call began, ISO 8601. */
  startedAt: string;
  outcome: CallOutcome;
  /** Milliseconds from the request to the response, for answered calls. */
  ms?: number;
  /** Bytes of the response as it travelled. */
  bytes?: number;
  /** The request's params and the response's result, kept only when payloads are recorded or a shadow compares them. */
  params?: Record<string, unknown>;
  response?: ResponseView;
}

interface PendingCall {
  callId: string;
  method: string;
  name?: string;
  startedAt: string;
  start: number;
  params?: Record<string, unknown>;
  /** Set once the call was recorded as timed out: a late answer is still forwarded, not recorded again. */
  timedOut: boolean;
}

export class CallTracker {
  private readonly pending = new Map<RequestId, PendingCall>();
  private seq = 0;

  constructor(
    private readonly session: string,
    private readonly onFinished: (call: FinishedCall) => void,
    /** Keep params and responses on the finished call (for payload recording and shadow comparison). */
    private readonly keepPayloads: boolean,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  /** A request from the client; returns its call id when it is a call, else null. */
  begin(id: RequestId, method: string, params: Record<string, unknown> | undefined): string | null {
    if (!CALL_METHODS.has(method)) return null;
    const callId = `${this.session}:${++this.seq}`;
    const name = method === 'resources/read' ? undefined : typeof params?.name === 'string' ? params.name : undefined;
    this.pending.set(id, {
      callId,
      method,
      ...(name !== undefined ? { name } : {}),
      startedAt: new Date().toISOString(),
      start: performance.now(),
      ...(this.keepPayloads && params ? { params } : {}),
      timedOut: false,
    });
    return callId;
  }

  /** The upstream answered request `id` (a response that is not to a tracked call is ignored). */
  end(response: ResponseView, bytes: number): void {
    const call = this.pending.get(response.id);
    if (!call) return;
    this.pending.delete(response.id);
    if (call.timedOut) return;
    const isError =
      response.error !== undefined || (response.result as { isError?: unknown } | undefined)?.isError === true;
    this.finish(call, isError ? 'error' : 'ok', {
      ms: performance.now() - call.start,
      bytes,
      ...(this.keepPayloads ? { response } : {}),
    });
  }

  /** The client cancelled request `id` (notifications/cancelled): the server will not answer it. */
  cancel(id: RequestId): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (!call.timedOut) this.finish(call, 'cancelled', {});
  }

  /** Record as timed out every call waiting longer than `timeoutMs` (each once). */
  sweep(timeoutMs: number): void {
    const now = performance.now();
    for (const call of this.pending.values()) {
      if (call.timedOut || now - call.start < timeoutMs) continue;
      call.timedOut = true;
      this.finish(call, 'timeout', {});
    }
  }

  /** The upstream is gone: every call still waiting failed. */
  failAll(): void {
    for (const call of this.pending.values())
      if (!call.timedOut) this.finish(call, 'upstream-failed', { ms: performance.now() - call.start });
    this.pending.clear();
  }

  /** Request `id` could not be delivered to the upstream: the call failed. */
  failOne(id: RequestId): void {
    const call = this.pending.get(id);
    if (!call) return;
    this.pending.delete(id);
    if (!call.timedOut) this.finish(call, 'upstream-failed', {});
  }

  /** The client went away: calls still waiting are not recorded (nobody was waiting for them any more). */
  abandon(): void {
    this.pending.clear();
  }

  private finish(
    call: PendingCall,
    outcome: CallOutcome,
    extra: Pick<FinishedCall, 'ms' | 'bytes' | 'response'>,
  ): void {
    this.onFinished({
      callId: call.callId,
      method: call.method,
      ...(call.name !== undefined ? { name: call.name } : {}),
      startedAt: call.startedAt,
      outcome,
      ...extra,
      ...(call.params ? { params: call.params } : {}),
    });
  }
}
