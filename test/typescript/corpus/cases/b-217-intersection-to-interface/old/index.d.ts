export type PromptArgument = {
  name: string;
  description?: string;
} & {
  required?: boolean;
};
export declare function definePrompt(name: string, args: PromptArgument[]): void;
