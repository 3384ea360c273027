export interface ToolDefinition<Args extends object = Record<string, unknown>> {
  name: string;
  handler(args: Args): Promise<string>;
}
export declare function defineTool<Args extends object>(definition: ToolDefinition<Args>): ToolDefinition<Args>;
