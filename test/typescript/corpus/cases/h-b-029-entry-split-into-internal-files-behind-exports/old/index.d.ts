export type ProtocolVersion = '2024-11-05' | '2025-03-26' | '2025-06-18';

export interface Implementation {
  name: string;
  version: string;
}

export interface ServerCapabilities {
  tools?: { listChanged?: boolean };
  resources?: { subscribe?: boolean; listChanged?: boolean };
  prompts?: { listChanged?: boolean };
  logging?: {};
}

export interface InitializeResult {
  protocolVersion: ProtocolVersion;
  capabilities: ServerCapabilities;
  serverInfo: Implementation;
  instructions?: string;
}

export interface ClientOptions {
  protocolVersion?: ProtocolVersion;
  capabilities?: { roots?: { listChanged?: boolean }; sampling?: {} };
}

export declare class Client {
  constructor(clientInfo: Implementation, options?: ClientOptions);
  /** Connects over the given URL and performs the initialize handshake. */
  connect(url: string | URL): Promise<InitializeResult>;
  getServerCapabilities(): ServerCapabilities | undefined;
  close(): Promise<void>;
}

export declare const LATEST_PROTOCOL_VERSION: '2025-06-18';
