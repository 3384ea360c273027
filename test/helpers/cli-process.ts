// Run the mcpver command line as a process of its own: for tests where the process boundary is the
// point (its exit status, several processes racing on one repository). It runs the CLI bundle built
// once per test run by test/setup/bundles.ts. Everything else calls the CLI in-process
// (test/helpers/cli.ts).

import { spawn } from 'node:child_process';
import { inject } from 'vitest';
import type { CliOptions, CliResult } from './cli.ts';

export interface ProcessResult extends CliResult {
  /** The signal that ended the process, if one did. */
  signal: NodeJS.Signals | null;
}

/** `mcpver ...args` as a child process started in `cwd`; resolves when it has exited. */
export function mcpverProcess(args: string[], cwd: string, options: CliOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [inject('bundles').mcpverCli, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', ...options.env },
      stdio: [options.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? -1, signal, stdout, stderr }));
    if (options.stdin !== undefined) child.stdin!.end(options.stdin);
  });
}
