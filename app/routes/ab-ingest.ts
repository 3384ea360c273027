// The App's HTTP route for A/B events: `POST /mcpver/ab/<owner>/<repo>/<test-id>/events` with an
// NDJSON (or CSV) body signed by the test's secret, with a timestamp and a batch id (signature.ts).
// A bad or stale signature is refused (401) before the body is parsed, a batch id already recorded
// is refused (409), and nothing is stored; valid lines are recorded, malformed ones reported by line.
// A state branch too busy to take the batch now answers 503 with Retry-After, never 500.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseEvents, EventsError } from '../../src/ab/events.ts';
import {
  BATCH_ID_HEADER,
  DEFAULT_TOLERANCE_SECONDS,
  SIGNATURE_HEADER,
  TIMESTAMP_HEADER,
  verifyBatchRequest,
} from '../../src/ab/signature.ts';
import { readAbTest, recordEvents, ReplayedBatchError } from '../../src/ab/store.ts';
import { AbError } from '../../src/ab/test.ts';
import { StateConflictError, TransientStateError } from '../../src/state/errors.ts';
import type { StateStore } from '../../src/state/types.ts';

/** Largest batch accepted in one request; bigger uploads are split by the sender. */
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;
/** Seconds a sender is asked to wait when the state branch is too busy to take a batch now. */
export const RETRY_AFTER_SECONDS = 2;
/** Attempts of one batch's transaction: appends of events commute, so losing a race is worth retrying longer. */
export const RECORD_MAX_ATTEMPTS = 20;

export const AB_INGEST_PATH = /^\/mcpver\/ab\/([^/]+)\/([^/]+)\/([a-z0-9][a-z0-9._-]{0,63})\/events\/?$/;

export interface AbIngestDeps {
  /** The state store of a repository the App is installed on, or null when it is not. */
  storeFor(owner: string, repo: string): Promise<StateStore | null>;
  /** The test's secret (for example `deriveTestSecret(master, "owner/repo", id)`), or null when there is none. */
  secretFor(owner: string, repo: string, testId: string): Promise<string | null>;
  log: { info(message: string): void; warn(message: string): void };
  /** The App's clock (injected by tests). */
  now?: () => Date;
  /** How far a batch's timestamp may be from the clock, in seconds. */
  toleranceSeconds?: number;
}

