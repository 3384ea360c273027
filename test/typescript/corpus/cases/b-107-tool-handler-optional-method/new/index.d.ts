export interface ToolHandler {
  call(args: Record<string, unknown>): Promise<string>;
  /** A one-line summary shown in tools/list; the tool name is used without it. */
  describe?(): string;
}
export declare function registerTool(name: string, handler: ToolHandler): void;
