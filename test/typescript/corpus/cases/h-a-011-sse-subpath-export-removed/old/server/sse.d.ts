import type { Transport } from '../index';
/** Legacy HTTP+SSE transport. */
export declare class SSEServerTransport implements Transport {
  constructor(messagesEndpoint: string);
  start(): Promise<void>;
  close(): Promise<void>;
}
