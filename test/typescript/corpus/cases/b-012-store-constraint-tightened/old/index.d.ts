export interface Store<T> {
  get(): T;
  set(value: T): void;
  subscribe(listener: (value: T) => void): () => void;
}
export declare function createStore<T>(initial: T): Store<T>;
