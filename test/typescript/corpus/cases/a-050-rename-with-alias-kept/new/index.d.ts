export interface Store<S> { getState(): S; setState(next: S): void }
export declare function makeStore<S>(initial: S): Store<S>;
export { makeStore as createStore };
