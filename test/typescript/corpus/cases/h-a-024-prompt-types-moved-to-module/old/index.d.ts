export interface PromptArgument {
  name: string;
  description?: string;
  required?: boolean;
}
export interface Prompt {
  name: string;
  description?: string;
  arguments?: PromptArgument[];
}
export interface PromptMessage {
  role: 'user' | 'assistant';
  content: { type: 'text'; text: string };
}
export interface GetPromptResult {
  description?: string;
  messages: PromptMessage[];
}
export declare class Client {
  constructor(info: { name: string; version: string });
  listPrompts(): Promise<{ prompts: Prompt[] }>;
  getPrompt(name: string, args?: Record<string, string>): Promise<GetPromptResult>;
}
