export interface CallToolResult {
  content: { type: 'text'; text: string }[];
}
export declare function callTool(name: string, args?: any): Promise<CallToolResult>;
