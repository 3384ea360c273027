// One wide event per call (docs/ab.md, "Wide records"): the arm, the unit, what was called and how
// it went, as metric columns. Arguments and results are left out unless payloads are recorded.

import type { Variant } from '../test.ts';
import type { CallOutcome, FinishedCall } from './call-tracker.ts';

/** The metric columns the proxy writes, and the test definition it uses when none is configured. */
export const PROXY_METRICS = {
  responseTime: 'response_time',
  error: 'error',
  timeout: 'timeout',
  resultBytes: 'result_bytes',
  /** Shadow mode, on B's events: 1 when B answered differently from A. */
  differs: 'differs',
} as const;

export interface ProxyEvent {
  variant: Variant;
  unit: string;
  /** The proxy session (one client connection). */
  session: string;
  call_id: string;
  method: string;
  tool?: string;
  prompt?: string;
  ts: string;
  outcome: CallOutcome;
  response_time?: number;
  error?: 0 | 1;
  timeout?: 0 | 1;
  result_bytes?: number;
  /** `shadow` on the events of B's shadow calls. */
  mode?: 'shadow';
  differs?: 0 | 1;
  /** Shadow mode: lines added or removed between A's and B's normalised text. */
  changed_lines?: number;
  /** In shadow mode each call is its own unit (it ran on both versions); this is the client's unit. */
  client?: string;
  arguments?: unknown;
  result?: unknown;
}

export interface EventContext {
  variant: Variant;
  unit: string;
  session: string;
  recordPayloads: boolean;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** The wide event of one finished call. */
export function callEvent(call: FinishedCall, context: EventContext): ProxyEvent {
  const event: ProxyEvent = {
    variant: context.variant,
    unit: context.unit,
    session: context.session,
    call_id: call.callId,
    method: call.method,
    ...(call.name !== undefined ? (call.method === 'prompts/get' ? { prompt: call.name } : { tool: call.name }) : {}),
    ts: call.startedAt,
    outcome: call.outcome,
  };
  switch (call.outcome) {
    case 'ok':
    case 'error':
      event.response_time = round(call.ms ?? 0);
      event.error = call.outcome === 'error' ? 1 : 0;
      event.timeout = 0;
      if (call.bytes !== undefined) event.result_bytes = call.bytes;
      break;
    case 'timeout':
      // Timeouts count as errors (the A/B specification, 5.1); the latency of an unanswered call is unknown.
      event.error = 1;
      event.timeout = 1;
      break;
    case 'upstream-failed':
      event.error = 1;
      event.timeout = 0;
      break;
    case 'cancelled':
      // The client gave up: neither an error of the server nor a latency.
      break;
  }
  if (context.recordPayloads) {
    const args = call.params?.arguments ?? call.params?.uri;
    if (args !== undefined) event.arguments = args;
    if (call.response) event.result = call.response.error ?? call.response.result;
  }
  return event;
}
