export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export type JSONSchema = {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  description?: string;
  properties?: { [key: string]: JSONSchema };
  required?: string[];
  items?: JSONSchema;
  enum?: JSONValue[];
  default?: JSONValue;
};

export interface Tool {
  name: string;
  description?: string;
  inputSchema: JSONSchema;
}

export interface McpServer {
  tool(
    name: string,
    inputSchema: JSONSchema,
    handler: (args: { [key: string]: JSONValue }) => Promise<{ content: { type: 'text'; text: string }[] }>,
  ): void;
  listTools(): Tool[];
}
export declare function createServer(info: { name: string; version: string }): McpServer;
