export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: { name: string; arguments?: Record<string, unknown> }): Promise<CallToolResult>;
}