export interface IngestRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface IngestResponse {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

const tooLarge = (): IngestResponse => ({
  status: 413,
  body: { error: `a batch may be at most ${MAX_BATCH_BYTES} bytes: split it` },
});

const header = (headers: IngestRequest['headers'], name: string) => {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The route's logic on a buffered request: framework-free, so it is tested as it runs. */
export async function handleAbIngest(request: IngestRequest, deps: AbIngestDeps): Promise<IngestResponse> {
  const match = AB_INGEST_PATH.exec(request.path.split('?')[0]!);
  if (!match) return { status: 404, body: { error: 'not found: POST /mcpver/ab/<owner>/<repo>/<test-id>/events' } };
  if (request.method !== 'POST') return { status: 405, body: { error: 'use POST' } };
  const [, owner, repo, testId] = match as unknown as [string, string, string, string];
  if (request.body.length > MAX_BATCH_BYTES) return tooLarge();
  // The signature is checked before anything else is looked at, so an unsigned request learns nothing.
  const secret = await deps.secretFor(owner, repo, testId);
  const now = deps.now?.() ?? new Date();
  const toleranceSeconds = deps.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const signed = secret
    ? verifyBatchRequest(
        secret,
        request.body,
        {
          signature: header(request.headers, SIGNATURE_HEADER),
          timestamp: header(request.headers, TIMESTAMP_HEADER),
          batchId: header(request.headers, BATCH_ID_HEADER),
        },
        { now, toleranceSeconds },
      )
    : ({ ok: false, reason: 'signature', message: 'no secret for this test' } as const);
  if (!signed.ok) {
    deps.log.warn(`ab-ingest: refused a batch for ${owner}/${repo} ${testId}: ${signed.message}`);
    return {
      status: 401,
      body: {
        error: `${signed.message}: sign "<timestamp>.<batch id>.<raw body>" with the test's secret and send ${SIGNATURE_HEADER} (sha256=<hex HMAC>), ${TIMESTAMP_HEADER} and ${BATCH_ID_HEADER} (signBatchRequest in src/ab/signature.ts)`,
      },
    };
  }
  const store = await deps.storeFor(owner, repo);
  if (!store) return { status: 404, body: { error: `the App is not installed on ${owner}/${repo}` } };
  try {
    const test = await readAbTest(store, testId);
    const csv = /csv/i.test(header(request.headers, 'content-type') ?? '');
    const parsed = parseEvents(request.body.toString('utf8'), { test, format: csv ? 'csv' : 'ndjson' });
    if (parsed.accepted === 0) {
      return {
        status: 400,
        body: {
          accepted: 0,
          rejected: parsed.rejectedCount,
          rejections: parsed.rejected,
          error: 'no valid event in the batch',
        },
      };
    }
    const batch = {
      id: signed.batchId,
      timestamp: signed.timestamp,
      now: Math.floor(now.getTime() / 1000),
      toleranceSeconds,
    };
    const done = await recordEvents(store, testId, parsed, { actor: 'app', batch, maxAttempts: RECORD_MAX_ATTEMPTS });
    deps.log.info(`ab-ingest: ${owner}/${repo} ${testId}: ${done.accepted} accepted, ${done.rejected} rejected`);
    for (const warning of done.warnings) deps.log.warn(`ab-ingest: ${owner}/${repo} ${testId}: ${warning}`);
    return {
      status: 200,
      body: {
        accepted: done.accepted,
        rejected: done.rejected,
        rejections: parsed.rejected,
        commit: done.commit,
        ...(done.warnings.length > 0 ? { warnings: done.warnings } : {}),
      },
    };
  } catch (error) {
    if (error instanceof EventsError) return { status: 400, body: { error: error.message } };
    if (error instanceof ReplayedBatchError) {
      deps.log.warn(`ab-ingest: ${owner}/${repo} ${testId}: ${error.message}`);
      return { status: 409, body: { error: error.message, duplicate: error.reason === 'replayed' } };
    }
    if (error instanceof StateConflictError || error instanceof TransientStateError) {
      deps.log.warn(`ab-ingest: ${owner}/${repo} ${testId}: ${error.message}`);
      return {
        status: 503,
        headers: { 'retry-after': String(RETRY_AFTER_SECONDS) },
        body: {
          error: `the state branch is busy: nothing was stored; send the same batch again after ${RETRY_AFTER_SECONDS} s`,
        },
      };
    }
    if (error instanceof AbError)
      return { status: /no A\/B test/.test(error.message) ? 404 : 409, body: { error: error.message } };
    throw error;
  }
}

/**
 * The body, or null as soon as it is known to be over the limit: from Content-Length before any byte
 * is read, or at the chunk that crosses it. (Keeping what fits and dropping that chunk would leave a
 * truncated body whose signature fails: a 401 where the answer is 413.)
 */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > MAX_BATCH_BYTES) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BATCH_BYTES) return void chunks.push(chunk);
      req.off('data', onData);
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A Node/Express-style handler for Probot's router (`app.getRouter()`) or a plain http server. */
export function createAbIngestRoute(deps: AbIngestDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let response: IngestResponse;
    let drain = false;
    try {
      const body = await readBody(req);
      if (body === null) {
        response = tooLarge();
        drain = true;
      } else {
        response = await handleAbIngest(
          {
            method: req.method ?? 'GET',
            path: (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/',
            headers: req.headers,
            body,
          },
          deps,
        );
      }
    } catch (error) {
      deps.log.warn(`ab-ingest: ${(error as Error).message}`);
      response = {
        status: 500,
        body: { error: 'the batch could not be stored (the state branch is unchanged): retry later' },
      };
    }
    // A refused oversized body is not kept: the rest is discarded as it arrives and the connection closed.
    res.writeHead(response.status, {
      'content-type': 'application/json',
      ...response.headers,
      ...(drain ? { connection: 'close' } : {}),
    });
    res.end(`${JSON.stringify(response.body)}\n`);
    if (drain) req.resume();
  };
}
