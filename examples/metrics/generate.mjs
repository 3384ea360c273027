#!/usr/bin/env node
// Writes events.ndjson: sample A/B metric events for notes-mcp-server 1.0.0 (A) against 1.1.0 (B).
// Deterministic (a seeded PRNG and hash-based assignment), so rerunning it gives the same file:
//   node examples/metrics/generate.mjs [OUT]      (OUT defaults to events.ndjson beside this script)

import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const TEST_ID = 'notes-1.1.0';
const UNITS = 240;
const START = Date.parse('2026-11-02T09:00:00Z');
/** Per variant: median latency (ms), its log-scale spread, and the error rate. B is slower and fails more. */
const PROFILE = {
  A: { medianMs: 100, sigma: 0.35, errorRate: 0.02 },
  B: { medianMs: 112, sigma: 0.35, errorRate: 0.07 },
};

/** mulberry32: a small, well-known seeded PRNG; Math.random cannot be seeded. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same assignment rule as src/ab/assign.ts: SHA-256 of test id, NUL, unit key, against a 50/50 split. */
function variantOf(unit) {
  const digest = createHash('sha256').update(TEST_ID).update('\0').update(unit).digest('hex');
  return Number.parseInt(digest.slice(0, 13), 16) / 2 ** 52 < 0.5 ? 'A' : 'B';
}

const random = mulberry32(20261102);
/** A standard normal draw (Box-Muller). */
const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

const lines = [];
for (let i = 1; i <= UNITS; i++) {
  const unit = `client-${String(i).padStart(3, '0')}`;
  const variant = variantOf(unit);
  const profile = PROFILE[variant];
  const ts = new Date(START + i * 37_000).toISOString();
  const responseTime = Math.round(profile.medianMs * Math.exp(profile.sigma * normal()) * 10) / 10;
  const error = random() < profile.errorRate ? 1 : 0;
  lines.push(JSON.stringify({ ts, unit, variant, metric: 'response_time', value: responseTime }));
  lines.push(JSON.stringify({ ts, unit, variant, metric: 'error', value: error }));
}

const out = process.argv[2] ?? fileURLToPath(new URL('./events.ndjson', import.meta.url));
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`wrote ${lines.length} events for ${UNITS} units to ${out}`);
