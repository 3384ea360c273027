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
/** Internal grouping; not part of the public API. */
type BinaryContent = AudioContent | ImageContent;
export type ContentBlock = ResourceLink | TextContent | BinaryContent;
export declare function toPlainText(block: ContentBlock): string;
export {};
