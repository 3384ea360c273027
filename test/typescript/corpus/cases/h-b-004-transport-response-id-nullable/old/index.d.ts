export type RequestId = string | number;

export interface JSONRPCRequest {
  jsonrpc: '2.0';
  id: RequestId;
  method: string;
  params?: { [key: string]: unknown };
}
export interface JSONRPCNotification {
  jsonrpc: '2.0';
  method: string;
  params?: { [key: string]: unknown };
}
export interface JSONRPCResponse {
  jsonrpc: '2.0';
  id: RequestId;
  result?: { [key: string]: unknown };
  error?: { code: number; message: string; data?: unknown };
}
export type JSONRPCMessage = JSONRPCRequest | JSONRPCNotification | JSONRPCResponse;

/**
 * Implement this to carry MCP messages over your own channel.
 * The client calls `start`, `send` and `close`; it assigns the `on*` callbacks.
 */
export interface Transport {
  start(): Promise<void>;
  send(message: JSONRPCMessage): Promise<void>;
  close(): Promise<void>;
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
}

export declare class Client {
  constructor(clientInfo: { name: string; version: string });
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}
