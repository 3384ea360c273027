// A command mcpver starts and must end as a whole: the server it snapshots, an install or a build.
// It runs in a process group of its own (detached), so that ending it ends what it started too; a
// process that escaped the group and still holds one of its pipes cannot keep mcpver waiting,
// because mcpver lets go of the pipes once the group is ended.

import { spawn, type ChildProcess } from 'node:child_process';
import { registerCleanup } from './cleanup.ts';

/** How a process ended on its own, before mcpver stopped it. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ProcessGroupOptions {
  file: string;
  args?: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Run `file` as a shell line (install and build commands are written for a shell). */
  shell?: boolean;
  /** `pipe` for a stdio MCP server (its stdout is the protocol); `capture` keeps stdout as output. */
  stdout: 'pipe' | 'capture';
  /** `pipe` gives the caller the process's stdin; otherwise it reads nothing. */
  stdin: 'pipe' | 'ignore';
}

/** Keep this much of a process's output: messages show only its tail. */
const OUTPUT_KEEP_CHARS = 64 * 1024;
/** A stdio server is asked to stop by closing its input; this long it may take to exit on its own. */
const INPUT_CLOSED_GRACE_MS = 1000;
/** After SIGTERM to the group, this long before SIGKILL. */
const TERM_GRACE_MS = 2000;
/** After SIGKILL, how long to wait for the group to vanish (the kernel takes a moment). */
const KILL_WAIT_MS = 3000;
const POLL_MS = 25;

const POSIX = process.platform !== 'win32';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class ProcessGroup {
  /** What the process wrote to stderr (and to stdout, when captured), its last 64 KiB. */
  output = '';
  /** Set once the process (the group's leader) has exited. */
  exit: ProcessExit | undefined;
  readonly exited: Promise<ProcessExit>;
  private stopping: Promise<void> | undefined;
  private readonly unregister: () => void;

  private constructor(readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        resolve(this.exit);
      });
    });
    const keep = (chunk: Buffer) => {
      this.output = (this.output + chunk.toString('utf8')).slice(-OUTPUT_KEEP_CHARS);
    };
    child.stderr?.on('data', keep);
    this.unregister = registerCleanup('process', () => this.stop());
  }

  /** Start the command; rejects (ENOENT, EACCES…) when it cannot be started at all. */
  static start(options: ProcessGroupOptions): Promise<ProcessGroup> {
    const child = spawn(options.file, options.args ?? [], {
      cwd: options.cwd,
      env: options.env,
      shell: options.shell ?? false,
      detached: POSIX,
      windowsHide: true,
      stdio: [options.stdin, 'pipe', 'pipe'],
    });
    return new Promise((resolve, reject) => {
      child.once('error', reject);
      child.once('spawn', () => {
        child.off('error', reject);
        // Later errors (a write to a closed stdin) surface through the streams and the exit.
        child.on('error', () => undefined);
        const group = new ProcessGroup(child);
        if (options.stdout === 'capture')
          child.stdout?.on('data', (chunk: Buffer) => {
            group.output = (group.output + chunk.toString('utf8')).slice(-OUTPUT_KEEP_CHARS);
          });
        resolve(group);
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** Whether any process of the group is still there (the leader, or what it started and left). */
  isAlive(): boolean {
    try {
      if (POSIX) process.kill(-this.pid, 0);
      else return this.exit === undefined;
      return true;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  private signal(signal: NodeJS.Signals): void {
    try {
      if (POSIX) process.kill(-this.pid, signal);
      else this.child.kill(signal);
    } catch {
      // the group is gone already
    }
  }

  private async waitGone(ms: number): Promise<boolean> {
    for (let waited = 0; waited < ms; waited += POLL_MS) {
      if (!this.isAlive()) return true;
      await sleep(POLL_MS);
    }
    return !this.isAlive();
  }

  /**
   * End the whole group: close its input (a stdio server's cue to exit), then SIGTERM, then
   * SIGKILL, each after a grace period; then let go of its pipes, so that a process which left the
   * group but holds them cannot keep mcpver alive. Safe to call more than once.
   */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      if (this.child.stdin && !this.child.stdin.destroyed) {
        this.child.stdin.end();
        await Promise.race([this.exited, sleep(INPUT_CLOSED_GRACE_MS)]);
      }
      // Even when the leader exited on its own, what it started may still run in its group.
      if (this.isAlive()) {
        this.signal('SIGTERM');
        if (!(await this.waitGone(TERM_GRACE_MS))) {
          this.signal('SIGKILL');
          await this.waitGone(KILL_WAIT_MS);
        }
      }
      for (const stream of [this.child.stdin, this.child.stdout, this.child.stderr]) stream?.destroy();
      this.child.unref();
      this.unregister();
    })();
    return this.stopping;
  }
}
