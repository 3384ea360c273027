import type { JSONRPCMessage, Transport } from './index';

/** An in-process transport pair, for tests. */
export declare class InMemoryTransport implements Transport {
  /** Two transports wired to each other: what one sends, the other receives. */
  static createLinkedPair(): [InMemoryTransport, InMemoryTransport];
  start(): Promise<void>;
  send(message: JSONRPCMessage): Promise<void>;
  close(): Promise<void>;
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
}
