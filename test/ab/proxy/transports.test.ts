// The proxy's other ends: a version served over streamable HTTP, the proxy itself listening for
// streamable HTTP clients (--listen), and events sent to the App's signed route (--record app).

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createAbIngestRoute } from '../../../app/routes/ab-ingest.ts';
import { listen } from '../../../src/ab/proxy/listen.ts';
import { installationUnit, INSTALLATION_ID_FILE } from '../../../src/ab/proxy/unit.ts';
import { assignVariant } from '../../../src/ab/assign.ts';
import { deriveTestSecret } from '../../../src/ab/signature.ts';
import { setAbTestStatus, startAbTest } from '../../../src/ab/store.ts';
import { defineAbTest } from '../../../src/ab/test.ts';
import { LocalStateStore } from '../../../src/state/local-store.ts';
import { connect, eventually, makeVersionsRepo, proxyOn, storedEvents, TEST_ID, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  repo?.cleanup();
  repo = null;
});

/** A version served over streamable HTTP by its own process; resolves with its URL. */
async function httpServer(command: string): Promise<string> {
  const [node, file] = [process.execPath, command.split(' ').at(-1)!];
  const child: ChildProcess = spawn(node, [file, '--http'], { stdio: ['ignore', 'ignore', 'pipe'] });
  cleanups.push(() => void child.kill('SIGKILL'));
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  return eventually(() => /listening (\S+)/.exec(stderr)?.[1], 60_000, 'the HTTP server listening');
}

