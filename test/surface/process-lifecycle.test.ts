// The server's process life: a server that leaves a child holding its stdout, one that answers
// with a listing over the SDK's message limit, and the process group ended as a whole.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pendingCleanups } from '../../src/process/cleanup.ts';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { isAlive, ROOT, removeTempDirs, tempDir } from './helpers.ts';

const LIFECYCLE_SERVER = path.join(ROOT, 'test/fixtures/servers/lifecycle-server.mjs');

afterAll(removeTempDirs);

function pids(file: string): { pid: number; child: number | null } {
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('a server that leaves a child holding its stdout', () => {
  it('is read, and the child in its process group is ended with it', async () => {
    const pidFile = path.join(tempDir(), 'pids.json');
    const surface = await takeRuntimeSurface({
      command: `node ${LIFECYCLE_SERVER} --orphan same-group --pid-file ${pidFile}`,
      cwd: ROOT,
    });
    expect(surface.mcp.tools.map((t) => t.name)).toEqual(['tool_1', 'tool_2']);
    const { pid, child } = pids(pidFile);
    expect(isAlive(pid)).toBe(false);
    expect(isAlive(child!)).toBe(false);
    expect(pendingCleanups()).toBe(0);
  });

  it('is read, and a child that left the process group cannot keep the snapshot waiting', async () => {
    const pidFile = path.join(tempDir(), 'pids.json');
    const surface = await takeRuntimeSurface({
      command: `node ${LIFECYCLE_SERVER} --orphan own-session --pid-file ${pidFile}`,
      cwd: ROOT,
    });
    const { pid, child } = pids(pidFile);
    try {
      expect(surface.mcp.tools).toHaveLength(2);
      expect(isAlive(pid)).toBe(false);
    } finally {
      // It escaped the group on purpose (its own session): mcpver lets go of it; the test ends it.
      if (child && isAlive(child)) process.kill(child, 'SIGKILL');
    }
  });
});

describe('a listing over the MCP SDK message limit', () => {
  it('is named as such, with the size that was refused', async () => {
    const pidFile = path.join(tempDir(), 'pids.json');
    const error = await takeRuntimeSurface({
      command: `node ${LIFECYCLE_SERVER} --huge 12000000 --pid-file ${pidFile}`,
      cwd: ROOT,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SnapshotError);
    const message = (error as Error).message;
    expect(message).toMatch(/answered tools\/list with a message of 11\.4 MiB \(12,000,\d{3} bytes\)/);
    expect(message).toContain("over the MCP SDK's stdio limit of 10.0 MiB (10,485,760 bytes)");
    expect(message).not.toContain('exited with code');
    expect(isAlive(pids(pidFile).pid)).toBe(false);
  });

  it('reads a listing just under the limit', async () => {
    const surface = await takeRuntimeSurface({ command: `node ${LIFECYCLE_SERVER} --huge 9000000`, cwd: ROOT });
    expect((surface.mcp.tools[0]!.description as string).length).toBe(9_000_000);
  });
});
