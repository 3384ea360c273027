export interface JSONRPCMessage {
  jsonrpc: '2.0';
  id?: string | number;
  method?: string;
  params?: { [key: string]: unknown };
  result?: { [key: string]: unknown };
  error?: { code: number; message: string };
}

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
  ping(): Promise<void>;
  close(): Promise<void>;
}

export declare class Server {
  constructor(serverInfo: { name: string; version: string });
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}
