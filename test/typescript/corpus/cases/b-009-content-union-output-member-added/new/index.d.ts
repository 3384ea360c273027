export interface TextContent { type: 'text'; text: string }
export interface ImageContent { type: 'image'; data: string; mimeType: string }
export interface AudioContent { type: 'audio'; data: string; mimeType: string }
export type ContentBlock = TextContent | ImageContent | AudioContent;
export interface PromptMessage {
  role: 'user' | 'assistant';
  content: ContentBlock;
}
export declare function getPrompt(name: string, args?: Record<string, string>): Promise<PromptMessage[]>;
