export interface Transport {
  start(): Promise<void>;
  close(): Promise<void>;
}
export declare class McpServer {
  constructor(info: { name: string; version: string });
  connect(transport: Transport): Promise<void>;
}
