export interface ToolHandler {
  call(args: Record<string, unknown>): Promise<string>;
}
export declare function registerTool(name: string, handler: ToolHandler): void;
