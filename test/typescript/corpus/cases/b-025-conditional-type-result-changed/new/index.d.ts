export interface ToolDefinition<A extends object> {
  name: string;
  handler(args: A): Promise<string>;
}
export type ArgsOf<T> = T extends ToolDefinition<infer A> ? Partial<A> : never;
export declare function defineTool<A extends object>(definition: ToolDefinition<A>): ToolDefinition<A>;
