// What went wrong when a server was started for a snapshot, told so that the user can act on it:
// the command (or URL), where it ran, the step it failed at, how it ended, and the tail of its output.

import { StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ProcessExit } from '../process/process-group.ts';
import { DuplicateItem } from './duplicate-items.ts';
import { SnapshotError, withOutput } from './errors.ts';
import { MAX_MESSAGE_BYTES, MessageTooLarge } from './stdio-transport.ts';

export { DuplicateItem };

/** The deadline passed before the server answered. */
export class Timeout extends Error {}

/** The server mcpver started exited before it could be reached. */
export class ServerExited extends Error {
  constructor(readonly exit: ProcessExit) {
    super('the server exited');
  }
}

export type ServerExit = ProcessExit;

export interface FailureContext {
  /** The command as written, or '' for a server reached at a URL only. */
  command: string;
  /** How messages name the server: the quoted command, or "at <url>". */
  what: string;
  transport: 'stdio' | 'http';
  url?: string;
  /** The executable the command names. */
  file: string;
  cwd: string;
  timeoutMs: number;
  step: string;
  stderr: string;
  /** How the server process ended, when it ended on its own before mcpver stopped it. */
  exit?: ServerExit;
}

const MIB = 1024 * 1024;

/** 12582912 → "12.0 MiB (12,582,912 bytes)". */
export function describeBytes(bytes: number): string {
  return `${(bytes / MIB).toFixed(1)} MiB (${bytes.toLocaleString('en-US')} bytes)`;
}

export function describeFailure(error: unknown, context: FailureContext): SnapshotError {
  if (error instanceof SnapshotError) return error;
  const { command, cwd, stderr, file } = context;
  const details = { command: command || undefined, output: stderr, cause: error };
  const server = command ? `The MCP server started by "${command}"` : `The MCP server at ${context.url}`;
  const where = command ? ` (in ${cwd})` : '';
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (command && (code === 'ENOENT' || code === 'EACCES')) {
    const why = code === 'ENOENT' ? `"${file}" was not found` : `"${file}" is not executable`;
    return new SnapshotError(
      `Could not start the MCP server: ${why} (command "${command}", run in ${cwd}). Check the command, and that it is installed and on PATH.`,
      details,
    );
  }
  if (error instanceof MessageTooLarge) {
    const size = error.complete ? describeBytes(error.bytes) : `more than ${describeBytes(error.bytes)}`;
    return new SnapshotError(
      `${server} answered ${context.step} with a message of ${size}, over the MCP SDK's stdio limit of ${describeBytes(MAX_MESSAGE_BYTES)}: ` +
        `clients built on the SDK refuse it too, so mcpver does not read it. Make the listing smaller (paginate it, or shorten descriptions and schemas).`,
      details,
    );
  }
  if (error instanceof Timeout) {
    const seconds = context.timeoutMs / 1000;
    const hint =
      context.transport === 'stdio'
        ? 'Check that the command starts an MCP server on stdio (not HTTP: set transport: http and its url), not a build step first, or raise the timeout.'
        : `Check that the server listens at ${context.url} and speaks streamable HTTP there, or raise the timeout.`;
    return new SnapshotError(
      withOutput(
        `${server}${where} did not answer ${context.step} within ${seconds} s, so it was stopped. ${hint}`,
        'Its output',
        stderr,
      ),
      details,
    );
  }
  if (error instanceof DuplicateItem) {
    return new SnapshotError(
      `${server} ${error.message}; clients cannot tell them apart, so mcpver cannot snapshot it. Give each ${error.kind} a unique name.`,
      details,
    );
  }
  if (error instanceof ServerExited || (error instanceof McpError && error.code === ErrorCode.ConnectionClosed)) {
    const exit = error instanceof ServerExited ? error.exit : context.exit;
    const before = error instanceof ServerExited ? `listened at ${context.url}` : `answered ${context.step}`;
    return new SnapshotError(
      withOutput(`${server}${where} ${describeExit(exit)} before it ${before}.`, 'Its output', stderr),
      details,
    );
  }
  if (error instanceof StreamableHTTPError && error.code !== undefined) {
    const auth =
      error.code === 401 || error.code === 403
        ? ' Check the headers (an Authorization header, taken from pass-env).'
        : '';
    return new SnapshotError(
      withOutput(
        `${server}${where} answered ${context.step} with HTTP ${error.code}: ${error.message}.${auth}`,
        'Its output',
        stderr,
      ),
      details,
    );
  }
  if (context.transport === 'http' && error instanceof TypeError && /fetch failed/.test(error.message)) {
    const cause = (error.cause as Error | undefined)?.message;
    return new SnapshotError(
      withOutput(
        `Could not reach the MCP server at ${context.url}${cause ? ` (${cause})` : ''}${command ? `, started by "${command}"` : ''}. Check the URL, and that the server is running.`,
        'Its output',
        stderr,
      ),
      details,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SnapshotError(
    withOutput(`${server}${where} failed at ${context.step}: ${message}`, 'Its output', stderr),
    details,
  );
}

function describeExit(exit: ServerExit | undefined): string {
  if (exit?.code !== undefined && exit.code !== null) return `exited with code ${exit.code}`;
  if (exit?.signal) return `was killed by ${exit.signal}`;
  return 'exited';
}
