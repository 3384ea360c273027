export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
}
export declare class Client {
  constructor(name: string);
  callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
}
