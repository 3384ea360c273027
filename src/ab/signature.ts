// HMAC signatures of event batches sent to the App's ingestion route: one secret per test, so that
// a leaked secret lets someone write into one test only, and a forged batch is refused unread.
//
// A signature covers a timestamp and a batch id as well as the body (`<timestamp>.<batch id>.<body>`),
// so that a batch seen once cannot be posted again: a stale timestamp is refused, and the batch ids
// of the accepted window are kept on the state branch (batch-ledger.ts). `mcpver ab proxy` and any
// other sender sign with signBatchRequest and send the three headers it returns.

import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** The header that carries `sha256=<hex>` of the signed text (the same form as GitHub's webhooks). */
export const SIGNATURE_HEADER = 'x-mcpver-signature-256';
/** Unix time in seconds at which the batch was signed. */
export const TIMESTAMP_HEADER = 'x-mcpver-timestamp';
/** The sender's id of the batch, unique per batch (a UUID by default). */
export const BATCH_ID_HEADER = 'x-mcpver-batch-id';
/** How far a batch's timestamp may be from the App's clock, either way, in seconds. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

const BATCH_ID = /^[A-Za-z0-9._:-]{8,128}$/;

export type SignedBatchHeaders = Record<
  typeof SIGNATURE_HEADER | typeof TIMESTAMP_HEADER | typeof BATCH_ID_HEADER,
  string
>;

/** The text a signature covers. */
function signedText(timestamp: string, batchId: string, body: string | Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${timestamp}.${batchId}.`), typeof body === 'string' ? Buffer.from(body) : body]);
}

function hmac(secret: string, text: Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(text).digest('hex')}`;
}

/**
 * The headers that sign one batch for `POST /mcpver/ab/<owner>/<repo>/<test-id>/events`: its
 * signature, timestamp and id. Give each batch its own id (the default is a random UUID); reuse an
 * id only to retry the very same batch, which the route then answers as already recorded.
 */
export function signBatchRequest(
  secret: string,
  body: string | Buffer,
  options: { batchId?: string; now?: Date } = {},
): SignedBatchHeaders {
  const batchId = options.batchId ?? randomUUID();
  if (!BATCH_ID.test(batchId))
    throw new Error(`A batch id must be 8 to 128 letters, digits or ._:- (got ${JSON.stringify(batchId)}).`);
  const timestamp = String(Math.floor((options.now ?? new Date()).getTime() / 1000));
  return {
    [SIGNATURE_HEADER]: hmac(secret, signedText(timestamp, batchId, body)),
    [TIMESTAMP_HEADER]: timestamp,
    [BATCH_ID_HEADER]: batchId,
  };
}

export type BatchVerification =
  { ok: true; batchId: string; timestamp: number } | { ok: false; reason: 'signature' | 'stale'; message: string };

/**
 * Check a batch's three headers: a valid signature of timestamp, id and body (constant-time), and a
 * timestamp within the tolerance of `now`. Whether the id was seen before is the ledger's question.
 */
export function verifyBatchRequest(
  secret: string,
  body: string | Buffer,
  headers: { signature?: string; timestamp?: string; batchId?: string },
  options: { now?: Date; toleranceSeconds?: number } = {},
): BatchVerification {
  const { signature, timestamp, batchId } = headers;
  const bad = (message: string): BatchVerification => ({ ok: false, reason: 'signature', message });
  if (!signature || !/^sha256=[0-9a-f]{64}$/i.test(signature)) return bad(`bad or missing ${SIGNATURE_HEADER}`);
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return bad(`bad or missing ${TIMESTAMP_HEADER} (unix seconds)`);
  if (!batchId || !BATCH_ID.test(batchId))
    return bad(`bad or missing ${BATCH_ID_HEADER} (8 to 128 letters, digits or ._:-)`);
  const expected = Buffer.from(hmac(secret, signedText(timestamp, batchId, body)));
  const given = Buffer.from(signature.toLowerCase());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return bad(`bad ${SIGNATURE_HEADER}`);
  const tolerance = options.toleranceSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  const skew = Math.floor((options.now ?? new Date()).getTime() / 1000) - Number(timestamp);
  if (Math.abs(skew) > tolerance) {
    return {
      ok: false,
      reason: 'stale',
      message: `${TIMESTAMP_HEADER} is ${Math.abs(skew)} s ${skew > 0 ? 'old' : 'ahead'}; batches must be signed within ${tolerance} s of the App's clock`,
    };
  }
  return { ok: true, batchId, timestamp: Number(timestamp) };
}

/**
 * A test's secret derived from one master secret kept by whoever runs the App, so that no per-test
 * secret needs storing: HMAC-SHA256(master, "mcpver-ab", repository, test id).
 */
export function deriveTestSecret(master: string, repository: string, testId: string): string {
  return createHmac('sha256', master).update(`mcpver-ab\0${repository}\0${testId}`).digest('hex');
}
