export declare class Cache<V> {
  constructor(maxEntries?: number);
  get(key: string): V | undefined;
  set(key: string, value: V): void;
}
