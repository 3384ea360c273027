// A tiny path router for the double: `:name` matches one decoded segment, `*name` the rest of the path
// (so `git/ref/heads%2Fmain` and `git/ref/heads/main` both give ref = `heads/main`, as on GitHub).

import type { Handler } from './http.ts';

interface Route {
  method: string;
  pattern: string[];
  handler: Handler;
  /** The OpenAPI path template of the operation, for response validation (`/repos/{owner}/{repo}/git/ref/{ref}`). */
  operation: string;
}

export interface RouteMatch {
  handler: Handler;
  params: Record<string, string>;
  operation: string;
}

export class Router {
  private readonly routes: Route[] = [];

  /** Register `METHOD /path/:param/*rest`; `operation` defaults to the pattern with `{param}` placeholders. */
  on(method: string, path: string, handler: Handler): void {
    const pattern = path.split('/').filter(Boolean);
    const operation =
      '/' + pattern.map((s) => (s.startsWith(':') || s.startsWith('*') ? `{${s.slice(1)}}` : s)).join('/');
    this.routes.push({ method: method.toUpperCase(), pattern, handler, operation });
  }

  match(method: string, segments: string[]): RouteMatch | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const params = matchSegments(route.pattern, segments);
      if (params) return { handler: route.handler, params, operation: route.operation };
    }
    return null;
  }
}

function matchSegments(pattern: string[], segments: string[]): Record<string, string> | null {
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part.startsWith('*')) {
      if (i >= segments.length) return null;
      params[part.slice(1)] = segments.slice(i).join('/');
      return params;
    }
    const segment = segments[i];
    if (segment === undefined) return null;
    if (part.startsWith(':')) params[part.slice(1)] = segment;
    else if (part !== segment) return null;
  }
  return pattern.length === segments.length ? params : null;
}
