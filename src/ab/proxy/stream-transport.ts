// An SDK Transport over a pair of streams (newline-delimited JSON, as MCP's stdio transport), for
// the proxy's own client of B in shadow mode, and for clients that talk to a proxy in the same process.

import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { readLines } from './lines.ts';

export class StreamTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private stopReading: (() => void) | null = null;
  private closed = false;

  constructor(
    private readonly input: Readable,
    private readonly output: Writable,
  ) {}

  async start(): Promise<void> {
    this.stopReading = readLines(
      this.input,
      (line) => {
        let message: JSONRPCMessage;
        try {
          message = JSON.parse(line) as JSONRPCMessage;
        } catch (error) {
          this.onerror?.(new Error(`not a JSON-RPC message: ${(error as Error).message}`));
          return;
        }
        this.onmessage?.(message);
      },
      () => void this.close(),
    );
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed || this.output.writableEnded || this.output.destroyed) throw new Error('the stream is closed');
    this.output.write(`${JSON.stringify(message)}\n`);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopReading?.();
    // Closing our side is how a stdio peer learns the session is over.
    if (!this.output.writableEnded) this.output.end();
    this.onclose?.();
  }
}
