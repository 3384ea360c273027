export type JSONSchema = {
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'array' | 'null';
  properties?: { [key: string]: JSONSchema };
  items?: JSONSchema;
  required?: string[];
  description?: string;
};

export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export interface ToolDefinition<
  Input extends { [key: string]: unknown } = { [key: string]: unknown },
  Output = unknown,
> {
  name: string;
  description?: string;
  inputSchema: JSONSchema;
  /** Schema of `structuredContent` in the tool's results. */
  outputSchema?: JSONSchema;
  execute(input: Input): Promise<CallToolResult & { structuredContent?: Output }>;
}

export interface McpServer {
  addTool<Input extends { [key: string]: unknown }, Output = unknown>(tool: ToolDefinition<Input, Output>): void;
}
export declare function createServer(info: { name: string; version: string }): McpServer;
