export interface ToolResult {
  content: { type: 'text'; text: string }[];
  structuredContent?: unknown;
}
export declare function callTool(name: string, args?: object): Promise<ToolResult>;
