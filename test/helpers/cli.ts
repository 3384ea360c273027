// Run the mcpver command line in this process, as a user does in a folder: its output and exit code.
// The same dispatcher as the `mcpver` process (src/cli.ts), handed collecting streams; tests where
// the process boundary itself is the point (exit statuses, signals, several processes at once) use
// test/helpers/cli-process.ts instead.

import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Added to the environment the command reads (NO_COLOR is always set). */
  env?: Record<string, string>;
  /** What `--events -` reads. */
  stdin?: string;
}

/** The folder the running call was started in: calls in one process share its working directory. */
let running: string | null = null;

/**
 * `mcpver ...args` started in `cwd`. The working directory is the process's, so calls run one at a
 * time (vitest runs each test file in a process of its own, and its tests one after another).
 */
export async function mcpver(args: string[], cwd: string, options: CliOptions = {}): Promise<CliResult> {
  if (running !== null)
    throw new Error(
      `mcpver ${args.join(' ')}: another in-process call (in ${running}) has not ended; await it, or use the process helper for concurrent runs.`,
    );
  running = cwd;
  let stdout = '';
  let stderr = '';
  let code: number | undefined;
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    await runCli(
      args,
      {
        stdout: { write: (text: string) => (stdout += text) },
        stderr: { write: (text: string) => (stderr += text) },
        stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
        env: { ...process.env, NO_COLOR: '1', ...options.env },
      },
      (exit) => (code = exit),
    );
  } finally {
    process.chdir(previous);
    running = null;
  }
  if (code === undefined) throw new Error(`mcpver ${args.join(' ')} ended without an exit code.`);
  return { code, stdout, stderr };
}
