export interface CallOptions {
  signal?: { readonly aborted: boolean };
  retries?: number;
  timeout?: number;
}
export interface CallToolResult {
  structuredContent?: Record<string, unknown>;
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}
export declare function callTool(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<CallToolResult>;
