export declare class Queue<T> {
  constructor(concurrency?: number);
  push(item: T): void;
  private drain;
  get size(): number;
}
