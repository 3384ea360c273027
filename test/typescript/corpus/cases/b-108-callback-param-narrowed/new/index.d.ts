export interface JsonRpcMessage {
  jsonrpc: '2.0';
}
export interface JsonRpcRequest extends JsonRpcMessage {
  id: string | number;
  method: string;
  params?: Record<string, unknown>;
}
export interface TransportOptions {
  onMessage: (message: JsonRpcRequest) => void;
  onClose?: () => void;
}
export declare function openTransport(command: string, options: TransportOptions): { send(message: JsonRpcMessage): void };
