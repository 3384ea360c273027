export interface CallToolParams {
  name: string;
  arguments?: Record<string, unknown>;
}
export interface CallToolResult {
  content: Array<{ type: 'text'; text: string }>;
  isError?: boolean;
}
export interface RequestOptions {
  /** Milliseconds before the request is aborted. */
  timeout?: number;
  maxRetries?: number;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: CallToolParams, options?: RequestOptions): Promise<CallToolResult>;
}
