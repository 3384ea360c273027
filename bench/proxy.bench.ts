// The A/B proxy's cost: what it adds to each message and to a server's start, against the same
// server reached directly, in the same run (ratios and differences, never pass/fail times).
// Goals (issue 17): under 1 ms per message at the median; the proxy's start under 10% of the server's.

import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { build } from 'esbuild';
import { startChildServer } from '../src/ab/proxy/child-server.ts';
import { serveStdio, startProxy } from '../src/ab/proxy/index.ts';
import { ProxySession } from '../src/ab/proxy/session.ts';
import { StreamTransport } from '../src/ab/proxy/stream-transport.ts';
import type { Upstream } from '../src/ab/proxy/upstream.ts';
import { fromLine } from '../src/ab/proxy/wire.ts';
import { startAbTest } from '../src/ab/store.ts';
import { defineAbTest } from '../src/ab/test.ts';
import { LocalStateStore } from '../src/state/local-store.ts';
import { row, type BenchRow, type BenchSuite } from './harness.ts';

const SUITE = 'ab proxy';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SERVER = path.join(ROOT, 'test/fixtures/ab-proxy/server-v1.mjs');
const SERVER_COMMAND = `${JSON.stringify(process.execPath)} ${SERVER}`;
const CALLS = 400;
const STARTS = 7;
const IN_MEMORY_MESSAGES = 100_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median ms of `CALLS` tool calls (after a warm-up), one at a time. */
async function callTimes(client: Client): Promise<number> {
  for (let i = 0; i < 50; i++) await client.callTool({ name: 'lookup', arguments: { key: `w${i}` } });
  const times: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    await client.callTool({ name: 'lookup', arguments: { key: `k${i}` } });
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A client on the server directly, over its stdio. */
async function direct(): Promise<{ client: Client; ms: number; close(): Promise<void> }> {
  const start = performance.now();
  const server = startChildServer(SERVER_COMMAND, { cwd: ROOT });
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(new StreamTransport(server.stdout, server.stdin));
  return {
    client,
    ms: performance.now() - start,
    close: async () => {
      await client.close();
      await server.stop();
    },
  };
}

/** A client on the server through a proxy started in this process (events to a file). */
async function proxied(dir: string): Promise<{ client: Client; ms: number; close(): Promise<void> }> {
  const start = performance.now();
  const { proxy } = await startProxy({
    testId: 'bench',
    a: SERVER_COMMAND,
    b: SERVER_COMMAND,
    repoDir: dir,
    record: { kind: 'file', path: path.join(dir, 'events.ndjson') },
    serverCwd: ROOT,
    log: () => {},
  });
  const toProxy = new PassThrough();
  const fromProxy = new PassThrough();
  const served = serveStdio(proxy, 'bench-unit', toProxy, fromProxy);
  const client = new Client({ name: 'bench', version: '1' });
  await client.connect(new StreamTransport(fromProxy, toProxy));
  return {
    client,
    ms: performance.now() - start,
    close: async () => {
      await client.close();
      await served;
      await proxy.close();
    },
  };
}

/** ms from spawning `args` to the answer of `initialize` (a real process, as a client starts it). */
function timeToInitialize(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('"id":1')) {
        const ms = performance.now() - start;
        child.stdin.end();
        child.once('exit', () => resolve(ms));
      }
    });
    child.once('error', reject);
    child.stdin.write(
      `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } } })}\n`,
    );
  });
}

/** ms from spawning `node args` to its exit. */
function timeToExit(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    child.once('exit', () => resolve(performance.now() - start));
    child.once('error', reject);
  });
}

/** The proxy's own work per message, with the pipes taken away: an upstream and a client that do nothing. */
function inMemoryMessageCost(): number {
  let onMessage: (m: ReturnType<typeof fromLine>) => void = () => {};
  const upstream: Upstream = {
    target: 'memory',
    start: (h) => void (onMessage = h.message),
    send: async () => {},
    close: async () => {},
  };
  const session = new ProxySession({
    testId: 'bench',
    variant: 'A',
    versionName: '1.0.0',
    unit: 'u',
    session: 's',
    upstream,
    downstream: { send() {} },
    emit() {},
    log() {},
    callTimeoutMs: 60_000,
    recordPayloads: false,
  });
  session.start();
  const request = (id: number) =>
    `{"jsonrpc":"2.0","id":${id},"method":"tools/call","params":{"name":"lookup","arguments":{"key":"k${id}"}}}`;
  const response = (id: number) =>
    `{"result":{"content":[{"type":"text","text":"value of k${id}"}]},"jsonrpc":"2.0","id":${id}}`;
  const start = performance.now();
  for (let id = 0; id < IN_MEMORY_MESSAGES / 2; id++) {
    session.fromClient(fromLine(request(id)));
    onMessage(fromLine(response(id)));
  }
  const ms = (performance.now() - start) / IN_MEMORY_MESSAGES;
  void session.close();
  return ms;
}

