// The request and response types of the GitHub API double, and GitHub's error body shape.

import type { GitHubDouble } from './double.ts';
import type { RepositoryState } from './repository.ts';

export interface Actor {
  /** The login requests are made as (`mcpver[bot]`, `github-actions[bot]`, `alice`), or null for the App's JWT. */
  login: string | null;
  kind: 'app' | 'installation' | 'token';
  /** Tokens like a fork pull request's GITHUB_TOKEN cannot write. */
  readOnly: boolean;
  installationId?: number;
}

export interface DoubleRequest {
  method: string;
  /** The decoded path, each segment URL-decoded the way GitHub does. */
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  actor: Actor;
  double: GitHubDouble;
  /** Set for routes under /repos/{owner}/{repo}. */
  repo?: RepositoryState;
}

export interface DoubleResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: DoubleRequest) => Promise<DoubleResponse> | DoubleResponse;

const DOCS = 'https://docs.github.com/rest';

/** An error answered the way GitHub answers it: `{ message, documentation_url, status }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toResponse(): DoubleResponse {
    return {
      status: this.status,
      body: { message: this.message, documentation_url: DOCS, status: String(this.status), ...this.extra },
      headers: this.headers,
    };
  }
}

export const notFound = () => new HttpError(404, 'Not Found');
export const validationFailed = (message = 'Validation Failed', errors: unknown[] = []) =>
  new HttpError(422, message, errors.length ? { errors } : {});

/** Require write access, as GitHub does for a read-only token ("Resource not accessible by integration"). */
export function requireWrite(request: DoubleRequest): void {
  if (request.actor.readOnly) throw new HttpError(403, 'Resource not accessible by integration');
}

export function ok(body: unknown, status = 200, headers: Record<string, string> = {}): DoubleResponse {
  return { status, body, headers };
}
