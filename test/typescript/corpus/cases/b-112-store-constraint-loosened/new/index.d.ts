export interface Store<T> {
  get(): T;
  set(value: T): void;
}
export declare function createStore<T>(initial: T): Store<T>;
