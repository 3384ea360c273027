export interface ServerOptions {
  name: string;
  version: string;
  /** Shown to the model as the server's usage hint. */
  instructions?: string;
}
export interface McpServer {
  connect(): Promise<void>;
}
export declare function createServer(options: ServerOptions): McpServer;
