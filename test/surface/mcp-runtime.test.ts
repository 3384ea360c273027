// The runtime MCP surface: real servers started over stdio (the example, the npm reference
// servers, a paging fixture), and the ways a server command goes wrong.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SnapshotError } from '../../src/surface/errors.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { EXAMPLE_COMMAND, EXAMPLES, isAlive, PAGED_SERVER, ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** `node <bin of the installed package>`, read from the package's own package.json. */
function npmServerCommand(alias: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'node_modules', alias, 'package.json'), 'utf8'));
  const bin = Object.values(manifest.bin as Record<string, string>)[0]!;
  return `node ${JSON.stringify(path.join(ROOT, 'node_modules', alias, bin))}`;
}

/** Run a snapshot and keep the pid of the child it started, to prove afterwards that it is gone. */
async function capture(options: Parameters<typeof takeRuntimeSurface>[0]) {
  const pids: number[] = [];
  const result = await takeRuntimeSurface({ ...options, onSpawn: (pid) => pids.push(pid) }).then(
    (surface) => ({ surface, error: undefined }),
    (error: unknown) => ({ surface: undefined, error }),
  );
  return { ...result, pids };
}

async function failure(options: Parameters<typeof takeRuntimeSurface>[0]) {
  const { error, pids } = await capture(options);
  expect(error).toBeInstanceOf(SnapshotError);
  return { error: error as SnapshotError, pids };
}

