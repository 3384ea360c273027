export interface Doc { id: string; body: string }
export interface Draft { id: string }
export interface Store {
  find<T extends Doc>(id: string, fallback: T): T;
}
export declare function open(path: string): Store;
