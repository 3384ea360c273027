import type { SUPPORTED_PROTOCOL_VERSIONS } from './versions';

export type ProtocolVersion = (typeof SUPPORTED_PROTOCOL_VERSIONS)[number];

export declare const LATEST_PROTOCOL_VERSION: (typeof SUPPORTED_PROTOCOL_VERSIONS)[0];

export interface ClientCapabilities {
  roots?: { listChanged?: boolean };
  sampling?: {};
  elicitation?: {};
}

export interface ClientOptions {
  /** Version offered during initialize; defaults to LATEST_PROTOCOL_VERSION. */
  protocolVersion?: ProtocolVersion;
  capabilities?: ClientCapabilities;
}

export interface InitializeResult {
  protocolVersion: ProtocolVersion;
  serverInfo: { name: string; version: string };
  instructions?: string;
}

export declare function isSupportedProtocolVersion(version: string): version is ProtocolVersion;

export declare class Client {
  constructor(clientInfo: { name: string; version: string }, options?: ClientOptions);
  connect(url: string | URL): Promise<InitializeResult>;
  /** Negotiated version, once connected. */
  readonly protocolVersion: ProtocolVersion | undefined;
}
