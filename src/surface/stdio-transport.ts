// The MCP client transport over a server's stdin and stdout, on a ProcessGroup (the SDK's own stdio
// transport spawns the server in mcpver's process group and cannot end what the server starts).
// It reads newline-delimited JSON-RPC as the SDK does, with the SDK's message size limit, and
// measures a message over the limit to the end so that the error can say how large it was.

import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import {
  deserializeMessage,
  serializeMessage,
  STDIO_DEFAULT_MAX_BUFFER_SIZE,
} from '@modelcontextprotocol/sdk/shared/stdio.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { ProcessGroup, type ProcessGroupOptions } from '../process/process-group.ts';

/**
 * The largest message the SDK's stdio transport accepts (10 MiB): clients built on the SDK refuse
 * a larger one, so mcpver refuses it too rather than read a surface those clients cannot.
 */
export const MAX_MESSAGE_BYTES = STDIO_DEFAULT_MAX_BUFFER_SIZE;

/** The server sent a message larger than MAX_MESSAGE_BYTES. */
export class MessageTooLarge extends Error {
  constructor(
    /** Its size in bytes; a lower bound when the message had not ended when reading stopped. */
    readonly bytes: number,
    readonly complete: boolean,
  ) {
    super(`a message of ${complete ? '' : 'more than '}${bytes} bytes, over the ${MAX_MESSAGE_BYTES}-byte limit`);
  }
}

/** After the server exited, how long its stdout may still deliver what it wrote last. */
const EXIT_DRAIN_MS = 250;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ProcessStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: <T extends JSONRPCMessage>(message: T) => void;
  setProtocolVersion?: (version: string) => void;

  process: ProcessGroup | undefined;
  /** Set when the server sent a message over the limit: the reason the connection was closed. */
  tooLarge: MessageTooLarge | undefined;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Bytes of an oversized message read so far, while skipping it to its end. */
  private skipping: number | undefined;
  private closed = false;

  constructor(
    private readonly options: Omit<ProcessGroupOptions, 'stdout' | 'stdin'>,
    private readonly onStart?: (group: ProcessGroup) => void,
  ) {}

  async start(): Promise<void> {
    const group = await ProcessGroup.start({ ...this.options, stdout: 'pipe', stdin: 'pipe' });
    this.process = group;
    this.onStart?.(group);
    group.child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
    group.child.stdin!.on('error', (error) => this.onerror?.(error));
    // The end of the server, not of its stdout pipe, which a child it left behind may hold open:
    // once it exited, read what is still in the pipe for a moment, then call the connection closed.
    const drained = new Promise((resolve) => group.child.stdout!.once('end', resolve));
    void group.exited.then(() => Promise.race([drained, sleep(EXIT_DRAIN_MS)])).then(() => this.finish());
  }

  private read(chunk: Buffer): void {
    let rest = chunk;
    while (rest.length > 0 && !this.closed) {
      const newline = rest.indexOf(0x0a);
      if (this.skipping !== undefined) {
        if (newline === -1) {
          this.skipping += rest.length;
          return;
        }
        this.fail(new MessageTooLarge(this.skipping + newline, true));
        return;
      }
      if (newline === -1) {
        this.pending.push(rest);
        this.pendingBytes += rest.length;
        if (this.pendingBytes > MAX_MESSAGE_BYTES) {
          this.skipping = this.pendingBytes;
          this.pending = [];
          this.pendingBytes = 0;
        }
        return;
      }
      const line = Buffer.concat([...this.pending, rest.subarray(0, newline)]);
      this.pending = [];
      this.pendingBytes = 0;
      rest = rest.subarray(newline + 1);
      if (line.length > MAX_MESSAGE_BYTES) {
        this.fail(new MessageTooLarge(line.length, true));
        return;
      }
      this.deliver(line.toString('utf8').replace(/\r$/, ''));
    }
  }

  private deliver(line: string): void {
    let message: JSONRPCMessage;
    try {
      message = deserializeMessage(line);
    } catch (error) {
      this.onerror?.(error as Error);
      return;
    }
    this.onmessage?.(message);
  }

  /** A message over the limit ends the connection: the pending request fails with the reason. */
  private fail(error: MessageTooLarge): void {
    this.tooLarge = error;
    this.skipping = undefined;
    this.onerror?.(error);
    this.finish();
    void this.process?.stop();
  }

  /** While an oversized message is being skipped when time runs out: what is known of its size. */
  get partialTooLarge(): MessageTooLarge | undefined {
    return this.tooLarge ?? (this.skipping !== undefined ? new MessageTooLarge(this.skipping, false) : undefined);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    const stdin = this.process?.child.stdin;
    if (!stdin || stdin.destroyed || this.closed) throw new Error('Not connected');
    if (!stdin.write(serializeMessage(message))) await new Promise((resolve) => stdin.once('drain', resolve));
  }

  private finish(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }

  /** End the server's whole process group and let go of its pipes. */
  async close(): Promise<void> {
    await this.process?.stop();
    this.finish();
  }
}
