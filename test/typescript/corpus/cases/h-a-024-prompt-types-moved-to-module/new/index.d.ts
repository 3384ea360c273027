import type { GetPromptResult, Prompt } from './prompts';
export type { GetPromptResult, Prompt, PromptArgument, PromptMessage } from './prompts';
export declare class Client {
  constructor(info: { name: string; version: string });
  listPrompts(): Promise<{ prompts: Prompt[] }>;
  getPrompt(name: string, args?: Record<string, string>): Promise<GetPromptResult>;
}
