import type { Method, Route } from './types';
export declare class Router {
  add(route: Route): this;
  match(method: Method, path: string): Route | undefined;
}
