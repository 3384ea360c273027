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

export interface ToolDefinition<Input extends { [key: string]: unknown } = { [key: string]: unknown }> {
  name: string;
  description?: string;
  inputSchema: JSONSchema;
  execute(input: Input): Promise<CallToolResult>;
}

export interface McpServer {
  addTool<Input extends { [key: string]: unknown }>(tool: ToolDefinition<Input>): void;
}
export declare function createServer(info: { name: string; version: string }): McpServer;
