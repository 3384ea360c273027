/** Options for {@link createServer}; only `name` and `version` are sent to clients. */
export interface ServerOptions {
  /** The server name clients show in their UI, e.g. `"weather"`. */
  name: string;
  /** The server version, reported in `serverInfo` (semver). */
  version: string;
}
/**
 * Creates an MCP server that is not yet connected to a transport.
 *
 * @example
 * const server = createServer({ name: 'weather', version: '1.0.0' });
 * await server.connect();
 * @see https://modelcontextprotocol.io/specification
 */
export declare function createServer(options: ServerOptions): { connect(): Promise<void> };
