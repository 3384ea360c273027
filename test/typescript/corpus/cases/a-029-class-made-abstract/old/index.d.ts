export declare class Transport {
  send(data: string): Promise<void>;
  close(): void;
}
