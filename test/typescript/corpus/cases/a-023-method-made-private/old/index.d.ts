export declare class Queue<T> {
  constructor(concurrency?: number);
  push(item: T): void;
  drain(): Promise<void>;
  get size(): number;
}
