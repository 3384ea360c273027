export interface ServerCapabilities {
  tools?: { listChanged?: boolean };
  logging?: object;
}
export interface ServerOptions {
  capabilities?: ServerCapabilities;
  enforceStrictCapabilities?: boolean;
}
export declare class McpServer {
  constructor(info: { name: string; version: string }, options?: ServerOptions);
}
