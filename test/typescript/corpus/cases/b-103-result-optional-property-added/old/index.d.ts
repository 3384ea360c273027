export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}
export declare class Client {
  constructor(url: string);
  callTool(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
}
