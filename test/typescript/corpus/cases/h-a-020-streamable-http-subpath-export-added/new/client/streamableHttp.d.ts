import type { Transport } from '../index';
export interface StreamableHTTPClientTransportOptions {
  sessionId?: string;
  requestInit?: { headers?: Record<string, string> };
}
export declare class StreamableHTTPClientTransport implements Transport {
  constructor(url: string, options?: StreamableHTTPClientTransportOptions);
  start(): Promise<void>;
  close(): Promise<void>;
}
