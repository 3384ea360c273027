export interface Store<T extends object> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}
export declare function createStore<T extends object>(initial: T): Store<T>;
