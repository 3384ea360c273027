/** Options for {@link createServer}. */
export interface ServerOptions {
  /** The server name. */
  name: string;
  /** The server version. */
  version: string;
}
/**
 * Creates a server.
 */
export declare function createServer(options: ServerOptions): { connect(): Promise<void> };
