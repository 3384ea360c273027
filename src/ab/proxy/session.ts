// One proxied session: the client on one side, the assigned version on the other. Every message
// passes unchanged; requests that are calls are timed and recorded; when the version cannot answer,
// the client gets a JSON-RPC error that names it, for every request, never silence.

import type { Variant } from '../test.ts';
import { CallTracker, CALL_METHODS, type FinishedCall } from './call-tracker.ts';
import { callEvent, type EventContext, type ProxyEvent } from './proxy-event.ts';
import type { ShadowRunner } from './shadow.ts';
import type { Upstream } from './upstream.ts';
import { errorResponse, sizeOf, UPSTREAM_FAILED_CODE, viewsOf, type RequestId, type WireMessage } from './wire.ts';

export interface Downstream {
  /**
   * Deliver a message to the client. `related` names the client's request a message from the
   * server belongs to (streamable HTTP sends it on that request's stream; stdio ignores it).
   */
  send(message: WireMessage, related?: RequestId): void;
}

export interface SessionOptions {
  testId: string;
  variant: Variant;
  /** The version's name in the test (`1.5.0`). */
  versionName: string;
  unit: string;
  session: string;
  upstream: Upstream;
  downstream: Downstream;
  emit(event: ProxyEvent): void;
  log(line: string): void;
  /** After this long without an answer a call is recorded as a timeout (the answer still passes). */
  callTimeoutMs: number;
  recordPayloads: boolean;
  shadow?: ShadowRunner;
}

interface ClientRequest {
  method: string;
  progressToken?: unknown;
}

/** How often waiting calls are checked against the call timeout. */
const SWEEP_EVERY_MS = 1_000;

export class ProxySession {
  private readonly tracker: CallTracker;
  /** Requests of the client still unanswered, in arrival order (for routing and for failures). */
  private readonly waiting = new Map<RequestId, ClientRequest>();
  private readonly progressTokens = new Map<unknown, RequestId>();
  private failure: string | null = null;
  private sweeper: NodeJS.Timeout | null = null;
  private closed: Promise<void> | null = null;
  private readonly context: EventContext;

  constructor(private readonly options: SessionOptions) {
    this.context = {
      variant: options.variant,
      unit: options.unit,
      session: options.session,
      recordPayloads: options.recordPayloads,
    };
    this.tracker = new CallTracker(
      options.session,
      (call) => this.finished(call),
      options.recordPayloads || options.shadow !== undefined,
    );
  }

  /** Start the upstream; messages may be given to `fromClient` at once (they wait in its pipe). */
  start(): void {
    this.options.upstream.start({
      message: (m) => this.fromUpstream(m),
      failed: (reason) => this.upstreamFailed(reason),
    });
    this.sweeper = setInterval(
      () => this.tracker.sweep(this.options.callTimeoutMs),
      Math.min(SWEEP_EVERY_MS, this.options.callTimeoutMs),
    );
    this.sweeper.unref();
  }

  get failed(): string | null {
    return this.failure;
  }

  /** How the version is named to the client: `version B (1.5.0) of the server`. */
  private get version(): string {
    return `version ${this.options.variant}${this.options.versionName !== this.options.variant ? ` (${this.options.versionName})` : ''} of the server`;
  }

  fromClient(message: WireMessage): void {
    const views = viewsOf(message);
    const requests: RequestId[] = [];
    for (const view of views) {
      if (view.kind === 'request') {
        const progressToken = (view.params?._meta as { progressToken?: unknown } | undefined)?.progressToken;
        this.waiting.set(view.id, { method: view.method, ...(progressToken !== undefined ? { progressToken } : {}) });
        if (progressToken !== undefined) this.progressTokens.set(progressToken, view.id);
        requests.push(view.id);
        const callId = this.tracker.begin(view.id, view.method, view.params);
        if (callId && view.method === 'tools/call' && this.options.shadow && this.failure === null)
          this.options.shadow.begin(callId, view.params);
      } else if (view.kind === 'notification' && view.method === 'notifications/cancelled') {
        const id = view.params?.requestId;
        if (typeof id === 'string' || typeof id === 'number') {
          this.tracker.cancel(id);
          this.forget(id);
        }
      }
    }
    if (this.failure !== null) {
      this.answerWithFailure(requests, this.failure);
      return;
    }
    this.options.upstream.send(message).catch((error: Error) => {
      // This message did not reach the version (HTTP): its requests are answered here, now.
      this.answerWithFailure(
        requests.filter((id) => this.waiting.has(id)),
        `did not accept the request: ${error.message}`,
      );
    });
  }

  private fromUpstream(message: WireMessage): void {
    const views = viewsOf(message);
    let related: RequestId | undefined;
    for (const view of views) {
      if (view.kind === 'response') continue;
      // A message from the server in the middle of a request (progress, sampling, logging) belongs
      // to it: to the request of its progress token, else to the oldest request still waiting.
      const token = (view.params as { progressToken?: unknown } | undefined)?.progressToken;
      related = (token !== undefined ? this.progressTokens.get(token) : undefined) ?? this.waiting.keys().next().value;
      break;
    }
    this.options.downstream.send(message, related);
    for (const view of views) {
      if (view.kind !== 'response') continue;
      const request = this.waiting.get(view.id);
      if (!request) continue;
      this.forget(view.id);
      if (CALL_METHODS.has(request.method)) this.tracker.end(view, sizeOf(message));
    }
  }

  private forget(id: RequestId): void {
    const request = this.waiting.get(id);
    if (request?.progressToken !== undefined) this.progressTokens.delete(request.progressToken);
    this.waiting.delete(id);
  }

  private upstreamFailed(reason: string): void {
    if (this.failure !== null || this.closed) return;
    this.failure = reason;
    this.options.log(
      `${this.version} (${this.options.upstream.target}) ${reason}. Requests are answered with an error from now on.`,
    );
    this.answerWithFailure([...this.waiting.keys()], reason);
    this.tracker.failAll();
  }

  /** Answer requests the version cannot answer, each with an error that says which version and why. */
  private answerWithFailure(ids: RequestId[], reason: string): void {
    for (const id of ids) {
      const request = this.waiting.get(id);
      this.forget(id);
      this.tracker.failOne(id);
      const message = `mcpver ab proxy: ${this.version} is not available (A/B test "${this.options.testId}"): it ${reason}.`;
      this.options.downstream.send(
        errorResponse(id, UPSTREAM_FAILED_CODE, message, {
          source: 'mcpver-ab-proxy',
          test: this.options.testId,
          variant: this.options.variant,
          version: this.options.versionName,
          ...(request ? { method: request.method } : {}),
        }),
        id,
      );
    }
  }

  private finished(call: FinishedCall): void {
    const event = callEvent(call, this.context);
    if (this.options.shadow) {
      // Shadow mode records pairs only (A's answer and B's), so that both arms hold the same calls.
      if (call.method === 'tools/call') this.options.shadow.settle(call, event);
      return;
    }
    this.options.emit(event);
  }

  /** The client left: end the upstream (and the shadow), once. */
  close(): Promise<void> {
    this.closed ??= (async () => {
      if (this.sweeper) clearInterval(this.sweeper);
      this.tracker.abandon();
      await Promise.allSettled([this.options.upstream.close(), this.options.shadow?.close()]);
    })();
    return this.closed;
  }
}
