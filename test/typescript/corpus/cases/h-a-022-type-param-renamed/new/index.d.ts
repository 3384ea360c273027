export interface ToolDefinition<TArgs> {
  name: string;
  description?: string;
  handler: (args: TArgs) => Promise<string>;
}
export interface RegisteredTool<TArgs> {
  readonly name: string;
  invoke(args: TArgs): Promise<string>;
  disable(): void;
}
export declare function defineTool<TArgs extends object>(definition: ToolDefinition<TArgs>): RegisteredTool<TArgs>;
