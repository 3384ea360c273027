export interface JSONRPCMessage {
  jsonrpc: '2.0';
  id?: string | number;
  method?: string;
  params?: unknown;
  result?: unknown;
}
/** Implement this to plug a custom transport into the server. */
export interface Transport {
  start(): Promise<void>;
  send(message: JSONRPCMessage): Promise<void>;
  close(): Promise<void>;
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  sessionId?: string;
}
export declare class McpServer {
  constructor(info: { name: string; version: string });
  connect(transport: Transport): Promise<void>;
}
