export interface ToolDefinition<T extends object = Record<string, unknown>> {
  name: string;
  handler(args: T): Promise<string>;
}
export declare function defineTool<T extends object>(definition: ToolDefinition<T>): ToolDefinition<T>;
