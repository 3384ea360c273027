export interface ListToolsResult {
  tools: Array<{ name: string; description?: string }>;
}
export interface CallToolRequest {
  method: 'tools/call';
  params: { name: string; arguments?: Record<string, unknown> };
}
export interface CallToolResult {
  content: Array<{ type: 'text'; text: string }>;
}
export interface Server {
  setRequestHandler(method: 'tools/call', handler: (request: CallToolRequest) => Promise<CallToolResult>): void;
  setRequestHandler(method: 'tools/list', handler: () => Promise<ListToolsResult>): void;
}
export declare function createServer(info: { name: string; version: string }): Server;
