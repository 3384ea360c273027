// JSON-RPC messages as the proxy sees them: the value (to observe) and, where the message came over
// stdio, its original text, so that it is forwarded byte for byte rather than re-serialized.

/** A JSON-RPC message, or a batch of them (protocol 2025-03-26), as it travels through the proxy. */
export interface WireMessage {
  /** The parsed value; `undefined` when the text is not JSON (it is still forwarded as it came). */
  value: unknown;
  /** The line as received (without its newline), when it came as text. */
  text?: string;
}

export type RequestId = string | number;

export interface RequestView {
  kind: 'request';
  id: RequestId;
  method: string;
  params: Record<string, unknown> | undefined;
}
export interface NotificationView {
  kind: 'notification';
  method: string;
  params: Record<string, unknown> | undefined;
}
export interface ResponseView {
  kind: 'response';
  id: RequestId;
  result?: unknown;
  error?: { code?: unknown; message?: unknown };
}
export type MessageView = RequestView | NotificationView | ResponseView;

const isId = (id: unknown): id is RequestId => typeof id === 'string' || typeof id === 'number';
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What one JSON-RPC object is, or null for anything else (it is forwarded all the same). */
export function viewOf(value: unknown): MessageView | null {
  if (!isRecord(value)) return null;
  const params = isRecord(value.params) ? value.params : undefined;
  if (typeof value.method === 'string') {
    return isId(value.id)
      ? { kind: 'request', id: value.id, method: value.method, params }
      : { kind: 'notification', method: value.method, params };
  }
  if (isId(value.id) && ('result' in value || 'error' in value)) {
    return {
      kind: 'response',
      id: value.id,
      result: value.result,
      ...(isRecord(value.error) ? { error: value.error } : {}),
    };
  }
  return null;
}

/** The JSON-RPC objects of a message: one, or each member of a batch. */
export function viewsOf(message: WireMessage): MessageView[] {
  const { value } = message;
  const items = Array.isArray(value) ? value : [value];
  const views: MessageView[] = [];
  for (const item of items) {
    const view = viewOf(item);
    if (view) views.push(view);
  }
  return views;
}

/** A message read from a line of text; text that is not JSON keeps `value: undefined`. */
export function fromLine(text: string): WireMessage {
  try {
    return { value: JSON.parse(text), text };
  } catch {
    return { value: undefined, text };
  }
}

/** The text to write for a message: the original when there is one. */
export function textOf(message: WireMessage): string {
  return message.text ?? JSON.stringify(message.value);
}

/** Size in bytes of a message as it travelled (UTF-8). */
export function sizeOf(message: WireMessage): number {
  return Buffer.byteLength(textOf(message), 'utf8');
}

/**
 * JSON-RPC's "server error" range (-32000 to -32099): the proxy's own answers when the version it
 * forwards to cannot answer, so a client can tell them from the server's errors by `data.source`.
 */
export const UPSTREAM_FAILED_CODE = -32_003;

export function errorResponse(
  id: RequestId,
  code: number,
  message: string,
  data?: Record<string, unknown>,
): WireMessage {
  return { value: { jsonrpc: '2.0', id, error: { code, message, ...(data ? { data } : {}) } } };
}
