// The server a session forwards to, when it is a command: started without a shell in a process
// group of its own, so that ending the group also ends what it started (`npx` → `node`), and
// ended on every way out of the proxy.

import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { parseCommandLine } from '../../surface/command-line.ts';

/** How long a server may take to exit after its stdin closes, then after SIGTERM, before the next step. */
export const STOP_GRACE_MS = 2_000;
/** Lines of the server's stderr kept to explain a failure (the rest goes straight to the proxy's stderr). */
const STDERR_TAIL_LINES = 5;

export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (ENOENT, EACCES). */
  spawnError?: Error;
}

export interface ChildServer {
  readonly stdin: Writable;
  readonly stdout: Readable;
  readonly pid: number | undefined;
  /** Resolves once, when the process has exited (or could not start). */
  readonly exited: Promise<ServerExit>;
  /** The last lines the server wrote to stderr, for error messages. */
  stderrTail(): string;
  /** Close stdin, then SIGTERM, then SIGKILL the group, each after a grace period; resolves when it is gone. */
  stop(): Promise<void>;
  /** SIGKILL the group now (for the proxy's own last moments, when nothing can be awaited). */
  killNow(): void;
}

/** Every server started and not yet exited, so that the face can end them all when the proxy dies. */
const live = new Set<ChildServer>();

/** SIGKILL every live server's process group: the last resort of the proxy's exit paths. */
export function killAllServers(): void {
  for (const server of live) server.killNow();
}

export function liveServerCount(): number {
  return live.size;
}

const usesGroups = process.platform !== 'win32';

/**
 * Signal the server's process group. The group outlives its leader when the leader started others
 * (`npx` → `node`), so it is signalled even after the leader exited; an empty group is ESRCH.
 */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  if (!usesGroups && (child.exitCode !== null || child.signalCode !== null)) return;
  try {
    if (usesGroups) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch {
    // Already gone between the check and the signal.
  }
}

export interface StartOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Where the server's stderr goes (the proxy's stderr, so the client's logs show it). */
  onStderr?: (chunk: Buffer) => void;
}

/** Start `command` (a command line, split with shell quoting rules but run without a shell). */
export function startChildServer(command: string, options: StartOptions = {}): ChildServer {
  const line = parseCommandLine(
    command,
    Object.fromEntries(
      Object.entries(options.env ?? process.env).filter((e): e is [string, string] => e[1] !== undefined),
    ),
  );
  const child = spawn(line.file, line.args, {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), ...line.env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: usesGroups,
    windowsHide: true,
  });
  const tail: string[] = [];
  let partial = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    options.onStderr?.(chunk);
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const l of lines) if (l.trim()) tail.push(l.trimEnd());
    if (tail.length > STDERR_TAIL_LINES) tail.splice(0, tail.length - STDERR_TAIL_LINES);
  });
  // A server that exits while we write must not crash the proxy with EPIPE.
  child.stdin!.on('error', () => {});
  const server: ChildServer = {
    stdin: child.stdin!,
    stdout: child.stdout!,
    pid: child.pid,
    exited: new Promise<ServerExit>((resolve) => {
      child.once('error', (error) => {
        // 'error' without a pid: the process never started ('exit' will not follow).
        if (child.pid === undefined) resolve({ code: null, signal: null, spawnError: error });
      });
      child.once('exit', (code, signal) => resolve({ code, signal }));
    }).finally(() => live.delete(server)),
    stderrTail: () => [...tail, ...(partial.trim() ? [partial.trimEnd()] : [])].slice(-STDERR_TAIL_LINES).join('\n'),
    async stop() {
      // MCP's stdio shutdown: close the server's stdin and let it exit; then SIGTERM (also what it
      // left running in its group), then SIGKILL.
      child.stdin!.end();
      const exitedInTime = await settlesWithin(server.exited, STOP_GRACE_MS);
      signalGroup(child, 'SIGTERM');
      if (!exitedInTime && !(await settlesWithin(server.exited, STOP_GRACE_MS))) signalGroup(child, 'SIGKILL');
      await server.exited;
    },
    killNow: () => signalGroup(child, 'SIGKILL'),
  };
  live.add(server);
  return server;
}

async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
