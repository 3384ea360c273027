// `mcpver ab proxy` as the process an MCP client launches: where the process boundary is the point
// (a kill, a signal, the client closing stdin), the proxy runs as a real child of the client.

import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { assignVariant } from '../../../src/ab/assign.ts';
import { startAbTest } from '../../../src/ab/store.ts';
import { defineAbTest } from '../../../src/ab/test.ts';
import { LocalStateStore } from '../../../src/state/local-store.ts';
import { eventually, makeVersionsRepo, storedEvents, TEST_ID, type VersionsRepo } from './helpers.ts';

let repo: VersionsRepo | null = null;
afterEach(() => {
  repo?.cleanup();
  repo = null;
});

/** Events a proxy kept in the spool of the cache folder for the next one. */
function spooledEvents(cache: string): Array<{ unit: string }> {
  const root = path.join(cache, 'mcpver', 'ab-spool');
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.ndjson'))
    .flatMap((f) =>
      readFileSync(path.join(f.parentPath, f.name), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l)),
    );
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The proxy launched by an SDK client, as a client's MCP configuration launches it. */
async function launch(repo: VersionsRepo, unit: string, extra: string[] = []) {
  const pidDir = path.join(repo.scratch, `pids-${unit}`);
  mkdirSync(pidDir);
  let stderr = '';
  const transport = new StdioClientTransport({
    command: process.execPath,
    // The CLI bundled once for the test run (test/setup/bundles.ts), as `npx mcpver` runs it.
    args: [
      inject('bundles').mcpverCli,
      'ab',
      'proxy',
      '--test',
      TEST_ID,
      '--unit',
      unit,
      '--a',
      repo.a,
      '--b',
      repo.b,
      ...extra,
    ],
    cwd: repo.dir,
    env: { ...process.env, AB_PID_DIR: pidDir, XDG_CACHE_HOME: path.join(repo.scratch, 'cache') } as Record<
      string,
      string
    >,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk) => (stderr += chunk));
  const client = new Client({ name: 'proxy-process-test', version: '1.0.0' });
  await client.connect(transport);
  const serverPids = () => readdirSync(pidDir).map((f) => Number.parseInt(f, 10));
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    // The SDK keeps the process to itself; its pid is enough to watch it go.
    const pid = transport.pid!;
    const timer = setInterval(() => {
      if (!alive(pid)) {
        clearInterval(timer);
        resolve({ code: null, signal: null });
      }
    }, 100);
  });
  return { client, transport, pid: transport.pid!, serverPids, exited, stderr: () => stderr };
}

const lookups = async (client: Client, unit: string, from: number, n: number) => {
  for (let i = from; i < from + n; i++) await client.callTool({ name: 'lookup', arguments: { key: `${unit}-${i}` } });
};

describe('mcpver ab proxy as a process', () => {
  it('loses at most the last batch when it is killed, and its server does not outlive it', async () => {
    repo = makeVersionsRepo();
    const proxy = await launch(repo, 'killed', ['--batch-interval', '1']);
    await lookups(proxy.client, 'killed', 0, 3);
    // The first batch reaches the state branch within the interval (bounded wait: a loaded machine).
    await eventually(
      async () => (await storedEvents(repo!.dir)).filter((e) => e.metric === 'response_time').length >= 3,
      90_000,
      'the first batch',
    );
    await lookups(proxy.client, 'killed', 3, 3);
    const [server] = proxy.serverPids();
    expect(server).toBeDefined();
    process.kill(proxy.pid, 'SIGKILL');
    await proxy.exited;
    // The server's stdin closed with the proxy: it ends too.
    await eventually(() => !alive(server!), 60_000, 'the server ending');
    const stored = (await storedEvents(repo.dir)).filter((e) => e.metric === 'response_time').length;
    // Everything older than the last batch interval is kept; only the last batch (the three calls after it) may be lost.
    expect(stored).toBeGreaterThanOrEqual(3);
    expect(stored).toBeLessThanOrEqual(6);
  }, 300_000);

  it('ends its server, writes what it holds and exits when the client closes its stdin', async () => {
    repo = makeVersionsRepo();
    const proxy = await launch(repo, 'closed', ['--batch-interval', '3600']);
    await lookups(proxy.client, 'closed', 0, 4);
    const [server] = proxy.serverPids();
    await proxy.client.close();
    await proxy.exited;
    await eventually(() => !alive(server!), 60_000, 'the server ending');
    // The batch interval is an hour: the four calls were written at the end, or, when the client's
    // few seconds were not enough (a loaded machine), kept in the spool for the next proxy.
    const stored = (await storedEvents(repo.dir)).filter((e) => e.metric === 'response_time').map((e) => e.unit);
    const spooled = spooledEvents(path.join(repo.scratch, 'cache')).map((e) => e.unit);
    expect([...stored, ...spooled]).toEqual(['closed', 'closed', 'closed', 'closed']);
    expect(proxy.stderr()).toMatch(/unit closed \(--unit\) → [AB] \(1\.[01]\.0\)/);
    // Three metrics of the test (response_time, error, timeout) for each of the four calls.
    expect(proxy.stderr()).toMatch(
      stored.length ? /recorded 12 events in 1 batches/ : /4 events not yet recorded .* are kept in /,
    );
  }, 300_000);

  it('launches the version of a stored test early, and ends its server and exits on SIGTERM', async () => {
    repo = makeVersionsRepo();
    // Stored and running: the proxy launches the unit's version before it loads the rest.
    await startAbTest(
      new LocalStateStore({ cwd: repo.dir }),
      defineAbTest({
        id: TEST_ID,
        versions: { A: '1.0.0', B: '1.1.0' },
        split: { A: 1, B: 3 },
        metrics: [{ name: 'response_time' }],
      }),
    );
    const proxy = await launch(repo, 'terminated');
    expect(proxy.client.getServerVersion()?.version).toBe(
      assignVariant(TEST_ID, 'terminated', { A: 1, B: 3 }) === 'A' ? '1.0.0' : '1.1.0',
    );
    await lookups(proxy.client, 'terminated', 0, 1);
    // One server only: the early launch was the one used.
    expect(proxy.serverPids()).toHaveLength(1);
    const [server] = proxy.serverPids();
    process.kill(proxy.pid, 'SIGTERM');
    await proxy.exited;
    await eventually(() => !alive(server!), 60_000, 'the server ending');
    expect(existsSync(path.join(repo.scratch, 'cache', 'mcpver'))).toBe(false);
  }, 300_000);
});
