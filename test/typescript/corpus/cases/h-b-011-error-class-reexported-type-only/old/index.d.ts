export { McpError, type ErrorCode } from './errors';

export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  /** Rejects with McpError. */
  ping(options?: RequestOptions): Promise<void>;
  close(): Promise<void>;
}
