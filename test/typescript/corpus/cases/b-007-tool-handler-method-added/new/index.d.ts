export interface ToolContext {
  requestId: string;
  readonly cancelled: boolean;
}
export interface ToolDescription {
  title: string;
  description: string;
}
export interface ToolHandler {
  call(args: Record<string, unknown>, context: ToolContext): Promise<string>;
  describe(): ToolDescription;
}
export declare function registerTool(name: string, handler: ToolHandler): void;
