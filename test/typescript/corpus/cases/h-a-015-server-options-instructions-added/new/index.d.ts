export interface ServerCapabilities {
  tools?: { listChanged?: boolean };
  logging?: object;
}
export interface ServerOptions {
  capabilities?: ServerCapabilities;
  enforceStrictCapabilities?: boolean;
  /** Usage hints sent to the client in the initialize result. */
  instructions?: string;
}
export declare class McpServer {
  constructor(info: { name: string; version: string }, options?: ServerOptions);
}
