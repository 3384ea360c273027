export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
  /** Additional fields sent by newer servers are passed through unchanged. */
  [key: string]: unknown;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: { name: string; arguments?: Record<string, unknown> }): Promise<CallToolResult>;
}
