export interface Transport {
  start(): Promise<void>;
  close(): Promise<void>;
}
export declare class Client {
  constructor(info: { name: string; version: string });
  connect(transport: Transport): Promise<void>;
}
