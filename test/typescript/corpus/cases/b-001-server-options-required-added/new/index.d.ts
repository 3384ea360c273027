export interface ServerOptions {
  name: string;
  version: string;
  instructions?: string;
}
export interface McpServer {
  connect(): Promise<void>;
  close(): Promise<void>;
}
export declare function createServer(options: ServerOptions): McpServer;
