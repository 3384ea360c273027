export interface ServerCapabilities {
  tools: string[];
  prompts: string[];
}
export declare function inspect(serverCommand: string): Promise<ServerCapabilities>;
