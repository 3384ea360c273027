// The `mcp` part of a snapshot taken at runtime: start the server (stdio, or streamable HTTP at a
// URL) or reach a running one, ask it what it offers with the SDK's own client (paginated list
// calls), and always end its whole process group, whatever happened.

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { getDefaultEnvironment } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { setMaxListeners } from 'node:events';
import { ProcessGroup } from '../process/process-group.ts';
import { parseCommandLine, type CommandLine } from './command-line.ts';
import { z } from 'zod';
import { SnapshotError } from './errors.ts';
import { expandHeaders, waitForUrl } from './http-server.ts';
import { step, type Progress } from './progress.ts';
import { findDuplicateItem } from './duplicate-items.ts';
import { describeFailure, Timeout } from './runtime-failure.ts';
import { describeSchemaError, validateCapture } from './snapshot-schema.ts';
import { ProcessStdioTransport } from './stdio-transport.ts';
import type { McpPrompt, McpResource, McpResourceTemplate, McpSurface, McpTool, SurfaceWarning } from './types.ts';

/** How long a server may take to start and answer all its list calls (DESIGN.md: default 30 s). */
export const DEFAULT_RUNTIME_TIMEOUT_MS = 30_000;
/** A server that keeps sending cursors past this many pages is looping, not paginating. */
export const MAX_LIST_PAGES = 1000;

/** How mcpver introduces itself; a server should not vary its surface by client, so this is fixed. */
const CLIENT_INFO = { name: 'mcpver', version: '1.0.0' };

export type ServerTransport = 'stdio' | 'http';

export interface RuntimeSurfaceOptions {
  /**
   * The command that starts the server, parsed without a shell (see command-line.ts). Over stdio
   * it is required; over HTTP it is optional (without it, `url` is a server already running).
   */
  command?: string;
  /** How mcpver talks to the server: stdio (default) or streamable HTTP at `url`. */
  transport?: ServerTransport;
  /** The streamable HTTP endpoint (for example http://127.0.0.1:3000/mcp). */
  url?: string;
  /** HTTP headers sent with every request; `${NAME}` in a value is taken from `env`. */
  headers?: Record<string, string>;
  /** The working directory of the server: the package root. */
  cwd: string;
  /**
   * Extra environment for the server, on top of a safe default set of the caller's variables
   * (the SDK's: PATH, HOME, SHELL, TERM, USER, LOGNAME) so that the command can be found and run.
   */
  env?: Record<string, string>;
  /** Deadline for start plus every list call, in milliseconds. */
  timeoutMs?: number;
  /** Told the server's pid as soon as it runs (tests use it to prove that its group is gone). */
  onSpawn?: (pid: number) => void;
  progress?: Progress;
  /** How progress names this version ("v1.0.0", "the working tree"). */
  label?: string;
}

export interface RuntimeSurface {
  mcp: McpSurface;
  /** What the server did that was not fatal but should be known (a capability it did not serve…). */
  warnings: SurfaceWarning[];
}

/** What one connection attempt set up, for the failure message and for the clean-up. */
interface Connection {
  transport?: Transport;
  process?: ProcessGroup;
  stdio?: ProcessStdioTransport;
}

