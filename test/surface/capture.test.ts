// Captures of raw MCP list results and snapshot files: real JSON-RPC answers of a real server,
// read back as snapshots, and the errors for files that are not what they should be.

import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshotJson, snapshotFromCapture } from '../../src/surface/capture.ts';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import type { McpSurface } from '../../src/surface/types.ts';
import { EXAMPLE_COMMAND, EXAMPLES, ROOT } from './helpers.ts';

const EVERYTHING = path.join(ROOT, 'node_modules/everything-2025-01/dist/index.js');

interface JsonRpcResponse {
  jsonrpc: '2.0';
  id: number;
  result?: Record<string, unknown> & { nextCursor?: string };
  error?: { code: number; message: string };
}

/**
 * Talk to a real server by hand, line by line, the way a user's own tooling (an inspector, a log)
 * would have captured it: the JSON-RPC responses exactly as they came over stdout.
 */
async function captureByHand(
  file: string,
): Promise<{ initialize: JsonRpcResponse; pages: Record<string, JsonRpcResponse[]> }> {
  const child = spawn(process.execPath, [file], { stdio: ['pipe', 'pipe', 'ignore'] });
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let id = 0;
  const request = async (method: string, params: Record<string, unknown> = {}): Promise<JsonRpcResponse> => {
    const mine = ++id;
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: mine, method, params })}\n`);
    for (;;) {
      const { value } = await lines.next();
      const message = JSON.parse(value as string) as JsonRpcResponse;
      if (message.id === mine) return message;
    }
  };
  try {
    const initialize = await request('initialize', {
      protocolVersion: '2024-11-05',
      capabilities: {},
      clientInfo: { name: 'capture-by-hand', version: '0' },
    });
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    const pages: Record<string, JsonRpcResponse[]> = {};
    for (const method of ['tools/list', 'prompts/list', 'resources/list', 'resources/templates/list']) {
      pages[method] = [];
      let cursor: string | undefined;
      do {
        const response = await request(method, cursor ? { cursor } : {});
        pages[method].push(response);
        cursor = response.result?.nextCursor;
      } while (cursor);
    }
    return { initialize, pages };
  } finally {
    child.kill('SIGKILL');
  }
}

let byHand: Awaited<ReturnType<typeof captureByHand>>;
let runtime: McpSurface;

beforeAll(async () => {
  byHand = await captureByHand(EVERYTHING);
  runtime = (await takeRuntimeSurface({ command: `node ${EVERYTHING}`, cwd: ROOT })).mcp;
});

function lists(mcp: McpSurface) {
  return { tools: mcp.tools, prompts: mcp.prompts, resources: mcp.resources, resourceTemplates: mcp.resourceTemplates };
}

function errorOf(fn: () => unknown): SnapshotError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return error as SnapshotError;
  }
  throw new Error('expected a SnapshotError');
}

describe('a capture of raw list results', () => {
  it('reads every page of real JSON-RPC responses as the same surface a runtime snapshot sees', () => {
    const responses = Object.values(byHand.pages).flat();
    expect(byHand.pages['resources/list']).toHaveLength(10);
    const snapshot = parseSnapshotJson(JSON.stringify(responses, null, 2), 'everything.json');
    expect(lists(snapshot.mcp!)).toEqual(lists(runtime));
    // No initialize result in the capture: the capabilities are unknown, not inferred from the lists.
    expect(snapshot.mcp!.capabilities).toEqual({});
    expect(snapshot.mcp!.uncaptured).toEqual(['capabilities']);
    expect(snapshot.provenance).toEqual({ mcp: 'capture', warnings: [] });
    expect(snapshot.package).toBeNull();
  });

  it('reads one object of merged results with the initialize answer, keeping the declared capabilities', () => {
    const result = (method: string) => byHand.pages[method]!.map((r) => r.result!);
    const merged = {
      ...byHand.initialize.result,
      tools: result('tools/list').flatMap((r) => r.tools as unknown[]),
      prompts: result('prompts/list').flatMap((r) => r.prompts as unknown[]),
    };
    const snapshot = parseSnapshotJson(JSON.stringify(merged), 'merged.json');
    expect(snapshot.mcp!.tools.map((t) => t.name)).toEqual(runtime.tools.map((t) => t.name));
    expect(snapshot.mcp!.capabilities).toEqual(runtime.capabilities);
    expect(snapshot.mcp!.serverInfo).toEqual({ name: 'example-servers/everything', version: '1.0.0' });
    expect(snapshot.mcp!.protocolVersion).toBe('2024-11-05');
    expect(snapshot.mcp!.resources).toEqual([]);
    // Lists the capture does not hold are not captured, rather than empty.
    expect(snapshot.mcp!.uncaptured).toEqual(['resources', 'resourceTemplates']);
  });

  it('warns that items are missing when the capture ends at a nextCursor', () => {
    const firstPage = byHand.pages['resources/list']![0]!.result!;
    const snapshot = snapshotFromCapture(firstPage, 'first-page.json');
    expect(snapshot.mcp!.resources).toHaveLength(10);
    expect(snapshot.provenance.warnings).toEqual([
      {
        part: 'mcp',
        message: `first-page.json ends with nextCursor "${firstPage.nextCursor}": the server had more resources than the capture holds; items on later pages count as missing.`,
      },
    ]);
  });

  it('names the tool that lacks an input schema', () => {
    const tools = structuredClone(byHand.pages['tools/list']![0]!.result!.tools) as Array<Record<string, unknown>>;
    delete tools[2]!.inputSchema;
    const error = errorOf(() => parseSnapshotJson(JSON.stringify({ tools }), 'tools.json'));
    expect(error.message).toBe(
      'tools.json is not a capture of MCP list results: tools[2] (the tool "printEnv") is missing "inputSchema".',
    );
  });

  it('names the tool listed twice', () => {
    const tools = byHand.pages['tools/list']![0]!.result!.tools as unknown[];
    const error = errorOf(() => parseSnapshotJson(JSON.stringify({ tools: [...tools, tools[1]] }), 'twice.json'));
    expect(error.message).toContain('twice.json lists the tool "add" more than once');
  });

  it('refuses a JSON-RPC error response, with its message', () => {
    const text = JSON.stringify({ jsonrpc: '2.0', id: 3, error: { code: -32601, message: 'Method not found' } });
    expect(errorOf(() => parseSnapshotJson(text, 'err.json')).message).toBe(
      'err.json is a JSON-RPC error response (Method not found), not list results.',
    );
  });

  it('refuses lists that are not arrays', () => {
    const error = errorOf(() => parseSnapshotJson('{"tools": {"echo": {}}}', 'obj.json'));
    expect(error.message).toBe('obj.json is not a capture of MCP list results: tools must be an array, not an object.');
  });

  it('refuses a JSON document that is neither a snapshot nor a capture', () => {
    const error = errorOf(() => parseSnapshotJson('{"name": "notes-mcp-server", "version": "1.0.0"}', 'package.json'));
    expect(error.message).toBe(
      'package.json is neither an mcpver snapshot (it has no "schemaVersion") nor a capture of MCP list results (it has none of "tools", "prompts", "resources", "resourceTemplates").',
    );
  });
});

describe('a snapshot file', () => {
  it('reads back exactly what takeSnapshot wrote', async () => {
    const written = await takeSnapshot({ dir: path.join(EXAMPLES, 'server-v2'), command: EXAMPLE_COMMAND });
    expect(parseSnapshotJson(`${JSON.stringify(written, null, 2)}\n`, 'v2.json')).toEqual(written);
  });

  it('gives the line and column of malformed JSON', () => {
    const text = '{\n  "schemaVersion": 1,\n  "package": null\n  "mcp": null\n}';
    expect(errorOf(() => parseSnapshotJson(text, 'old.json')).message).toBe(
      'old.json:4:3: invalid JSON: comma expected near "\\"mcp\\": null\\n}".',
    );
  });

  it('says when a file is empty', () => {
    expect(errorOf(() => parseSnapshotJson('  \n', 'empty.json')).message).toBe('empty.json is empty; expected JSON.');
  });

  it('names the missing field of a part', async () => {
    const written = await takeSnapshot({ dir: path.join(EXAMPLES, 'server-v1') });
    const broken = { ...written, package: { ...written.package, bin: undefined } };
    expect(errorOf(() => parseSnapshotJson(JSON.stringify(broken), 'v1.json')).message).toBe(
      'v1.json is not a valid mcpver snapshot: package is missing "bin".',
    );
  });

  it('tells a snapshot from a newer mcpver apart from a broken one', () => {
    const error = errorOf(() => parseSnapshotJson('{"schemaVersion": 2, "surface": {}}', 'future.json'));
    expect(error.message).toContain(
      'future.json is a snapshot of schema version 2, written by a newer mcpver; this one reads version 1.',
    );
  });
});
