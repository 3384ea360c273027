export declare abstract class Transport {
  abstract send(data: string): Promise<void>;
  close(): void;
}
