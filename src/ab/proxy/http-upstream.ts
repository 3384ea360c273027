// A version served over streamable HTTP: one upstream MCP session per proxied session, through the
// SDK's client transport (session ids, protocol version header, SSE streams and their resumption).

import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { Upstream, UpstreamHandlers } from './upstream.ts';
import { viewsOf, type RequestId, type WireMessage } from './wire.ts';

export class HttpUpstream implements Upstream {
  private transport: StreamableHTTPClientTransport | null = null;
  /** Ids of `initialize` requests sent, so that the negotiated protocol version is passed on in headers. */
  private readonly initializeIds = new Set<RequestId>();
  private closed = false;

  constructor(readonly target: string) {}

  start(handlers: UpstreamHandlers): void {
    const transport = new StreamableHTTPClientTransport(new URL(this.target));
    this.transport = transport;
    transport.onmessage = (message) => {
      const wire: WireMessage = { value: message };
      for (const view of viewsOf(wire)) {
        if (view.kind === 'response' && this.initializeIds.delete(view.id)) {
          const version = (view.result as { protocolVersion?: unknown } | undefined)?.protocolVersion;
          if (typeof version === 'string') transport.setProtocolVersion(version);
        }
      }
      handlers.message(wire);
    };
    transport.onerror = (error) => {
      // The SDK gives up on a broken SSE stream after its reconnection attempts: requests waiting
      // on that stream would never be answered, so the upstream counts as failed.
      if (!this.closed && /Maximum reconnection attempts|Failed to reconnect/i.test(error.message))
        handlers.failed(`stopped answering (${error.message})`);
    };
    void transport.start();
  }

  async send(message: WireMessage): Promise<void> {
    if (!this.transport) throw new Error('it was not started');
    for (const view of viewsOf(message))
      if (view.kind === 'request' && view.method === 'initialize') this.initializeIds.add(view.id);
    try {
      await this.transport.send(message.value as JSONRPCMessage);
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      throw new Error(
        `${(error as Error).message}${cause?.code ? ` (${cause.code})` : cause?.message ? ` (${cause.message})` : ''}`,
      );
    }
  }

  async close(): Promise<void> {
    if (!this.transport || this.closed) return;
    this.closed = true;
    // Tell the server the session is over (it may refuse with 405; that is fine), then drop the streams.
    await this.transport.terminateSession().catch(() => {});
    await this.transport.close().catch(() => {});
  }
}
