export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  /** Machine-readable result matching the tool's outputSchema. */
  structuredContent?: { [key: string]: any };
  isError?: boolean;
}
export interface CallToolParams {
  name: string;
  arguments?: { [key: string]: unknown };
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  callTool(params: CallToolParams, options?: { signal?: AbortSignal; timeout?: number }): Promise<CallToolResult>;
}

export interface McpServer {
  tool(name: string, handler: (args: { [key: string]: unknown }) => Promise<CallToolResult>): void;
}
export declare function createServer(info: { name: string; version: string }): McpServer;
