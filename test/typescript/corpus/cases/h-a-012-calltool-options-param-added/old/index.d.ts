export interface CallToolParams {
  name: string;
  arguments?: Record<string, unknown>;
}
export interface CallToolResult {
  content: Array<{ type: 'text'; text: string }>;
  isError?: boolean;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  callTool(params: CallToolParams): Promise<CallToolResult>;
}
