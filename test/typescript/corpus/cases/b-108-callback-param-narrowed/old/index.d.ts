export interface JsonRpcMessage {
  jsonrpc: '2.0';
}
export interface TransportOptions {
  onMessage: (message: JsonRpcMessage) => void;
  onClose?: () => void;
}
export declare function openTransport(command: string, options: TransportOptions): { send(message: JsonRpcMessage): void };