const bench: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-proxy-bench-'));
  try {
    // Per message: a tool call round trip through the proxy against the same call made directly.
    const d = await direct();
    const directMs = await callTimes(d.client);
    await d.close();
    const p = await proxied(dir);
    const proxiedMs = await callTimes(p.client);
    await p.close();
    rows.push(
      row(
        SUITE,
        `tool call round trip through the proxy (median of ${CALLS})`,
        'the same call to the server directly',
        proxiedMs,
        directMs,
        { note: `adds ${(proxiedMs - directMs).toFixed(3)} ms per call (two messages); goal < 1 ms per message` },
      ),
    );
    const perMessage = inMemoryMessageCost();
    rows.push(
      row(
        SUITE,
        `the proxy's own work per message (${IN_MEMORY_MESSAGES.toLocaleString('en')} in memory)`,
        'the direct call round trip',
        perMessage,
        directMs,
        { note: `${(perMessage * 1000).toFixed(1)} µs per message: parse, observe, forward, time` },
      ),
    );

    // Start, in this process: from startProxy to the answer of initialize, against the server alone.
    const directStarts: number[] = [];
    const proxiedStarts: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const a = await direct();
      directStarts.push(a.ms);
      await a.close();
      const b = await proxied(dir);
      proxiedStarts.push(b.ms);
      await b.close();
    }
    const ds = median(directStarts);
    const ps = median(proxiedStarts);
    rows.push(
      row(SUITE, 'start to the first answer through the proxy (in process)', 'the server started directly', ps, ds, {
        note: `the proxy's start is ${(((ps - ds) / ds) * 100).toFixed(1)}% of the server's; goal < 10%`,
      }),
    );

    // Start as processes, as a client launches them: the CLI built once (esbuild, dependencies
    // external, commands split off as the lazy imports ask) against the server process alone.
    const out = path.join(ROOT, '.tmp', 'bench-proxy-cli');
    rmSync(out, { recursive: true, force: true });
    mkdirSync(out, { recursive: true });
    await build({
      entryPoints: [path.join(ROOT, 'src/cli.ts')],
      outdir: out,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
    });
    const repo = path.join(dir, 'repo');
    const processArgs = [
      path.join(out, 'cli.js'),
      'ab',
      'proxy',
      '--test',
      'bench',
      '--unit',
      'u',
      '--record',
      `file:${path.join(dir, 'p.ndjson')}`,
      '--a',
      SERVER_COMMAND,
      '--b',
      SERVER_COMMAND,
    ];
    // The test is stored and running, as after the first batch of any proxy: the proxy launches
    // the unit's version before it loads the rest (the steady state of a test).
    execFileSync('git', ['init', '-q', repo]);
    await startAbTest(
      new LocalStateStore({ cwd: repo }),
      defineAbTest({ id: 'bench', metrics: [{ name: 'response_time' }] }),
    );
    const serverProcess: number[] = [];
    const proxyProcess: number[] = [];
    const nodeProcess: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      serverProcess.push(await timeToInitialize([SERVER], ROOT));
      proxyProcess.push(await timeToInitialize(processArgs, repo));
      nodeProcess.push(await timeToExit(['-e', '']));
    }
    const sp = median(serverProcess);
    const pp = median(proxyProcess);
    const np = median(nodeProcess);
    rows.push(
      row(
        SUITE,
        'start to the first answer through the proxy process (built CLI)',
        'the server process alone',
        pp,
        sp,
        {
          note: `the proxy process adds ${(pp - sp).toFixed(0)} ms, ${(((pp - sp) / sp) * 100).toFixed(1)}% of the server's start; of which one node process boot (node -e '', ${np.toFixed(0)} ms) is the floor of any process in between`,
        },
      ),
    );
    rmSync(out, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
};

export default bench;
