export interface CallOptions {
  /** Milliseconds, or a duration string such as "30s". */
  timeout?: number | string;
  retries?: number;
}
export declare function callTool(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
