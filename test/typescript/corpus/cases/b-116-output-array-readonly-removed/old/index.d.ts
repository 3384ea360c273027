export interface ServerCapabilities {
  readonly tools: readonly string[];
}
export declare function inspect(serverCommand: string): Promise<ServerCapabilities>;
