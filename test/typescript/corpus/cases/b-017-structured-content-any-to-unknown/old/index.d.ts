export interface ToolResult {
  content: { type: 'text'; text: string }[];
  structuredContent?: any;
}
export interface Session {
  callTool(name: string, args?: object): Promise<ToolResult>;
}
export declare function openSession(url: string): Promise<Session>;
