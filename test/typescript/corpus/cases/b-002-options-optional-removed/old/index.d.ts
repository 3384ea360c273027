export interface ServerOptions {
  name: string;
  version: string;
  /** Log every JSON-RPC message to stderr. */
  debug?: boolean;
  /** Milliseconds before a request is abandoned. */
  requestTimeout?: number;
}
export declare class Server {
  constructor(options: ServerOptions);
  listen(port?: number): Promise<void>;
}
