export type Role = 'system' | 'user' | 'assistant';
export interface TextContent { type: 'text'; text: string }
export interface ImageContent { type: 'image'; data: string; mimeType: string }
export type ContentBlock = ImageContent | TextContent;
export declare function sample(role: Role, prompt: string): Promise<ContentBlock>;
