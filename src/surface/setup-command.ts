// Install and build commands: shell lines run in a package directory, in a process group of their
// own, with a deadline, their output kept for the error message when they fail.

import { ProcessGroup } from '../process/process-group.ts';
import { SnapshotError, withOutput } from './errors.ts';

/** An install (npm ci) or build that runs longer than this is stuck, not slow. */
export const DEFAULT_SETUP_TIMEOUT_MS = 15 * 60_000;
/** The shell's exit code for a command it could not find. */
const COMMAND_NOT_FOUND = 127;

export interface SetupCommandOptions {
  /** Added to mcpver's own environment. */
  env?: Record<string, string>;
  setupTimeoutMs?: number;
}

/**
 * Run an install or build command. These are real shell lines (`npm ci && npm run build`), so
 * they go through the shell, in a process group of their own: a timeout or an interrupt of mcpver
 * stops the whole tree (npm and what it started), and what the command leaves running when it
 * exits (a watcher, a daemon holding its output) is ended with it rather than waited for.
 */
export async function runSetupCommand(
  kind: 'install' | 'build',
  command: string,
  cwd: string,
  options: SetupCommandOptions,
): Promise<void> {
  const timeoutMs = options.setupTimeoutMs ?? DEFAULT_SETUP_TIMEOUT_MS;
  let group: ProcessGroup;
  try {
    group = await ProcessGroup.start({
      file: command,
      shell: true,
      cwd,
      // The command sees mcpver's own environment (npm needs its config, PATH and proxies) plus `env`.
      env: options.env ? { ...process.env, ...options.env } : process.env,
      stdout: 'capture',
      stdin: 'ignore',
    });
  } catch (error) {
    throw new SnapshotError(
      `The ${kind} command "${command}" (in ${cwd}) could not be run (${(error as Error).message}).`,
      { command, cause: error },
    );
  }
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
  const result = await Promise.race([group.exited, timedOut]);
  clearTimeout(timer);
  await group.stop();
  if (result !== 'timeout' && result.code === 0) return;
  const why =
    result === 'timeout'
      ? `did not finish within ${timeoutMs / 1000} s and was stopped`
      : result.signal
        ? `was killed by ${result.signal}`
        : result.code === COMMAND_NOT_FOUND
          ? `failed: the shell could not find the command (exit code 127); install the tool it names (for pnpm, yarn or bun: corepack enable, or their setup actions in a workflow)`
          : `failed with exit code ${result.code}`;
  throw new SnapshotError(
    withOutput(`The ${kind} command "${command}" (in ${cwd}) ${why}.`, 'Its output', group.output),
    {
      command,
      output: group.output,
    },
  );
}
