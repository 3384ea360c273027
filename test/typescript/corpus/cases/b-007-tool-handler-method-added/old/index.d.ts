export interface ToolContext {
  requestId: string;
  readonly cancelled: boolean;
}
export interface ToolHandler {
  call(args: Record<string, unknown>, context: ToolContext): Promise<string>;
}
export declare function registerTool(name: string, handler: ToolHandler): void;
