export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
}
export type ToolCallback = (args: Record<string, unknown>) => CallToolResult | Promise<CallToolResult>;
export declare class McpServer {
  constructor(info: { name: string; version: string });
  /** Registers a tool without a description. */
  tool(name: string, cb: ToolCallback): void;
  /** Registers a tool with a human-readable description. */
  tool(name: string, description: string, cb: ToolCallback): void;
}
