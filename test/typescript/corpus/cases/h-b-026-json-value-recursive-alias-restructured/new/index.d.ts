type JSONPrimitive = string | number | boolean | null;
interface JSONArray extends Array<JSONValue> {}
type JSONObject = { [key: string]: JSONValue };
export type JSONValue = JSONPrimitive | JSONArray | JSONObject;

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
    handler: (args: JSONObject) => Promise<{ content: { type: 'text'; text: string }[] }>,
  ): void;
  listTools(): Tool[];
}
export declare function createServer(info: { name: string; version: string }): McpServer;

export {};
