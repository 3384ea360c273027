export interface Implementation {
  name: string;
  version: string;
}

export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  data: string;
  mimeType: string;
}
export interface EmbeddedResource {
  type: 'resource';
  resource: { uri: string; mimeType?: string; text?: string; blob?: string };
}
export type Content = TextContent | ImageContent | EmbeddedResource;

export interface CallToolResult {
  content: Content[];
  isError?: boolean;
}

export interface CallToolParams {
  name: string;
  arguments?: { [key: string]: unknown };
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
}

export declare class Client {
  constructor(clientInfo: Implementation);
  callTool(params: CallToolParams, options?: RequestOptions): Promise<CallToolResult>;
  close(): Promise<void>;
}
