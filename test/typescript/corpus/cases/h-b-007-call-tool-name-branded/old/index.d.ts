export interface Tool {
  name: string;
  title?: string;
  description?: string;
  inputSchema: { type: 'object'; properties?: { [key: string]: object }; required?: string[] };
}
export interface ListToolsResult {
  tools: Tool[];
  nextCursor?: string;
}
export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  listTools(params?: { cursor?: string }): Promise<ListToolsResult>;
  callTool(name: string, args?: { [key: string]: unknown }): Promise<CallToolResult>;
}
