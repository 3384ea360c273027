// The App's HTTP route for A/B events: `POST /mcpver/ab/<owner>/<repo>/<test-id>/events` with an
// NDJSON (or CSV) body signed by the test's secret. A bad signature is refused (401) before the
// body is parsed, and nothing is stored; valid lines are recorded, malformed ones reported by line.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { parseEvents, EventsError } from '../../src/ab/events.ts';
import { SIGNATURE_HEADER, verifyBatchSignature } from '../../src/ab/signature.ts';
import { readAbTest, recordEvents } from '../../src/ab/store.ts';
import { AbError } from '../../src/ab/test.ts';
import type { StateStore } from '../../src/state/types.ts';

/** Largest batch accepted in one request; bigger uploads are split by the sender. */
export const MAX_BATCH_BYTES = 5 * 1024 * 1024;

export const AB_INGEST_PATH = /^\/mcpver\/ab\/([^/]+)\/([^/]+)\/([a-z0-9][a-z0-9._-]{0,63})\/events\/?$/;

export interface AbIngestDeps {
  /** The state store of a repository the App is installed on, or null when it is not. */
  storeFor(owner: string, repo: string): Promise<StateStore | null>;
  /** The test's secret (for example `deriveTestSecret(master, "owner/repo", id)`), or null when there is none. */
  secretFor(owner: string, repo: string, testId: string): Promise<string | null>;
  log: { info(message: string): void; warn(message: string): void };
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
}

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
  if (request.body.length > MAX_BATCH_BYTES) return { status: 413, body: { error: `a batch may be at most ${MAX_BATCH_BYTES} bytes: split it` } };
  // The signature is checked before anything else is looked at, so an unsigned request learns nothing.
  const secret = await deps.secretFor(owner, repo, testId);
  if (!secret || !verifyBatchSignature(secret, request.body, header(request.headers, SIGNATURE_HEADER))) {
    deps.log.warn(`ab-ingest: refused a batch for ${owner}/${repo} ${testId}: bad or missing signature`);
    return { status: 401, body: { error: `bad or missing ${SIGNATURE_HEADER}: sign the raw body with the test's secret (sha256=<hex HMAC>)` } };
  }
  const store = await deps.storeFor(owner, repo);
  if (!store) return { status: 404, body: { error: `the App is not installed on ${owner}/${repo}` } };
  try {
    const test = await readAbTest(store, testId);
    const csv = /csv/i.test(header(request.headers, 'content-type') ?? '');
    const parsed = parseEvents(request.body.toString('utf8'), { test, format: csv ? 'csv' : 'ndjson' });
    if (parsed.accepted === 0) {
      return { status: 400, body: { accepted: 0, rejected: parsed.rejectedCount, rejections: parsed.rejected, error: 'no valid event in the batch' } };
    }
    const done = await recordEvents(store, testId, parsed, { actor: 'app' });
    deps.log.info(`ab-ingest: ${owner}/${repo} ${testId}: ${done.accepted} accepted, ${done.rejected} rejected`);
    return { status: 200, body: { accepted: done.accepted, rejected: done.rejected, rejections: parsed.rejected, commit: done.commit } };
  } catch (error) {
    if (error instanceof EventsError) return { status: 400, body: { error: error.message } };
    if (error instanceof AbError) return { status: /no A\/B test/.test(error.message) ? 404 : 409, body: { error: error.message } };
    throw error;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Keep reading (so the client gets an answer) but stop keeping bytes beyond the limit.
      if (size <= MAX_BATCH_BYTES + 1) chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** A Node/Express-style handler for Probot's router (`app.getRouter()`) or a plain http server. */
export function createAbIngestRoute(deps: AbIngestDeps): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return async (req, res) => {
    let response: IngestResponse;
    try {
      const body = await readBody(req);
      response = await handleAbIngest({ method: req.method ?? 'GET', path: (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/', headers: req.headers, body }, deps);
    } catch (error) {
      deps.log.warn(`ab-ingest: ${(error as Error).message}`);
      response = { status: 500, body: { error: 'the batch could not be stored (the state branch is unchanged): retry later' } };
    }
    res.writeHead(response.status, { 'content-type': 'application/json' });
    res.end(`${JSON.stringify(response.body)}\n`);
  };
}
