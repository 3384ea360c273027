// The App's signed ingestion route, served by a real HTTP server on 127.0.0.1 over a real state branch.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAbIngestRoute } from '../../app/routes/ab-ingest.ts';
import { deriveTestSecret, signBatch } from '../../src/ab/signature.ts';
import { setAbTestStatus, startAbTest } from '../../src/ab/store.ts';
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
  await startAbTest(store, defineAbTest({ id: 'latency-v2', metrics: [{ name: 'response_time' }, { name: 'error', kind: 'proportion', role: 'guardrail' }] }));
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

const batch = ['{"variant":"A","metric":"response_time","value":120,"unit":"c1"}', '{"variant":"B","metric":"response_time","value":"slow"}', '{"variant":"B","metric":"error","value":1,"unit":"c2"}'].join('\n');
const post = (path: string, body: string, signature?: string, contentType = 'application/x-ndjson') =>
  fetch(`${base}${path}`, { method: 'POST', body, headers: { 'content-type': contentType, ...(signature ? { 'x-mcpver-signature-256': signature } : {}) } });
const secret = (id = 'latency-v2') => deriveTestSecret(MASTER, 'acme/server', id);

describe('POST /mcpver/ab/<owner>/<repo>/<test>/events', () => {
  it('stores the valid events of a signed batch and reports the malformed lines', async () => {
    const response = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signBatch(secret(), batch));
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ accepted: 2, rejected: 1, rejections: [{ line: 2, reason: '"value" must be a finite number (got "slow")' }] });
    const stats = JSON.parse(git(repo.dir, 'show', 'mcpver/state:ab/latency-v2/stats.json'));
    expect(stats.events).toEqual({ accepted: 2, rejected: 1 });
  });

  it('accepts a CSV batch', async () => {
    const csv = 'variant,metric,value\nA,error,0\nB,error,1\n';
    const response = await post('/mcpver/ab/acme/server/latency-v2/events', csv, signBatch(secret(), csv), 'text/csv');
    expect(await response.json()).toMatchObject({ accepted: 2, rejected: 0 });
  });

  it('refuses a bad, missing or other-test signature with 401 and stores nothing', async () => {
    const head = git(repo.dir, 'rev-parse', 'mcpver/state');
    for (const signature of [undefined, 'sha256=deadbeef', signBatch(secret('other-test'), batch), signBatch(secret(), `${batch}\n`)]) {
      const response = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signature);
      expect(response.status).toBe(401);
      expect(((await response.json()) as { error: string }).error).toMatch(/bad or missing x-mcpver-signature-256/);
    }
    expect(git(repo.dir, 'rev-parse', 'mcpver/state')).toBe(head);
    expect(warnings).toHaveLength(4);
  });

  it('answers 404 for an unknown test or repository, 409 for a stopped test, 400 when no line is valid', async () => {
    const unknown = 'nope';
    expect((await post(`/mcpver/ab/acme/server/${unknown}/events`, batch, signBatch(secret(unknown), batch))).status).toBe(404);
    expect((await post('/mcpver/ab/acme/other/latency-v2/events', batch, signBatch(deriveTestSecret(MASTER, 'acme/other', 'latency-v2'), batch))).status).toBe(404);
    const bad = '{"variant":"X"}\n';
    const invalid = await post('/mcpver/ab/acme/server/latency-v2/events', bad, signBatch(secret(), bad));
    expect(invalid.status).toBe(400);
    await setAbTestStatus(store, 'latency-v2', 'stopped', 'auto-stop: guardrail (error)');
    const stopped = await post('/mcpver/ab/acme/server/latency-v2/events', batch, signBatch(secret(), batch));
    expect(stopped.status).toBe(409);
    expect(((await stopped.json()) as { error: string }).error).toContain('is stopped (auto-stop: guardrail (error))');
  });
});
