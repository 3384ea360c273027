// Servers over streamable HTTP: one already running at a URL (with headers), and one mcpver starts
// with its command and waits for at its URL, then ends with its whole process group.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import { isAlive, removeTempDirs, ROOT, tempDir } from './helpers.ts';

const HTTP_SERVER = path.join(ROOT, 'test/fixtures/servers/http-server.mjs');
const TOKEN = 'tok-1b2c3d4e5f6a7b8c9d0e';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const running: ChildProcess[] = [];
afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
});
afterAll(removeTempDirs);

/** A server the test starts itself, as a deployment would be running. */
async function startServer(port: number, extra: string[] = [], env: Record<string, string> = {}): Promise<void> {
  const pidFile = path.join(tempDir(), 'pid.json');
  const child = spawn(process.execPath, [HTTP_SERVER, '--port', String(port), '--pid-file', pidFile, ...extra], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  running.push(child);
  for (let i = 0; i < 300 && !existsSync(pidFile); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('a server already running at a URL', () => {
  it('is read with the headers given, a token taken from the passed environment', async () => {
    const port = await freePort();
    await startServer(port, ['--token-env', 'FIXTURE_TOKEN'], { FIXTURE_TOKEN: TOKEN });
    const surface = await takeRuntimeSurface({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      headers: { Authorization: 'Bearer ${FIXTURE_TOKEN}' },
      env: { FIXTURE_TOKEN: TOKEN },
      cwd: ROOT,
    });
    expect(surface.mcp.tools.map((t) => t.name)).toEqual(['search', 'fetch']);
    expect(surface.mcp.serverInfo).toEqual({ name: 'http-fixture', version: '1.0.0' });
  });

  it('names the HTTP status and the headers when the server refuses, without the token', async () => {
    const port = await freePort();
    await startServer(port, ['--token-env', 'FIXTURE_TOKEN'], { FIXTURE_TOKEN: TOKEN });
    const error = (await takeSnapshot({
      dir: ROOT,
      url: `http://127.0.0.1:${port}/mcp`,
      headers: { Authorization: 'Bearer ${FIXTURE_TOKEN}' },
      passEnv: { FIXTURE_TOKEN: 'tok-wrong-0000000000' },
    }).catch((e: unknown) => e)) as SnapshotError;
    expect(error).toBeInstanceOf(SnapshotError);
    expect(error.message).toContain('answered initialize with HTTP 401');
    expect(error.message).toContain('Check the headers');
    expect(error.message).not.toContain('tok-wrong-0000000000');
  });

  it('says it could not reach a URL where nothing listens', async () => {
    const port = await freePort();
    const error = await takeRuntimeSurface({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      cwd: ROOT,
      timeoutMs: 5000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toMatch(
      /^Could not reach the MCP server at http:\/\/127\.0\.0\.1:\d+\/mcp \(.*ECONNREFUSED.*\)\. Check the URL/,
    );
  });

  it('names a header variable that was not passed', async () => {
    const error = await takeRuntimeSurface({
      transport: 'http',
      url: 'http://127.0.0.1:9/mcp',
      headers: { Authorization: 'Bearer ${MISSING_TOKEN}' },
      cwd: ROOT,
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain(
      'The header "Authorization" uses $MISSING_TOKEN, which is not in the server\'s environment',
    );
  });
});

describe('a server over HTTP that mcpver starts', () => {
  it('is waited for at its URL, read, and ended with its process group', async () => {
    const port = await freePort();
    const pidFile = path.join(tempDir(), 'pid.json');
    const pids: number[] = [];
    const surface = await takeRuntimeSurface({
      command: `node ${HTTP_SERVER} --port ${port} --start-delay 1500 --pid-file ${pidFile} --tools one,two,three`,
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      cwd: ROOT,
      onSpawn: (pid) => pids.push(pid),
    });
    expect(surface.mcp.tools.map((t) => t.name)).toEqual(['one', 'two', 'three']);
    expect(JSON.parse(readFileSync(pidFile, 'utf8')).pid).toBe(pids[0]);
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('fails at once with the exit and the output when the server exits before it listens', async () => {
    const port = await freePort();
    const error = await takeRuntimeSurface({
      command: `node ${HTTP_SERVER} --port ${port} --token-env FIXTURE_UNSET_TOKEN`,
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      cwd: ROOT,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    expect((error as Error).message).toContain(`exited with code 1 before it listened at http://127.0.0.1:${port}/mcp`);
    expect((error as Error).message).toContain('FIXTURE_UNSET_TOKEN is not set');
  });
});
