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

export declare const LATEST_PROTOCOL_VERSION: '2025-06-18';
