export interface ToolResult {
  content: { type: 'text'; text: string }[];
  readonly structuredContent?: unknown;
}
export declare function callTool(name: string, args?: object): Promise<ToolResult>;
