export interface ToolDefinition<T> {
  name: string;
  description?: string;
  handler: (args: T) => Promise<string>;
}
export interface RegisteredTool<T> {
  readonly name: string;
  invoke(args: T): Promise<string>;
  disable(): void;
}
export declare function defineTool<T extends object>(definition: ToolDefinition<T>): RegisteredTool<T>;
