export interface ToolResult {
  content: { type: 'text'; text: string }[];
  readonly structuredContent?: Record<string, unknown>;
}
export declare function callTool(name: string, args?: object): Promise<ToolResult>;
