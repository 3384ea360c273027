// The App's signed ingestion route, served by a real HTTP server on 127.0.0.1 over a real state branch.

import { request as httpRequest, createServer, type Server } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAbIngestRoute } from '../../app/routes/ab-ingest.ts';
import { deriveTestSecret, signBatchRequest, SIGNATURE_HEADER } from '../../src/ab/signature.ts';
import { abPaths, setAbTestStatus, startAbTest } from '../../src/ab/store.ts';
import { admitBatch, emptyLedger } from '../../src/ab/batch-ledger.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { git, makeRepository } from '../state/helpers.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

const MASTER = 'master-secret-for-tests';
let server: Server;
let base: string;
let repo: { dir: string; cleanup: () => void };
let store: LocalStateStore;
const warnings: string[] = [];

beforeEach(async () => {
  repo = makeRepository();
  store = new LocalStateStore({ cwd: repo.dir });
  await startAbTest(
    store,
    defineAbTest({
      id: 'latency-v2',
      metrics: [{ name: 'response_time' }, { name: 'error', kind: 'proportion', role: 'guardrail' }],
    }),
  );
  const route = createAbIngestRoute({
    storeFor: async (owner, name) => (owner === 'acme' && name === 'server' ? store : null),
    secretFor: async (owner, name, id) => deriveTestSecret(MASTER, `${owner}/${name}`, id),
    log: { info: () => {}, warn: (m) => warnings.push(m) },
  });
  server = createServer((req, res) => void route(req, res));
  keepIdleConnections(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  repo.cleanup();
  warnings.length = 0;
});

const batch = [
  '{"variant":"A","metric":"response_time","value":120,"unit":"c1"}',
  '{"variant":"B","metric":"response_time","value":"slow"}',
  '{"variant":"B","metric":"error","value":1,"unit":"c2"}',
].join('\n');
const post = (path: string, body: string, signed?: Record<string, string>, contentType = 'application/x-ndjson') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...signed } });
const secret = (id = 'latency-v2') => deriveTestSecret(MASTER, 'acme/server', id);