describe('mcpver ab proxy over HTTP', () => {
  it('forwards to a version served over streamable HTTP', async () => {
    repo = makeVersionsRepo();
    const url = await httpServer(repo.b);
    const { proxy } = await proxyOn(repo, {
      a: url,
      b: url,
      record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') },
    });
    const session = await connect(proxy, 'u-http');
    expect(session.client.getServerVersion()?.version).toBe('1.1.0');
    expect((await session.client.callTool({ name: 'lookup', arguments: { key: 'xa' } })).content).toEqual([
      { type: 'text', text: 'VALUE of xa' },
    ]);
    const progress: number[] = [];
    await session.client.callTool({ name: 'count', arguments: { n: 2 } }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    });
    expect(progress).toEqual([1, 2]);
    await session.close();
    const totals = await proxy.close();
    expect(totals.recorded).toBe(2);
  }, 180_000);

  it('answers with an error naming the version when the HTTP version cannot be reached', async () => {
    repo = makeVersionsRepo();
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/mcp`;
    await new Promise((resolve) => closed.close(resolve));
    const { proxy } = await proxyOn(repo, {
      a: url,
      b: url,
      record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') },
    });
    const variant = assignVariant(TEST_ID, 'u-unreachable');
    await expect(connect(proxy, 'u-unreachable')).rejects.toThrow(
      new RegExp(
        `version ${variant} \\(1\\.${variant === 'A' ? 0 : 1}\\.0\\) of the server is not available .*: it did not accept the request: fetch failed \\(ECONNREFUSED\\)`,
      ),
    );
    await proxy.close();
  }, 120_000);

  it('serves streamable HTTP with --listen: one assignment and one upstream per MCP session', async () => {
    repo = makeVersionsRepo();
    const { proxy } = await proxyOn(repo, { record: { kind: 'file', path: path.join(repo.scratch, 'events.ndjson') } });
    const opened: Array<{ unit: string; variant: string }> = [];
    const listening = await listen(proxy, {
      host: '127.0.0.1',
      port: 0,
      unitHeader: 'x-user-id',
      onOpened: (o, unit) => opened.push({ unit, variant: o.variant }),
    });
    cleanups.push(() => listening.close());
    const versions: string[] = [];
    for (const user of ['alice', 'bob']) {
      const client = new Client({ name: 'http-client', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(new URL(listening.url), { requestInit: { headers: { 'x-user-id': user } } }),
      );
      expect((await client.callTool({ name: 'lookup', arguments: { key: 'k' } })).content).toEqual([
        { type: 'text', text: 'value of k' },
      ]);
      const progress: number[] = [];
      await client.callTool({ name: 'count', arguments: { n: 3 } }, undefined, {
        onprogress: (p) => progress.push(p.progress),
      });
      expect(progress).toEqual([1, 2, 3]);
      versions.push(client.getServerVersion()!.version);
      await client.close();
    }
    expect(opened).toEqual(['alice', 'bob'].map((unit) => ({ unit, variant: assignVariant(TEST_ID, unit) })));
    expect(versions).toEqual(opened.map((o) => (o.variant === 'A' ? '1.0.0' : '1.1.0')));
    await listening.close();
    await proxy.close();
  }, 180_000);
});

describe('mcpver ab proxy --record app', () => {
  it("sends signed batches to the App's route, which stores them on the state branch", async () => {
    repo = makeVersionsRepo();
    const store = new LocalStateStore({ cwd: repo.dir });
    await startAbTest(
      store,
      defineAbTest({
        id: TEST_ID,
        versions: { A: '1.0.0', B: '1.1.0' },
        metrics: [{ name: 'response_time' }, { name: 'error', kind: 'proportion', role: 'guardrail' }],
      }),
    );
    const route = createAbIngestRoute({
      storeFor: async (owner, name) => (owner === 'acme' && name === 'lookup' ? store : null),
      secretFor: async (owner, name, id) => deriveTestSecret('master', `${owner}/${name}`, id),
      log: { info: () => {}, warn: () => {} },
    });
    const app: Server = createServer((req, res) => void route(req, res));
    await new Promise<void>((resolve) => app.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => app.close(() => resolve())));
    const appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
    const cacheDir = path.join(repo.scratch, 'cache');

    // A proxy with a wrong secret: the App refuses, the calls go on, and the proxy says what to fix.
    const wrong = await proxyOn(repo, {
      record: { kind: 'app', appUrl, repository: 'acme/lookup', secret: 'wrong' },
      cacheDir,
    });
    const refused = await connect(wrong.proxy, 'u-app');
    expect((await refused.client.callTool({ name: 'lookup', arguments: { key: 'k' } })).content).toEqual([
      { type: 'text', text: 'value of k' },
    ]);
    await refused.close();
    await wrong.proxy.close(500);
    expect(wrong.log.some((l) => l.includes('HTTP 401') && l.includes('check the test secret'))).toBe(true);
    expect(wrong.log.at(-1)).toMatch(/^1 events not yet recorded \(HTTP 401.*\) are kept in /);
    expect(await storedEvents(repo.dir)).toEqual([]);

    // With the right secret: its own three calls, and first the call the refused proxy kept in the spool.
    const { proxy, log } = await proxyOn(repo, {
      record: {
        kind: 'app',
        appUrl,
        repository: 'acme/lookup',
        secret: deriveTestSecret('master', 'acme/lookup', TEST_ID),
      },
      cacheDir,
    });
    expect(log).toContain('picked up 1 events that an earlier proxy could not record.');
    const session = await connect(proxy, 'u-app');
    for (const key of ['a', 'b', 'c']) await session.client.callTool({ name: 'lookup', arguments: { key } });
    await session.close();
    // Two of each call's metrics are the test's (response_time, error): the App keeps those.
    expect((await proxy.close()).recorded).toBe(8);
    const events = await storedEvents(repo.dir);
    expect(events.filter((e) => e.metric === 'response_time').map((e) => [e.unit, e.variant])).toEqual(
      Array(4).fill(['u-app', assignVariant(TEST_ID, 'u-app')]),
    );

    // Stopped on the App's side: the route answers 409, and the next proxy (no local state to read)
    // learns it from its cache folder, before its first batch.
    await setAbTestStatus(store, TEST_ID, 'stopped', 'auto-stop: guardrail (error)');
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'mcpver-not-a-repo-'));
    cleanups.push(() => rmSync(elsewhere, { recursive: true, force: true }));
    const first = await proxyOn(
      { ...repo, dir: elsewhere },
      {
        record: {
          kind: 'app',
          appUrl,
          repository: 'acme/lookup',
          secret: deriveTestSecret('master', 'acme/lookup', TEST_ID),
        },
        cacheDir,
      },
    );
    const before = await connect(first.proxy, unitIn('B'));
    await before.client.callTool({ name: 'lookup', arguments: { key: 'k' } });
    await before.close();
    await first.proxy.close();
    expect(first.log.some((l) => l.includes('the A/B test takes no more events'))).toBe(true);
    const next = await proxyOn(
      { ...repo, dir: elsewhere },
      {
        record: {
          kind: 'app',
          appUrl,
          repository: 'acme/lookup',
          secret: deriveTestSecret('master', 'acme/lookup', TEST_ID),
        },
        cacheDir,
      },
    );
    const after = await connect(next.proxy, unitIn('B'));
    expect(after.opened).toMatchObject({ variant: 'A', override: expect.stringContaining('the test is stopped') });
    await after.close();
    await next.proxy.close();
  }, 240_000);
});

describe('the unit when --unit is not given', () => {
  it('is an id kept per installation in the cache folder, the same for every session', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-cache-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const [first, second] = await Promise.all([
      installationUnit(path.join(dir, 'mcpver')),
      installationUnit(path.join(dir, 'mcpver')),
    ]);
    expect(first.source).toBe('installation');
    expect(second).toEqual(first);
    expect((await installationUnit(path.join(dir, 'mcpver'))).unit).toBe(first.unit);
  });

  it('falls back to the session, and says why, when the cache folder cannot be used', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-cache-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'file'), '');
    const unit = await installationUnit(path.join(dir, 'file', 'mcpver'));
    expect(unit.source).toBe('session');
    expect(unit.unit).toMatch(/^session-/);
    expect(unit.note).toContain(INSTALLATION_ID_FILE);
  });
});

function unitIn(variant: 'A' | 'B'): string {
  for (let i = 0; ; i++) if (assignVariant(TEST_ID, `u${i}`) === variant) return `u${i}`;
}
