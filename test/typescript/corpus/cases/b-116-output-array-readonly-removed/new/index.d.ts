export interface ServerCapabilities {
  readonly tools: string[];
}
export declare function inspect(serverCommand: string): Promise<ServerCapabilities>;
