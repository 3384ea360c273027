import type { ContentBlock, TextContent } from './content.js';
export * from './content.js';
export interface CallToolResult {
  content: ContentBlock[];
  isError?: boolean;
}
export declare function text(value: string): TextContent;
export declare function result(...blocks: ContentBlock[]): CallToolResult;
