export interface ToolDefinition<Args> {
  name: string;
  description?: string;
  handler(args: Args): Promise<unknown>;
}
export declare function defineTool<Args>(definition: ToolDefinition<Args>): ToolDefinition<Args>;
