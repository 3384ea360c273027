export interface JSONRPCMessage {
  jsonrpc: '2.0';
  id?: string | number;
  method?: string;
  params?: { [key: string]: unknown };
  result?: { [key: string]: unknown };
  error?: { code: number; message: string };
}

/** Implement this to run MCP over your own channel. */
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
  /** The transport passed to connect(), if connected. */
  readonly transport: Transport | undefined;
}
