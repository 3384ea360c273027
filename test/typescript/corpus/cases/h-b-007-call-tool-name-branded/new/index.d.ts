declare const toolNameBrand: unique symbol;
/** A tool name as advertised by the server. Obtain one from `listTools()` or `toolName()`. */
export type ToolName = string & { readonly [toolNameBrand]: 'ToolName' };
/** Validates and brands a tool name. */
export declare function toolName(name: string): ToolName;

export interface Tool {
  name: ToolName;
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
  callTool(name: ToolName, args?: { [key: string]: unknown }): Promise<CallToolResult>;
}
export {};
