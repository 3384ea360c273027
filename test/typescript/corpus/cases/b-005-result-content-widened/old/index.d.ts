export interface TextContent {
  type: 'text';
  text: string;
}
export interface CallToolResult {
  content: TextContent[];
  isError?: boolean;
}
export declare function callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
