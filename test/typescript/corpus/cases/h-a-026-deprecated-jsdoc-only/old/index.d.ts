export interface CallToolResult {
  content: Array<{ type: 'text'; text: string }>;
}
export interface ToolConfig {
  title?: string;
  description?: string;
}
export declare class McpServer {
  constructor(info: { name: string; version: string });
  /** Registers a tool. */
  tool(name: string, cb: () => Promise<CallToolResult>): void;
  /** Registers a tool with metadata. */
  registerTool(name: string, config: ToolConfig, cb: () => Promise<CallToolResult>): void;
}
