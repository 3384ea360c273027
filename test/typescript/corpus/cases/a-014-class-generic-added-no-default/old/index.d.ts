export declare class Cache {
  constructor(maxEntries?: number);
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
