// mcpver as a real process, the way CI runs it: it must exit when its work is done even if the
// server left a child holding its stdout, and a SIGTERM (a cancelled job) must leave no worktree
// registered in the user's repository and no process of the server's group running.

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const LIFECYCLE_SERVER = path.join(ROOT, 'test/fixtures/servers/lifecycle-server.mjs');
/** Generous (a machine shared with other work), yet within the test's own limit. */
const EXIT_LIMIT_MS = 100_000;
const TEST_LIMIT_MS = 140_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Start the CLI; `during` runs while it is up (and may signal it); resolves when it exits (or the limit passes). */
function runCli(args: string[], cwd: string, during?: (pid: number) => Promise<void>): Promise<Run | 'still running'> {
  // The CLI bundle built for this test run (test/setup/bundles.ts): the `mcpver` process a user runs.
  const child = spawn(process.execPath, [inject('bundles').mcpverCli, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  void during?.(child.pid!);
  return new Promise((resolve) => {
    const limit = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('still running');
    }, EXIT_LIMIT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(limit);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function groupAlive(pgid: number): boolean {
  return alive(-pgid);
}

async function waitForFile(file: string): Promise<void> {
  for (let i = 0; i < 1200 && !existsSync(file); i++) await new Promise((resolve) => setTimeout(resolve, 100));
}

let repo: TempRepo | undefined;
const strays: number[] = [];
afterEach(() => {
  for (const pid of strays.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
  repo?.remove();
  repo = undefined;
});

describe('a server that leaves a child holding its stdout', () => {
  it(
    'does not keep `mcpver snapshot` from exiting once the snapshot is printed',
    async () => {
      repo = tempRepo();
      repo.write('package.json', { name: 'orphaning-server', version: '1.0.0' });
      const pidFile = path.join(repo.dir, 'pids.json');
      const command = `node ${LIFECYCLE_SERVER} --orphan own-session --pid-file ${pidFile}`;
      const run = await runCli(['snapshot', '--dir', '.', '--command', command], repo.dir);
      const { child } = JSON.parse(readFileSync(pidFile, 'utf8')) as { child: number };
      strays.push(child);
      expect(run).not.toBe('still running');
      const done = run as Run;
      expect(done.code).toBe(0);
      expect(JSON.parse(done.stdout).mcp.tools.map((t: { name: string }) => t.name)).toEqual(['tool_1', 'tool_2']);
    },
    TEST_LIMIT_MS,
  );
});

describe('when `mcpver check` is stopped with SIGTERM while the server runs', () => {
  it(
    'ends the server and its group, removes the worktree, and exits 143',
    async () => {
      repo = tempRepo();
      repo.write('package.json', { name: 'slow-server', version: '1.0.0' });
      repo.commit('first release', 'v1.0.0');
      repo.write('package.json', { name: 'slow-server', version: '1.1.0' });
      repo.commit('second release', 'v1.1.0');
      const pidFile = path.join(repo.dir, 'pids.json');
      // The old version's server starts, leaves a child in its group, and takes a minute to list.
      const command = `node ${LIFECYCLE_SERVER} --orphan same-group --list-delay 60000 --pid-file ${pidFile}`;
      const run = await runCli(
        ['check', '--from', 'v1.0.0', '--to', 'v1.1.0', '--command', command, '--timeout', '120'],
        repo.dir,
        async (pid) => {
          await waitForFile(pidFile);
          process.kill(pid, 'SIGTERM');
        },
      );
      expect(run).not.toBe('still running');
      const done = run as Run;
      const { pid, child } = JSON.parse(readFileSync(pidFile, 'utf8')) as { pid: number; child: number };
      strays.push(pid, child);
      expect(done.code).toBe(143);
      expect(done.stderr).toContain('SIGTERM received: stopping the server and removing temporary worktrees');
      expect(groupAlive(pid)).toBe(false);
      expect(alive(child)).toBe(false);
      const worktrees = repo
        .git('worktree', 'list', '--porcelain')
        .split('\n')
        .filter((l) => l.startsWith('worktree '));
      expect(worktrees).toEqual([`worktree ${repo.dir}`]);
      expect(repo.git('worktree', 'prune', '--dry-run', '--verbose')).toBe('');
    },
    TEST_LIMIT_MS,
  );
});
