export interface ServerCapabilities {
  tools?: { listChanged?: boolean };
  resources?: { subscribe?: boolean; listChanged?: boolean };
  prompts?: { listChanged?: boolean };
  logging?: {};
}

export interface ServerOptions {
  name: string;
  version: string;
  /** Capabilities to advertise; unspecified ones are inferred from what you register. */
  capabilities?: Partial<ServerCapabilities>;
  /** Shown to the model as a system-prompt hint. */
  instructions?: string;
}

export interface McpServer {
  readonly capabilities: ServerCapabilities;
  tool(name: string, handler: (args: { [key: string]: unknown }) => Promise<{ content: { type: 'text'; text: string }[] }>): void;
  close(): Promise<void>;
}

export declare function createServer(options: Readonly<ServerOptions>): McpServer;
