export interface PromptMessage {
  role: 'user' | 'assistant';
  text: string;
}
export interface PromptProvider {
  name: string;
  render(args: Record<string, string>): Promise<string | PromptMessage[]>;
}
export declare function addPrompt(provider: PromptProvider): void;
