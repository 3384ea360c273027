export interface CallToolResult {
  content: { type: 'text'; text: string }[];
}
export declare function callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
