export interface ServerCapabilities {
  tools: readonly string[];
  prompts: readonly string[];
}
export declare function inspect(serverCommand: string): Promise<ServerCapabilities>;
