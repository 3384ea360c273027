export interface CallOptions {
  timeout?: number;
  retries?: number;
  signal?: { readonly aborted: boolean };
}
export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
}
export declare function callTool(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<CallToolResult>;
