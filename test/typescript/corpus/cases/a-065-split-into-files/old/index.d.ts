export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface Route { method: Method; path: string; handler: (params: Record<string, string>) => unknown }
export declare class Router {
  add(route: Route): this;
  match(method: Method, path: string): Route | undefined;
}
export declare function compilePath(path: string): RegExp;
