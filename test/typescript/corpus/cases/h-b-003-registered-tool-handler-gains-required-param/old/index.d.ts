export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
}

export interface RequestHandlerExtra {
  signal: AbortSignal;
  sessionId?: string;
}

export type ToolArgs = { [key: string]: unknown };

export interface RegisteredTool {
  readonly name: string;
  description?: string;
  enabled: boolean;
  handler: (args: ToolArgs) => Promise<CallToolResult>;
  enable(): void;
  disable(): void;
  remove(): void;
}

export interface McpServer {
  tool(name: string, handler: (args: ToolArgs) => Promise<CallToolResult>): RegisteredTool;
  tool(name: string, description: string, handler: (args: ToolArgs) => Promise<CallToolResult>): RegisteredTool;
  getTool(name: string): RegisteredTool | undefined;
  /** Low-level hook: gets called for each incoming request. */
  onRequest?: (method: string, extra: RequestHandlerExtra) => void;
}

export declare function createServer(info: { name: string; version: string }): McpServer;
