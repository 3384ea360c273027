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
export declare function isTextContent(block: ContentBlock): block is TextContent;