/** Start the server (or reach it), read its MCP surface, stop it; a failure of any kind is a SnapshotError. */
export async function takeRuntimeSurface(options: RuntimeSurfaceOptions): Promise<RuntimeSurface> {
  const { command, cwd } = options;
  const mode = options.transport ?? 'stdio';
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUNTIME_TIMEOUT_MS;
  const env = options.env ?? {};
  if (mode === 'stdio' && !command) throw new SnapshotError('A stdio MCP server needs a command to start it.');
  if (mode === 'http' && !options.url) {
    throw new SnapshotError(
      `An MCP server over streamable HTTP needs its URL${command ? ` (the one "${command}" listens on)` : ''}; give url.`,
      { command },
    );
  }
  const line: CommandLine | undefined = command ? parseCommandLine(command, env) : undefined;
  const url = options.url ? parseUrl(options.url) : undefined;
  const headers = expandHeaders(options.headers ?? {}, env);
  const label = options.label ? ` ${options.label}` : '';
  const what = command ? `"${command}"` : `at ${options.url}`;

  const connection: Connection = {};
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
  let negotiated: string | undefined;
  const serverEnv = { ...getDefaultEnvironment(), ...env, ...line?.env };
  const onStart = (group: ProcessGroup) => {
    connection.process = group;
    options.onSpawn?.(group.pid);
  };

  const work = (async (): Promise<McpSurface> => {
    await step(options.progress, `start${label} (${command ?? options.url})`, async () => {
      if (mode === 'stdio') {
        const transport = new ProcessStdioTransport(
          { file: line!.file, args: line!.args, cwd, env: serverEnv },
          onStart,
        );
        // The client tells the transport the negotiated version through this hook; stdio has no
        // other use for it, so it is where the version the server answered with is read.
        transport.setProtocolVersion = (version) => {
          negotiated = version;
        };
        connection.stdio = transport;
        connection.transport = transport;
      } else {
        if (line) {
          progress.step = `start (waiting for ${url!.href})`;
          onStart(
            await ProcessGroup.start({
              file: line.file,
              args: line.args,
              cwd,
              env: serverEnv,
              stdout: 'capture',
              stdin: 'ignore',
            }),
          );
          await waitForUrl(url!, connection.process!, controller.signal);
        }
        connection.transport = new StreamableHTTPClientTransport(url!, { requestInit: { headers } });
      }
      progress.step = 'initialize';
      await client.connect(connection.transport, requestOptions);
    });
    return step(options.progress, `list${label}`, async () => {
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
          return checkedPage<T>(
            pageNumber > 1 ? `${method} answer (page ${pageNumber})` : `${method} answer`,
            key,
            result,
          );
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
      const protocolVersion =
        negotiated ?? (connection.transport as { protocolVersion?: string } | undefined)?.protocolVersion;
      if (protocolVersion) mcp.protocolVersion = protocolVersion;
      const instructions = client.getInstructions();
      if (instructions !== undefined) mcp.instructions = instructions;
      return mcp;
    });
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
  // Stop the server before building any error, so that the output tail includes its last words.
  if (mode === 'http' && connection.transport) {
    // A server that keeps sessions is told this one is over (a running server outlives mcpver).
    await withTimeout((connection.transport as StreamableHTTPClientTransport).terminateSession(), 1000).catch(
      () => undefined,
    );
  }
  await client.close().catch(() => undefined);
  await connection.process?.stop();
  if ('mcp' in outcome) return { mcp: outcome.mcp, warnings };
  throw describeFailure(
    connection.stdio?.tooLarge ??
      (outcome.error instanceof Timeout ? (connection.stdio?.partialTooLarge ?? outcome.error) : outcome.error),
    {
      command: command ?? '',
      what,
      transport: mode,
      url: options.url,
      file: line?.file ?? '',
      cwd,
      timeoutMs,
      step: progress.step,
      stderr: connection.process?.output ?? '',
      exit: connection.process?.exit,
    },
  );
}

function parseUrl(text: string): URL {
  try {
    return new URL(text);
  } catch {
    throw new SnapshotError(`The server URL "${text}" is not a URL (for example http://127.0.0.1:3000/mcp).`);
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Accept any JSON object as a list result: ajv checks its shape below, with paths in its errors. */
const RAW_RESULT = z.record(z.string(), z.unknown());

/** One page of a list result, checked against the capture schema (the same one files are held to). */
function checkedPage<T>(answer: string, key: string, result: Record<string, unknown>): Page<T> {
  if (!Array.isArray(result[key])) {
    throw new Error(
      `its ${answer} has no "${key}" array (it has ${
        Object.keys(result)
          .map((k) => `"${k}"`)
          .join(', ') || 'no fields'
      })`,
    );
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
        warnings.push({
          part: 'mcp',
          message: `The server declares the capability for ${method} but answers "method not found"; recorded as empty.`,
        });
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
