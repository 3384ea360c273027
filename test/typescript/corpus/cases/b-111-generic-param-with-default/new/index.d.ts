export interface ToolDefinition<Args, Result = unknown> {
  name: string;
  handler(args: Args): Promise<Result>;
}
export declare function defineTool<Args, Result = unknown>(definition: ToolDefinition<Args, Result>): ToolDefinition<Args, Result>;
