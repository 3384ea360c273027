export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  data: string;
  mimeType: string;
}
export interface AudioContent {
  type: 'audio';
  data: string;
  mimeType: string;
}
export interface ResourceLink {
  type: 'resource_link';
  uri: string;
  name: string;
}
export type ContentBlock = TextContent | ImageContent | AudioContent | ResourceLink;
export declare function toPlainText(block: ContentBlock): string;
