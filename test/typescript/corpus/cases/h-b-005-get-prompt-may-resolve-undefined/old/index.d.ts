export interface Implementation {
  name: string;
  version: string;
}
export interface PromptMessage {
  role: 'user' | 'assistant';
  content: { type: 'text'; text: string };
}
export interface GetPromptResult {
  description?: string;
  messages: PromptMessage[];
}
export interface PromptInfo {
  name: string;
  description?: string;
  arguments?: { name: string; required?: boolean }[];
}
export interface ListPromptsResult {
  prompts: PromptInfo[];
  nextCursor?: string;
}
export interface RequestOptions {
  signal?: AbortSignal;
  timeout?: number;
}

export declare class Client {
  constructor(clientInfo: Implementation);
  listPrompts(params?: { cursor?: string }, options?: RequestOptions): Promise<ListPromptsResult>;
  /** Fetches a prompt; rejects with an McpError if the server fails. */
  getPrompt(name: string, args?: { [key: string]: string }, options?: RequestOptions): Promise<GetPromptResult>;
}
