// The proxy as a streamable HTTP MCP server (`--listen HOST:PORT`): each MCP session a client opens
// is one proxied session, with its own assignment and its own upstream session.

import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { isInitializeRequest, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { AbProxy, OpenedSession } from './proxy.ts';
import type { ProxySession } from './session.ts';
import { sessionUnit } from './unit.ts';

/** Where the proxy serves MCP, as the SDK's examples and most clients expect. */
export const MCP_PATH = '/mcp';
/** Largest request body read (the SDK's own default limit for a POST). */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface ListenOptions {
  host: string;
  port: number;
  /** One unit for every session (--unit). */
  unit?: string;
  /** Take each session's unit from this request header (--unit-header), else one per session. */
  unitHeader?: string;
  onOpened?: (opened: OpenedSession, unit: string) => void;
}

export interface Listening {
  url: string;
  close(): Promise<void>;
}

function jsonError(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32_000, message }, id: null }));
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error(`the request body is larger than ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function listen(proxy: AbProxy, options: ListenOptions): Promise<Listening> {
  const sessions = new Map<string, { transport: StreamableHTTPServerTransport; session: ProxySession }>();

  const unitOf = (req: IncomingMessage): string => {
    if (options.unit) return options.unit;
    const header = options.unitHeader ? req.headers[options.unitHeader.toLowerCase()] : undefined;
    const value = Array.isArray(header) ? header[0] : header;
    return value && value.trim() ? value.trim() : sessionUnit();
  };

  async function open(req: IncomingMessage, res: ServerResponse, body: unknown): Promise<void> {
    const unit = unitOf(req);
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: () => randomUUID() });
    const opened = await proxy.openSession(unit, {
      send(message, related) {
        transport
          .send(message.value as JSONRPCMessage, related !== undefined ? { relatedRequestId: related } : undefined)
          .catch((error: Error) =>
            proxy.settings.log(
              `could not deliver a message to the client of session ${transport.sessionId ?? '(new)'}: ${error.message}`,
            ),
          );
      },
    });
    options.onOpened?.(opened, unit);
    const { session } = opened;
    transport.onmessage = (message) => session.fromClient({ value: message });
    transport.onclose = () => {
      if (transport.sessionId) sessions.delete(transport.sessionId);
      void proxy.closeSession(session);
    };
    await transport.handleRequest(req, res, body);
    if (transport.sessionId) sessions.set(transport.sessionId, { transport, session });
    else void proxy.closeSession(session);
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://proxy');
      if (url.pathname !== MCP_PATH) return jsonError(res, 404, `not found: MCP is served at ${MCP_PATH}`);
      const header = req.headers['mcp-session-id'];
      const sessionId = Array.isArray(header) ? header[0] : header;
      if (sessionId) {
        const known = sessions.get(sessionId);
        if (!known) return jsonError(res, 404, 'Session not found');
        return known.transport.handleRequest(req, res);
      }
      if (req.method !== 'POST')
        return jsonError(res, 400, 'Bad Request: no Mcp-Session-Id header; a session starts with a POST of initialize');
      let body: unknown;
      try {
        body = await readJson(req);
      } catch (error) {
        return jsonError(res, 400, `Parse error: ${(error as Error).message}`);
      }
      if (!isInitializeRequest(body))
        return jsonError(res, 400, 'Bad Request: no Mcp-Session-Id header; a session starts with a POST of initialize');
      await open(req, res, body);
    })().catch((error: Error) => {
      proxy.settings.log(`HTTP request failed: ${error.message}`);
      if (!res.headersSent) jsonError(res, 500, 'the proxy could not handle the request');
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}${MCP_PATH}`,
    async close() {
      await Promise.allSettled([...sessions.values()].map(({ transport }) => transport.close()));
      sessions.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
