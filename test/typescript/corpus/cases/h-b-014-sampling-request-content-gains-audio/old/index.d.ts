export interface TextContent {
  type: 'text';
  text: string;
}
export interface ImageContent {
  type: 'image';
  data: string;
  mimeType: string;
}

/** A message the server sends to the client's model in a sampling request. */
export interface SamplingMessage {
  role: 'user' | 'assistant';
  content: TextContent | ImageContent;
}
export interface CreateMessageParams {
  messages: SamplingMessage[];
  maxTokens: number;
  systemPrompt?: string;
  temperature?: number;
}
export interface CreateMessageResult {
  role: 'assistant';
  model: string;
  content: TextContent | ImageContent;
  stopReason?: 'endTurn' | 'stopSequence' | 'maxTokens';
}

export interface McpServer {
  /** Asks the connected client to sample from its model. */
  createMessage(params: CreateMessageParams, options?: { signal?: AbortSignal }): Promise<CreateMessageResult>;
}
export declare function createServer(info: { name: string; version: string }): McpServer;
