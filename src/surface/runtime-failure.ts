// What went wrong when a server was started for a snapshot, told so that the user can act on it:
// the command, where it ran, the step it failed at, how it ended, and the tail of its stderr.

import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { DuplicateItem } from './duplicate-items.ts';
import { SnapshotError, withOutput } from './errors.ts';

export { DuplicateItem };

/** The deadline passed before the server answered. */
export class Timeout extends Error {}


export interface ServerExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface FailureContext {
  command: string;
  /** The executable the command names. */
  file: string;
  cwd: string;
  timeoutMs: number;
  step: string;
  stderr: string;
  /** How the server process ended, when it ended on its own before mcpver stopped it. */
  exit?: ServerExit;
}

export function describeFailure(error: unknown, context: FailureContext): SnapshotError {
  if (error instanceof SnapshotError) return error;
  const { command, cwd, stderr, file } = context;
  const details = { command, output: stderr, cause: error };
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'EACCES') {
    const why = code === 'ENOENT' ? `"${file}" was not found` : `"${file}" is not executable`;
    return new SnapshotError(
      `Could not start the MCP server: ${why} (command "${command}", run in ${cwd}). Check the command, and that it is installed and on PATH.`,
      details,
    );
  }
  if (error instanceof Timeout) {
    const seconds = context.timeoutMs / 1000;
    return new SnapshotError(
      withOutput(
        `The MCP server started by "${command}" (in ${cwd}) did not answer ${context.step} within ${seconds} s, so it was stopped. ` +
          `Check that the command starts an MCP server on stdio (not HTTP, and not a build step first), or raise the timeout.`,
        'Its stderr',
        stderr,
      ),
      details,
    );
  }
  if (error instanceof DuplicateItem) {
    return new SnapshotError(
      `The MCP server started by "${command}" ${error.message}; clients cannot tell them apart, so mcpver cannot snapshot it. Give each ${error.kind} a unique name.`,
      details,
    );
  }
  if (error instanceof McpError && error.code === ErrorCode.ConnectionClosed) {
    return new SnapshotError(
      withOutput(`The MCP server started by "${command}" (in ${cwd}) ${describeExit(context.exit)} before it answered ${context.step}.`, 'Its stderr', stderr),
      details,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SnapshotError(
    withOutput(`The MCP server started by "${command}" (in ${cwd}) failed at ${context.step}: ${message}`, 'Its stderr', stderr),
    details,
  );
}

function describeExit(exit: ServerExit | undefined): string {
  if (exit?.code !== undefined && exit.code !== null) return `exited with code ${exit.code}`;
  if (exit?.signal) return `was killed by ${exit.signal}`;
  return 'exited';
}
