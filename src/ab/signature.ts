// HMAC signatures of event batches sent to the App's ingestion route: one secret per test, so that
// a leaked secret lets someone write into one test only, and a forged batch is refused unread.

import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header that carries `sha256=<hex>` of the raw body (the same form as GitHub's webhooks). */
export const SIGNATURE_HEADER = 'x-mcpver-signature-256';

export function signBatch(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/** Constant-time check of a `sha256=<hex>` signature; false for a missing or malformed header. */
export function verifyBatchSignature(secret: string, body: string | Buffer, header: string | undefined): boolean {
  if (!header || !/^sha256=[0-9a-f]{64}$/i.test(header)) return false;
  const expected = Buffer.from(signBatch(secret, body));
  const given = Buffer.from(header.toLowerCase());
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A test's secret derived from one master secret kept by whoever runs the App, so that no per-test
 * secret needs storing: HMAC-SHA256(master, "mcpver-ab", repository, test id).
 */
export function deriveTestSecret(master: string, repository: string, testId: string): string {
  return createHmac('sha256', master).update(`mcpver-ab\0${repository}\0${testId}`).digest('hex');
}
