export interface Store<S> { getState(): S; setState(next: S): void }
export declare function createStore<S>(initial: S): Store<S>;
