// The `mcp` part of a snapshot taken at runtime: start the server over stdio, ask it what it offers
// with the SDK's own client (paginated list calls), and always stop it, whatever happened.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import type { ChildProcess } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import { parseCommandLine } from './command-line.ts';
import { z } from 'zod';
import { findDuplicateItem } from './duplicate-items.ts';
import { describeFailure, Timeout, type ServerExit } from './runtime-failure.ts';
import { describeSchemaError, validateCapture } from './snapshot-schema.ts';
import type { McpPrompt, McpResource, McpResourceTemplate, McpSurface, McpTool, SurfaceWarning } from './types.ts';

/** How long a server may take to start and answer all its list calls (DESIGN.md: default 30 s). */
export const DEFAULT_RUNTIME_TIMEOUT_MS = 30_000;
/** A server that keeps sending cursors past this many pages is looping, not paginating. */
export const MAX_LIST_PAGES = 1000;
/** Keep this much of the server's stderr: the error message shows only its tail anyway. */
const STDERR_KEEP_CHARS = 64 * 1024;
/** After the SDK's own shutdown (stdin closed, SIGTERM, SIGKILL), how long to wait for the pid to vanish. */
const EXIT_WAIT_MS = 3000;
const EXIT_POLL_MS = 25;

/** How mcpver introduces itself; a server should not vary its surface by client, so this is fixed. */
const CLIENT_INFO = { name: 'mcpver', version: '1.0.0' };

export interface RuntimeSurfaceOptions {
  /** The command that starts the server on stdio, parsed without a shell (see command-line.ts). */
  command: string;
  /** The working directory of the server: the package root. */
  cwd: string;
  /**
   * Extra environment for the server. The SDK adds a safe default set of the caller's variables
   * (PATH, HOME, SHELL, TERM, USER, LOGNAME) so that the command can be found and run.
   */
  env?: Record<string, string>;
  /** Deadline for start plus every list call, in milliseconds. */
  timeoutMs?: number;
  /** Told the server's pid as soon as it runs (tests use it to prove that the child is gone). */
  onSpawn?: (pid: number) => void;
}

export interface RuntimeSurface {
  mcp: McpSurface;
  /** What the server did that was not fatal but should be known (a capability it did not serve…). */
  warnings: SurfaceWarning[];
}

/** Start the server, read its MCP surface, stop it; a failure of any kind is a SnapshotError. */
export async function takeRuntimeSurface(options: RuntimeSurfaceOptions): Promise<RuntimeSurface> {
  const { command, cwd } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUNTIME_TIMEOUT_MS;
  const line = parseCommandLine(command, options.env);
  const transport = new StdioClientTransport({
    command: line.file,
    args: line.args,
    cwd,
    env: { ...options.env, ...line.env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEEP_CHARS);
  });

  let pid: number | null = null;
  let exit: ServerExit | undefined;
  const startTransport = transport.start.bind(transport);
  transport.start = async () => {
    await startTransport();
    pid = transport.pid;
    if (pid !== null) options.onSpawn?.(pid);
    // The transport keeps its child private; its exit code is worth the peek, since "exited with
    // code 1" tells a user more than "the connection closed". Absent, the message just omits it.
    const child = (transport as unknown as { _process?: ChildProcess })._process;
    child?.once('exit', (code, signal) => {
      exit = { code, signal };
    });
  };
  // The client tells HTTP transports the negotiated version through this hook; stdio has none, so
  // it is the one place where the version the server answered with can be read.
  let protocolVersion: string | undefined;
  (transport as { setProtocolVersion?: (version: string) => void }).setProtocolVersion = (version) => {
    protocolVersion = version;
  };

  const warnings: SurfaceWarning[] = [];
  const client = new Client(CLIENT_INFO, { capabilities: {} });
  client.onerror = (error) => {
    warnings.push({ part: 'mcp', message: `The server wrote something that is not an MCP message: ${error.message}` });
  };

  const controller = new AbortController();
  // Every request the SDK makes (one per page) listens on this one signal; a long paginated
  // listing is not a leak, so lift Node's warning threshold for it.
  setMaxListeners(0, controller.signal);
  const requestOptions = { signal: controller.signal, timeout: timeoutMs };
  const progress = { step: 'start' };
  const work = (async (): Promise<McpSurface> => {
    progress.step = 'initialize';
    await client.connect(transport, requestOptions);
    const capabilities = (client.getServerCapabilities() ?? {}) as Record<string, unknown>;
    const has = (capability: string) => capabilities[capability] !== undefined && capabilities[capability] !== null;
    const list = <T>(method: string, page: (cursor: string | undefined, pageNumber: number) => Promise<Page<T>>) => {
      progress.step = method;
      return listAllPages(method, page, warnings);
    };
    // The raw answers, not the SDK's parsed ones: its schemas drop fields they do not know, and
    // a snapshot keeps everything the server sent (newer fields, vendor extensions) to compare.
    const rawList = <T>(method: string, key: string) =>
      list<T>(method, async (cursor, pageNumber) => {
        const result = await client.request({ method, params: cursor ? { cursor } : {} }, RAW_RESULT, requestOptions);
        return checkedPage<T>(pageNumber > 1 ? `${method} answer (page ${pageNumber})` : `${method} answer`, key, result);
      });
    const tools = has('tools') ? await rawList<McpTool>('tools/list', 'tools') : [];
    const prompts = has('prompts') ? await rawList<McpPrompt>('prompts/list', 'prompts') : [];
    const resources = has('resources') ? await rawList<McpResource>('resources/list', 'resources') : [];
    const resourceTemplates = has('resources')
      ? await rawList<McpResourceTemplate>('resources/templates/list', 'resourceTemplates')
      : [];
    const mcp: McpSurface = { capabilities, tools, prompts, resources, resourceTemplates };
    const duplicate = findDuplicateItem(mcp);
    if (duplicate) throw duplicate;
    const serverInfo = client.getServerVersion();
    if (serverInfo) mcp.serverInfo = serverInfo as McpSurface['serverInfo'];
    if (protocolVersion) mcp.protocolVersion = protocolVersion;
    const instructions = client.getInstructions();
    if (instructions !== undefined) mcp.instructions = instructions;
    return mcp;
  })();
  work.catch(() => undefined); // when the deadline wins the race, the late rejection is expected

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new Timeout());
    }, timeoutMs);
  });

  let outcome: { mcp: McpSurface } | { error: unknown };
  try {
    outcome = { mcp: await Promise.race([work, deadline]) };
  } catch (error) {
    outcome = { error };
  } finally {
    clearTimeout(timer);
  }
  // Stop the server before building any error, so that the stderr tail includes its last words.
  await client.close().catch(() => undefined);
  await ensureExited(pid);
  if ('mcp' in outcome) return { mcp: outcome.mcp, warnings };
  throw describeFailure(outcome.error, { command, file: line.file, cwd, timeoutMs, step: progress.step, stderr, exit });
}

