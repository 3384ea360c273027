export interface Store<T extends object> {
  get(): T;
  set(value: T): void;
}
export declare function createStore<T extends object>(initial: T): Store<T>;
