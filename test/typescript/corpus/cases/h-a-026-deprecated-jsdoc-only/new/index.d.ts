export interface CallToolResult {
  content: Array<{ type: 'text'; text: string }>;
}
export interface ToolConfig {
  title?: string;
  description?: string;
}
export declare class McpServer {
  constructor(info: { name: string; version: string });
  /**
   * Registers a tool.
   * @deprecated Use {@link McpServer.registerTool} instead; `tool()` will be removed in a future major version.
   */
  tool(name: string, cb: () => Promise<CallToolResult>): void;
  /**
   * Registers a tool with metadata.
   * @param config Title and description shown to clients.
   */
  registerTool(name: string, config: ToolConfig, cb: () => Promise<CallToolResult>): void;
}
