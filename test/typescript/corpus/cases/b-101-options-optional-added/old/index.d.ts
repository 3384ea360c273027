export interface ServerOptions {
  name: string;
  version: string;
}
export interface McpServer {
  connect(): Promise<void>;
}
export declare function createServer(options: ServerOptions): McpServer;