/** Accept any JSON object as a list result: ajv checks its shape below, with paths in its errors. */
const RAW_RESULT = z.record(z.string(), z.unknown());

/** One page of a list result, checked against the capture schema (the same one files are held to). */
function checkedPage<T>(answer: string, key: string, result: Record<string, unknown>): Page<T> {
  if (!Array.isArray(result[key])) {
    throw new Error(`its ${answer} has no "${key}" array (it has ${Object.keys(result).map((k) => `"${k}"`).join(', ') || 'no fields'})`);
  }
  if (!validateCapture(result)) {
    throw new Error(`its ${answer} is malformed: ${describeSchemaError(validateCapture.errors![0]!, result)}`);
  }
  const nextCursor = result.nextCursor;
  return { items: result[key] as T[], nextCursor: typeof nextCursor === 'string' ? nextCursor : undefined };
}

interface Page<T> {
  items: T[];
  nextCursor?: string;
}

/** Follow `nextCursor` to the end; a method the server declared but does not serve is a warning. */
async function listAllPages<T>(
  method: string,
  page: (cursor: string | undefined, pageNumber: number) => Promise<Page<T>>,
  warnings: SurfaceWarning[],
): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let n = 0; n < MAX_LIST_PAGES; n++) {
    let result: Page<T>;
    try {
      result = await page(cursor, n + 1);
    } catch (error) {
      if (error instanceof McpError && error.code === ErrorCode.MethodNotFound) {
        warnings.push({ part: 'mcp', message: `The server declares the capability for ${method} but answers "method not found"; recorded as empty.` });
        return items;
      }
      throw error;
    }
    items.push(...result.items);
    cursor = result.nextCursor;
    if (cursor === undefined || cursor === null) return items;
    if (seen.has(cursor)) throw new Error(`${method} returned the cursor "${cursor}" twice; its pagination loops.`);
    seen.add(cursor);
  }
  throw new Error(`${method} was still returning a nextCursor after ${MAX_LIST_PAGES} pages.`);
}



function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The SDK's close ends stdin, then sends SIGTERM, then SIGKILL, but does not wait for the last
 * one to land. Wait for the pid to vanish, and kill it outright if it is still there, so that a
 * snapshot never leaves a server running behind it.
 */
async function ensureExited(pid: number | null): Promise<void> {
  if (pid === null) return;
  for (let waited = 0; waited < EXIT_WAIT_MS && isAlive(pid); waited += EXIT_POLL_MS) await sleep(EXIT_POLL_MS);
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // gone between the check and the kill
  }
  for (let waited = 0; waited < EXIT_WAIT_MS && isAlive(pid); waited += EXIT_POLL_MS) await sleep(EXIT_POLL_MS);
}
