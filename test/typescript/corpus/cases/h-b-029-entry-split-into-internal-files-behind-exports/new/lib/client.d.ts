import type { Implementation, InitializeResult, ProtocolVersion, ServerCapabilities } from './types';

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
