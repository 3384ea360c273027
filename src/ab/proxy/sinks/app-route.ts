// Events sent to the App's ingestion route (`POST /mcpver/ab/<owner>/<repo>/<test-id>/events`), as
// NDJSON wide records signed with the test's secret (docs/ab.md, "App: HTTP ingestion").

import { createHash } from 'node:crypto';
import { signBatchRequest } from '../../signature.ts';
import type { ProxyEvent } from '../proxy-event.ts';
import { PartialWriteError, type EventSink, type SinkResult } from './types.ts';

/** Bytes of one request body: under the route's 5 MiB limit, so a batch is never refused for size. */
export const MAX_REQUEST_BYTES = 4 * 1024 * 1024;
/** How long one request may take before it counts as failed (the batch is then retried). */
const REQUEST_TIMEOUT_MS = 30_000;

export interface AppRouteOptions {
  /** The App's base URL (where its webhooks are served), e.g. `https://mcpver.example.com`. */
  appUrl: string;
  /** `owner/repo` of the repository the App records into. */
  repository: string;
  testId: string;
  /** The test's secret (`mcpver ab secret`). */
  secret: string;
  fetch?: typeof fetch;
}

/**
 * The headers that sign one body: a signature over the timestamp, the batch id and the body, so the
 * route refuses a replay. The batch id is the body's digest: a body sent again after a timeout (it may
 * have been stored) is the same batch, which the route recognizes and does not count twice.
 */
export function signedHeaders(secret: string, body: string): Record<string, string> {
  const batchId = createHash('sha256').update(body).digest('hex').slice(0, 32);
  return { ...signBatchRequest(secret, body, { batchId }) };
}

export class AppRouteSink implements EventSink {
  readonly where: string;
  private readonly url: string;

  constructor(private readonly options: AppRouteOptions) {
    const [owner, repo] = options.repository.split('/');
    this.url = `${options.appUrl.replace(/\/+$/, '')}/mcpver/ab/${encodeURIComponent(owner!)}/${encodeURIComponent(repo!)}/${encodeURIComponent(options.testId)}/events`;
    this.where = `the App at ${this.url}`;
  }

  async write(batch: ProxyEvent[]): Promise<SinkResult> {
    const total: SinkResult = { accepted: 0, rejected: 0 };
    let written = 0;
    for (const { body, count } of bodies(batch)) {
      let done: SinkResult;
      try {
        done = await this.post(body);
      } catch (error) {
        // The bodies already stored must not be sent again: say how far this batch got.
        throw new PartialWriteError((error as Error).message, written);
      }
      written += count;
      total.accepted += done.accepted;
      total.rejected += done.rejected;
      if (done.stopped) return { ...total, stopped: done.stopped };
    }
    return total;
  }

  private async post(body: string): Promise<SinkResult> {
    const fetchFn = this.options.fetch ?? fetch;
    const response = await fetchFn(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', ...signedHeaders(this.options.secret, body) },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    let json: { accepted?: number; rejected?: number; error?: string; duplicate?: boolean } = {};
    try {
      json = JSON.parse(text) as typeof json;
    } catch {
      // Not the App's JSON (a proxy's error page): the status says enough.
    }
    if (response.status === 200 || response.status === 400) {
      // 400: no line of the batch was valid for the test (for example none of its metrics): nothing to retry.
      return { accepted: json.accepted ?? 0, rejected: json.rejected ?? 0 };
    }
    // A batch the route already stored (this body was sent before, and the answer lost): nothing to send again.
    if (response.status === 409 && json.duplicate)
      return { accepted: body.split('\n').filter(Boolean).length, rejected: 0 };
    if (response.status === 409) return { accepted: 0, rejected: 0, stopped: json.error ?? 'the test is stopped' };
    const hint =
      response.status === 401
        ? ' (check the test secret: mcpver ab secret --test ID --repository OWNER/REPO)'
        : response.status === 404
          ? ' (is the App installed on the repository, and the test started?)'
          : '';
    throw new Error(`HTTP ${response.status}${json.error ? `: ${json.error}` : ''}${hint}`);
  }
}

/** NDJSON bodies of at most MAX_REQUEST_BYTES each (a single larger line goes alone). */
function* bodies(batch: ProxyEvent[]): Generator<{ body: string; count: number }> {
  let lines: string[] = [];
  let size = 0;
  for (const event of batch) {
    const line = `${JSON.stringify(event)}\n`;
    const bytes = Buffer.byteLength(line);
    if (size + bytes > MAX_REQUEST_BYTES && lines.length > 0) {
      yield { body: lines.join(''), count: lines.length };
      lines = [];
      size = 0;
    }
    lines.push(line);
    size += bytes;
  }
  if (lines.length > 0) yield { body: lines.join(''), count: lines.length };
}
