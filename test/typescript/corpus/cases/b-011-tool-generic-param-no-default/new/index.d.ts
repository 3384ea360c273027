export interface ToolDefinition<Args, Result> {
  name: string;
  description?: string;
  handler(args: Args): Promise<Result>;
}
export declare function defineTool<Args, Result>(definition: ToolDefinition<Args, Result>): ToolDefinition<Args, Result>;