describe('the example notes server', () => {
  it('lists the tools, prompts, resources and templates of 1.0.0 with server info and capabilities', async () => {
    const { surface, pids } = await capture({ command: EXAMPLE_COMMAND, cwd: path.join(EXAMPLES, 'server-v1') });
    const mcp = surface!.mcp;
    expect(mcp.tools.map((t) => t.name)).toEqual(['add_note', 'list_notes', 'search_notes', 'delete_note']);
    expect(mcp.prompts.map((p) => p.name)).toEqual(['summarize_notes']);
    expect(mcp.prompts[0]!.arguments).toEqual([{ name: 'tag', required: true }]);
    expect(mcp.resources.map((r) => r.uri)).toEqual(['notes://all']);
    expect(mcp.resourceTemplates.map((t) => t.uriTemplate)).toEqual(['notes://note/{id}']);
    expect(mcp.serverInfo).toEqual({ name: 'notes', version: '1.0.0' });
    expect(mcp.protocolVersion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(mcp.capabilities).sort()).toEqual(['prompts', 'resources', 'tools']);
    expect(mcp.instructions).toBe('Keeps short notes for this session.');
    const search = mcp.tools.find((t) => t.name === 'search_notes')!;
    expect(search.inputSchema).toMatchObject({ type: 'object', required: ['query'] });
    expect(search.annotations).toEqual({ readOnlyHint: true });
    expect(surface!.warnings).toEqual([]);
    expect(pids).toHaveLength(1);
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('sees 1.1.0 drop delete_note, add archive_note and require a new search_notes parameter', async () => {
    const { surface } = await capture({ command: EXAMPLE_COMMAND, cwd: path.join(EXAMPLES, 'server-v2') });
    const mcp = surface!.mcp;
    expect(mcp.tools.map((t) => t.name)).toEqual(['add_note', 'list_notes', 'search_notes', 'archive_note']);
    const search = mcp.tools.find((t) => t.name === 'search_notes')!;
    expect(search.inputSchema).toMatchObject({
      required: ['query', 'field'],
      properties: { field: { type: 'string', enum: ['title', 'body', 'both'] } },
    });
    expect(mcp.serverInfo?.version).toBe('1.1.0');
  });
});

describe('the npm reference servers', () => {
  it('pages through the 100 resources of server-everything 2025.1.14 (10 per page)', async () => {
    const { surface, pids } = await capture({ command: npmServerCommand('everything-2025-01'), cwd: ROOT });
    const mcp = surface!.mcp;
    expect(mcp.serverInfo?.name).toBe('example-servers/everything');
    expect(mcp.protocolVersion).toBe('2024-11-05');
    expect(mcp.tools.map((t) => t.name)).toEqual([
      'echo',
      'add',
      'printEnv',
      'longRunningOperation',
      'sampleLLM',
      'getTinyImage',
    ]);
    expect(mcp.prompts.map((p) => p.name)).toEqual(['simple_prompt', 'complex_prompt']);
    expect(mcp.resources).toHaveLength(100);
    expect(new Set(mcp.resources.map((r) => r.uri)).size).toBe(100);
    expect(mcp.resources[0]!.uri).toBe('test://static/resource/1');
    expect(mcp.resources[99]!.uri).toBe('test://static/resource/100');
    // Fields the SDK's schemas do not know are kept as the server sent them.
    expect(mcp.resources[0]).toMatchObject({ name: 'Resource 1', text: 'Resource 1: This is a plaintext resource' });
    expect(mcp.resourceTemplates.map((t) => t.uriTemplate)).toEqual(['test://static/resource/{id}']);
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('reads server-everything 2026.8.31 started with its stdio argument', async () => {
    const { surface } = await capture({ command: `${npmServerCommand('everything-2026-08')} stdio`, cwd: ROOT });
    const mcp = surface!.mcp;
    expect(mcp.serverInfo).toMatchObject({ name: 'mcp-servers/everything', title: 'Everything Reference Server' });
    expect(mcp.tools.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'echo',
        'get-sum',
        'get-tiny-image',
        'get-structured-content',
        'trigger-long-running-operation',
      ]),
    );
    // The 2025 camelCase names are gone: this is the break mcpver exists to catch.
    expect(mcp.tools.map((t) => t.name)).not.toContain('getTinyImage');
    expect(mcp.prompts.map((p) => p.name)).toEqual([
      'simple-prompt',
      'args-prompt',
      'completable-prompt',
      'resource-prompt',
    ]);
    expect(mcp.resourceTemplates.map((t) => t.uriTemplate)).toEqual([
      'demo://resource/dynamic/text/{resourceId}',
      'demo://resource/dynamic/blob/{resourceId}',
    ]);
    const structured = mcp.tools.find((t) => t.name === 'get-structured-content')!;
    expect(structured.outputSchema).toMatchObject({ type: 'object' });
  });

  it.each(['memory-2025-04', 'memory-2026-08'])('reads the nine knowledge-graph tools of %s', async (alias) => {
    const memoryFile = path.join(tempDir(), 'memory.jsonl');
    const { surface, pids } = await capture({
      command: npmServerCommand(alias),
      cwd: ROOT,
      env: { MEMORY_FILE_PATH: memoryFile },
    });
    const mcp = surface!.mcp;
    expect(mcp.serverInfo?.name).toBe('memory-server');
    expect(mcp.tools.map((t) => t.name)).toEqual([
      'create_entities',
      'create_relations',
      'add_observations',
      'delete_entities',
      'delete_observations',
      'delete_relations',
      'read_graph',
      'search_nodes',
      'open_nodes',
    ]);
    // Only lists whose capability is declared are called: 2025.4.25 declares tools alone.
    if (alias === 'memory-2025-04') expect(Object.keys(mcp.capabilities)).toEqual(['tools']);
    expect(mcp.prompts).toEqual([]);
    expect(surface!.warnings).toEqual([]);
    expect(isAlive(pids[0]!)).toBe(false);
  });
});

describe('pagination', () => {
  it('follows nextCursor through every page, and calls only the lists the server declares', async () => {
    const calls = path.join(tempDir(), 'calls.txt');
    const { surface } = await capture({
      command: `node ${PAGED_SERVER} --tools 7 --prompts 4 --page-size 3`,
      cwd: ROOT,
      env: { CALLS_FILE: calls },
    });
    expect(surface!.mcp.tools.map((t) => t.name)).toEqual([
      'tool_1',
      'tool_2',
      'tool_3',
      'tool_4',
      'tool_5',
      'tool_6',
      'tool_7',
    ]);
    expect(surface!.mcp.prompts.map((p) => p.name)).toEqual(['prompt_1', 'prompt_2', 'prompt_3', 'prompt_4']);
    expect(readFileSync(calls, 'utf8').trim().split('\n')).toEqual([
      'initialized',
      'tools/list -',
      'tools/list 3',
      'tools/list 6',
      'prompts/list -',
      'prompts/list 3',
    ]);
  });

  it('stops a server whose cursor never ends, naming the list and the cursor', async () => {
    const { error, pids } = await failure({ command: `node ${PAGED_SERVER} --loop`, cwd: ROOT });
    expect(error.message).toContain('tools/list returned the cursor "again" twice');
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('refuses a listing with one tool name twice, naming the tool', async () => {
    const { error } = await failure({ command: `node ${PAGED_SERVER} --tools 4 --duplicate tool_2`, cwd: ROOT });
    expect(error.message).toContain('lists the tool "tool_2" more than once');
  });
});

describe('when the server answers against the protocol', () => {
  it('names the list and the tool that lacks an input schema', async () => {
    const { error, pids } = await failure({ command: `node ${PAGED_SERVER} --tools 5 --no-schema 4`, cwd: ROOT });
    expect(error.message).toContain(
      'failed at tools/list: its tools/list answer (page 2) is malformed: tools[0] (the tool "tool_4") is missing "inputSchema"',
    );
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('records a declared list the server does not serve as empty, with a warning', async () => {
    const { surface } = await capture({ command: `node ${PAGED_SERVER} --tools 1 --resources 4`, cwd: ROOT });
    expect(surface!.mcp.resources.map((r) => r.uri)).toEqual([
      'fixture://item/1',
      'fixture://item/2',
      'fixture://item/3',
      'fixture://item/4',
    ]);
    expect(surface!.mcp.resourceTemplates).toEqual([]);
    expect(surface!.warnings).toEqual([
      {
        part: 'mcp',
        message:
          'The server declares the capability for resources/templates/list but answers "method not found"; recorded as empty.',
      },
    ]);
  });

  it('reads a server that logs to stdout, and warns about the line that is not MCP', async () => {
    const { surface } = await capture({ command: `node ${PAGED_SERVER} --tools 2 --noise`, cwd: ROOT });
    expect(surface!.mcp.tools.map((t) => t.name)).toEqual(['tool_1', 'tool_2']);
    expect(surface!.warnings).toHaveLength(1);
    expect(surface!.warnings[0]!.message).toContain('The server wrote something that is not an MCP message');
  });
});

describe('when the server command goes wrong', () => {
  it('says which command was not found', async () => {
    const { error, pids } = await failure({ command: 'mcpver-no-such-server --stdio', cwd: ROOT });
    expect(error.message).toContain('"mcpver-no-such-server" was not found');
    expect(error.command).toBe('mcpver-no-such-server --stdio');
    expect(pids).toEqual([]);
  });

  it('shows what a server that exits at once wrote to stderr', async () => {
    const command = `node -e "console.error('cannot read /etc/notes.json: permission denied'); process.exit(2)"`;
    const { error, pids } = await failure({ command, cwd: ROOT });
    expect(error.message).toContain(`started by "${command}"`);
    expect(error.message).toContain('exited with code 2 before it answered initialize');
    expect(error.message).toContain('cannot read /etc/notes.json: permission denied');
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('times out a server that never answers, kills it, and shows its stderr', async () => {
    const command = `node -e "console.error('listening on http://localhost:3000'); setInterval(() => {}, 1000)"`;
    const { error, pids } = await failure({ command, cwd: ROOT, timeoutMs: 1500 });
    expect(error.message).toContain('did not answer initialize within 1.5 s, so it was stopped');
    expect(error.message).toContain('listening on http://localhost:3000');
    expect(pids).toHaveLength(1);
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('kills a hung server that ignores SIGTERM and a closed stdin', async () => {
    const command = `node -e "process.on('SIGTERM', () => {}); process.stdin.resume(); setInterval(() => {}, 1000)"`;
    const { error, pids } = await failure({ command, cwd: ROOT, timeoutMs: 1000 });
    expect(error.message).toContain('did not answer initialize');
    expect(isAlive(pids[0]!)).toBe(false);
  });

  it('refuses a command that needs a shell before starting anything', async () => {
    const { error, pids } = await failure({ command: 'npm run build && node build/index.js', cwd: ROOT });
    expect(error.message).toContain('contains "&&", which needs a shell');
    expect(pids).toEqual([]);
  });

  it('passes quoted arguments and leading NAME=value assignments to the server', async () => {
    const calls = path.join(tempDir('mcpver quoted '), 'calls.txt');
    const { surface } = await capture({ command: `CALLS_FILE='${calls}' node "${PAGED_SERVER}" --tools 2`, cwd: ROOT });
    expect(surface!.mcp.tools.map((t) => t.name)).toEqual(['tool_1', 'tool_2']);
    expect(readFileSync(calls, 'utf8')).toContain('tools/list -');
  });
});
