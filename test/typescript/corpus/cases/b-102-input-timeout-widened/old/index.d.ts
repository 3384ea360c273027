export interface CallOptions {
  /** Milliseconds. */
  timeout?: number;
  retries?: number;
}
export declare function callTool(name: string, args: Record<string, unknown>, options?: CallOptions): Promise<unknown>;
