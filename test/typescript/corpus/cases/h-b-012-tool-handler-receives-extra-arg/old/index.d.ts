export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
}
export interface ObjectSchema {
  type: 'object';
  properties: { [name: string]: { type: 'string' | 'number' | 'boolean'; description?: string } };
  required?: string[];
}

export interface McpServer {
  /** Registers a tool. The server calls `handler` for every tools/call request. */
  tool(
    name: string,
    inputSchema: ObjectSchema,
    handler: (args: { [key: string]: unknown }) => Promise<CallToolResult>,
  ): void;
  connect(transport: { start(): Promise<void>; close(): Promise<void> }): Promise<void>;
}

export declare function createServer(info: { name: string; version: string }): McpServer;
