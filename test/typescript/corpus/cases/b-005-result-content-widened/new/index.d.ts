export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  data: string;
  mimeType: string;
}
export interface CallToolResult {
  content: (TextContent | ImageContent)[];
  isError?: boolean;
}
export declare function callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
