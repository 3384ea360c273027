export interface CallOptions {
  /** Milliseconds, or a duration string such as "30s". */
  timeout?: number | string;
  signal?: AbortSignalLike;
}
export interface AbortSignalLike {
  readonly aborted: boolean;
}
export interface CallToolResult {
  content: { type: 'text'; text: string }[];
  isError?: boolean;
}
export declare function callTool(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<CallToolResult>;
