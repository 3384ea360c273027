export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  data: string;
  mimeType: string;
}
export type ContentBlock = TextContent | ImageContent;

export interface CallToolResult {
  content: ContentBlock[];
  isError?: boolean;
}
export declare function text(value: string): TextContent;
export declare function result(...blocks: ContentBlock[]): CallToolResult;