describe('POST /mcpver/ab/<owner>/<repo>/<test>/events', () => {
  it('stores the valid events of a signed batch and reports the malformed lines', async () => {
    const response = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signBatchRequest(secret(), batch));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      accepted: 2,
      rejected: 1,
      rejections: [{ line: 2, reason: '"value" must be a finite number (got "slow")' }],
    });
    const stats = JSON.parse(git(repo.dir, 'show', 'mcpver/state:ab/latency-v2/stats.json'));
    expect(stats.events).toEqual({ accepted: 2, rejected: 1 });
  });

  it('accepts a CSV batch', async () => {
    const csv = 'variant,metric,value\nA,error,0\nB,error,1\n';
    const response = await post(
      '/mcpver/ab/acme/server/latency-v2/events',
      csv,
      signBatchRequest(secret(), csv),
      'text/csv',
    );
    expect(await response.json()).toMatchObject({ accepted: 2, rejected: 0 });
  });

  it('refuses a bad, missing or other-test signature with 401 and stores nothing', async () => {
    const head = git(repo.dir, 'rev-parse', 'mcpver/state');
    const good = signBatchRequest(secret(), batch);
    for (const signed of [
      undefined,
      { ...good, [SIGNATURE_HEADER]: 'sha256=deadbeef' },
      signBatchRequest(secret('other-test'), batch),
      signBatchRequest(secret(), `${batch}\n`),
    ]) {
      const response = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signed);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(/^bad (or missing )?x-mcpver-signature-256/);
    }
    expect(git(repo.dir, 'rev-parse', 'mcpver/state')).toBe(head);
    expect(warnings).toHaveLength(4);
  });

  it('answers 404 for an unknown test or repository, 409 for a stopped test, 400 when no line is valid', async () => {
    const unknown = 'nope';
    expect(
      (await post(`/mcpver/ab/acme/server/${unknown}/events`, batch, signBatchRequest(secret(unknown), batch))).status,
    ).toBe(404);
    expect(
      (
        await post(
          '/mcpver/ab/acme/other/latency-v2/events',
          batch,
          signBatchRequest(deriveTestSecret(MASTER, 'acme/other', 'latency-v2'), batch),
        )
      ).status,
    ).toBe(404);
    const bad = '{"variant":"X"}\n';
    const invalid = await post('/mcpver/ab/acme/server/latency-v2/events', bad, signBatchRequest(secret(), bad));
    expect(invalid.status).toBe(400);
    await setAbTestStatus(store, 'latency-v2', 'stopped', 'auto-stop: guardrail (error)');
    const stopped = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signBatchRequest(secret(), batch));
    expect(stopped.status).toBe(409);
    expect(((await stopped.json()) as { error: string }).error).toContain('is stopped (auto-stop: guardrail (error))');
  });

  it('stores a batch posted twice only once, and says the second copy was already recorded', async () => {
    const signed = signBatchRequest(secret(), batch);
    const first = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signed);
    expect(first.status).toBe(200);
    const head = git(repo.dir, 'rev-parse', 'mcpver/state');
    const again = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signed);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      duplicate: true,
      error: expect.stringContaining('was already recorded'),
    });
    expect(git(repo.dir, 'rev-parse', 'mcpver/state')).toBe(head);
    expect(JSON.parse(git(repo.dir, 'show', `mcpver/state:${abPaths.stats('latency-v2')}`)).events).toEqual({
      accepted: 2,
      rejected: 1,
    });
    expect(
      JSON.parse(git(repo.dir, 'show', `mcpver/state:${abPaths.batches('latency-v2')}`)).seen.map(
        (b: { id: string }) => b.id,
      ),
    ).toEqual([signed['x-mcpver-batch-id']]);
  });

  it('refuses a batch signed too long ago, or too far ahead, with 401', async () => {
    const head = git(repo.dir, 'rev-parse', 'mcpver/state');
    for (const minutes of [-10, 10]) {
      const response = await post(
        '/mcpver/ab/acme/server/latency-v2/events',
        batch,
        signBatchRequest(secret(), batch, { now: new Date(Date.now() + minutes * 60_000) }),
      );
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(
        /^x-mcpver-timestamp is \d+ s (old|ahead); batches must be signed within 300 s/,
      );
    }
    expect(git(repo.dir, 'rev-parse', 'mcpver/state')).toBe(head);
  });

  it('answers 413 to a body over 5 MiB, whether its length is declared or streamed', async () => {
    const big = `${'{"variant":"A","metric":"response_time","value":1}\n'.repeat(130_000)}`;
    expect(Buffer.byteLength(big)).toBeGreaterThan(6 * 1024 * 1024);
    const declared = await post('/mcpver/ab/acme/server/latency-v2/events', big, signBatchRequest(secret(), big));
    expect(declared.status).toBe(413);
    // Chunked: no Content-Length, so the route finds out at the chunk that crosses the limit.
    const streamed = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${base}/mcpver/ab/acme/server/latency-v2/events`,
        { method: 'POST', headers: { ...signBatchRequest(secret(), big), 'transfer-encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < big.length; i += 64 * 1024) req.write(big.slice(i, i + 64 * 1024));
      req.end();
    });
    expect(streamed).toBe(413);
    expect(warnings).toEqual([]);
  });

  it('takes 12 signed batches posted at once', async () => {
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        post('/mcpver/ab/acme/server/latency-v2/events', batch, signBatchRequest(secret(), batch)),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(12).fill(200));
    expect(JSON.parse(git(repo.dir, 'show', `mcpver/state:${abPaths.stats('latency-v2')}`)).events).toEqual({
      accepted: 24,
      rejected: 12,
    });
  });

  it('answers 503 with Retry-After, not 500, when the state branch cannot take the batch now', async () => {
    // Another process holds the branch's lock throughout: every attempt loses, and the route gives up.
    const busy = new LocalStateStore({ cwd: repo.dir, retry: { sleep: async () => {} } });
    const route = createAbIngestRoute({
      storeFor: async () => busy,
      secretFor: async (owner, name, id) => deriveTestSecret(MASTER, `${owner}/${name}`, id),
      log: { info: () => {}, warn: (m) => warnings.push(m) },
    });
    const busyServer = createServer((req, res) => void route(req, res));
    await new Promise<void>((resolve) => busyServer.listen(0, '127.0.0.1', resolve));
    const lock = path.join(repo.dir, '.git/refs/heads/mcpver/state.lock');
    mkdirSync(path.dirname(lock), { recursive: true });
    writeFileSync(lock, '');
    try {
      const response = await fetch(
        `http://127.0.0.1:${(busyServer.address() as AddressInfo).port}/mcpver/ab/acme/server/latency-v2/events`,
        { method: 'POST', body: batch, headers: signBatchRequest(secret(), batch) },
      );
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('2');
      expect(((await response.json()) as { error: string }).error).toContain(
        'nothing was stored; send the same batch again',
      );
    } finally {
      await new Promise((resolve) => busyServer.close(resolve));
    }
  });
});

describe('the ledger of batch ids', () => {
  it('forgets ids older than the window, and when full raises its floor so that a forgotten id stays refused', () => {
    let ledger = emptyLedger();
    for (let i = 0; i < 5; i++) {
      const admitted = admitBatch(ledger, { id: `batch-00${i}`, ts: 1000 + i }, 1004, 300, 3);
      if (!admitted.ok) throw new Error('refused');
      ledger = admitted.ledger;
    }
    expect(ledger.seen.map((b) => b.id)).toEqual(['batch-002', 'batch-003', 'batch-004']);
    expect(ledger.floor).toBe(1001);
    expect(admitBatch(ledger, { id: 'batch-001', ts: 1001 }, 1004, 300, 3)).toEqual({ ok: false, reason: 'stale' });
    expect(admitBatch(ledger, { id: 'batch-003', ts: 1003 }, 1004, 300, 3)).toEqual({ ok: false, reason: 'replayed' });
    // Past the window, old ids go and the floor follows the window's edge.
    const later = admitBatch(ledger, { id: 'batch-900', ts: 2000 }, 2000, 300, 3);
    expect(later).toEqual({ ok: true, ledger: { floor: 1699, seen: [{ id: 'batch-900', ts: 2000 }] } });
  });
});
