// Static extraction of the MCP surface from sources: servers written for this test in temporary
// folders (zod 4 and zod 3, McpServer and low-level handlers, across files), checked against the
// same servers started over stdio; the published reference servers' JS; gaps and duplicates.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeStaticMcpSurface, crossCheckSurfaces } from '../../src/surface/mcp-static/index.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { emptySnapshot, type McpSurface } from '../../src/surface/types.ts';
import { ROOT, EXAMPLES, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

/** A package folder with these files and this repository's node_modules (SDK, zod, tsx). */
function writeServer(files: Record<string, string>, zodRange = '^4.0.0'): string {
  const dir = tempDir('mcpver-static-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'fixture', version: '1.0.0', type: 'module', dependencies: { zod: zodRange } }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const runtime = async (dir: string, entry = 'src/index.ts') =>
  (await takeRuntimeSurface({ command: `node --import tsx ${entry}`, cwd: dir })).mcp;

const schemasModule = (zod: string) => `
import { z } from '${zod}';
export const Limit = z.number().int().min(1).max(100).default(10).describe('How many results');
export const base = { query: z.string().min(1).describe('Words to find') };
export const Sort = z.enum(['asc', 'desc']);
export const Paging = z.object({ page: z.number().int().min(1).optional() });
export enum Names { Search = 'search', Fetch = 'fetch' }
`;

const mcpServerModule = (zod: string) => `
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from '${zod}';
import { base, Limit, Sort, Names, Paging } from './schemas.ts';

const server = new McpServer({ name: 'fixture', version: '2.0.0' }, { instructions: 'Fixture server.' });
const searchShape = {
  ...base,
  ...Paging.shape,
  limit: Limit.optional(),
  sort: Sort.optional(),
  tags: z.array(z.string()).max(5).optional(),
  mode: z.union([z.literal('fast'), z.literal('deep')]).nullable(),
};
const topic = 'the index';

server.registerTool(Names.Search, {
  title: 'Search',
  description: \`Search \${topic}.\`,
  inputSchema: searchShape,
  outputSchema: { total: z.number().int(), hits: z.array(z.object({ id: z.string(), score: z.number().min(0).max(1) })) },
  annotations: { readOnlyHint: true, openWorldHint: false },
}, async () => ({ content: [], structuredContent: { total: 0, hits: [] } }));
server.tool(Names.Fetch, 'Fetch a document.', { id: z.string().uuid(), format: z.enum(['md', 'html']).default('md') }, async () => ({ content: [] }));
server.tool('ping', async () => ({ content: [] }));
server.registerPrompt('summarize', { description: 'Summarize a text.', argsSchema: { text: z.string().describe('The text'), style: z.string().optional() } }, () => ({ messages: [] }));
server.prompt('greet', { name: z.string() }, () => ({ messages: [] }));
server.registerResource('readme', 'docs://readme', { mimeType: 'text/markdown', description: 'The README' }, async () => ({ contents: [] }));
server.registerResource('page', new ResourceTemplate('docs://pages/{id}', { list: undefined }), { mimeType: 'text/html' }, async () => ({ contents: [] }));
await server.connect(new StdioServerTransport());
`;

describe.each([
  ['zod 4', 'zod', '^4.0.0'],
  ['zod 3', 'zod/v3', '^3.25.0'],
])('an McpServer written with %s across two files', (_label, zod, range) => {
  const dir = writeServer({ 'src/schemas.ts': schemasModule(zod), 'src/index.ts': mcpServerModule(zod) }, range);

  it('reads exactly what the running server lists: tools, schemas, prompts, resources, capabilities', async () => {
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(fromSource.warnings).toEqual([]);
    expect(crossCheckSurfaces(running, fromSource.mcp)).toEqual([]);
    expect(fromSource.mcp.tools.map((t) => t.name)).toEqual(['search', 'fetch', 'ping']);
    expect(fromSource.mcp.tools[0]!.inputSchema).toEqual(running.tools[0]!.inputSchema);
    expect(Object.keys((fromSource.mcp.tools[0]!.inputSchema as { properties: object }).properties)).toEqual([
      'query',
      'page',
      'limit',
      'sort',
      'tags',
      'mode',
    ]);
    expect(fromSource.mcp.instructions).toBe('Fixture server.');
    expect(fromSource.mcp.serverInfo).toEqual({ name: 'fixture', version: '2.0.0' });
  });

  it('records where each item is declared, for annotations on the source', async () => {
    const { mcp } = await takeStaticMcpSurface(dir);
    expect(mcp.locations).toMatchObject({
      'tool:search': { file: 'src/index.ts', line: 18 },
      'tool:fetch': { file: 'src/index.ts', line: 25 },
      'tool:ping': { file: 'src/index.ts', line: 26 },
      'prompt:summarize': { file: 'src/index.ts', line: 27 },
      'prompt:greet': { file: 'src/index.ts', line: 28 },
      'resource:docs://readme': { file: 'src/index.ts', line: 29 },
      'resource-template:docs://pages/{id}': { file: 'src/index.ts', line: 30 },
    });
  });
});

describe('a low-level Server whose ListTools handler returns a literal list', () => {
  const dir = writeServer({
    'src/tools.ts': `
import { z } from 'zod/v3';
import { zodToJsonSchema } from 'zod-to-json-schema';
const EchoSchema = z.object({ message: z.string().describe('Message to echo') });
export const common = [{ name: 'echo', description: 'Echo.', inputSchema: zodToJsonSchema(EchoSchema) }];
export const extra = { name: 'add', description: 'Add.', inputSchema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'] } };
`,
    'src/index.ts': `
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { common, extra } from './tools.ts';
const server = new Server({ name: 'low', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => {
  const tools = [...common, extra];
  return { tools };
});
await server.connect(new StdioServerTransport());
`,
  });

  it('follows the spread of imported constants and zodToJsonSchema calls, and agrees with the running server', async () => {
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(fromSource.warnings).toEqual([]);
    expect(fromSource.mcp.tools.map((t) => t.name)).toEqual(['echo', 'add']);
    expect(crossCheckSurfaces(running, fromSource.mcp)).toEqual([]);
    expect(fromSource.mcp.locations?.['tool:echo']).toEqual({ file: 'src/index.ts', line: 7 });
  });
});

describe('tools registered in loops over literal lists', () => {
  const dir = writeServer({
    'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
const server = new McpServer({ name: 'loops', version: '1.0.0' });
const TOOLS = [
  { name: 'get_user', description: 'Get a user.', shape: { id: z.string() } },
  { name: 'list_users', description: 'List users.', shape: { limit: z.number().int().max(50).optional() } },
];
for (const tool of TOOLS) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: tool.shape }, async () => ({ content: [] }));
}
const PROMPTS = ['greet', 'farewell'] as const;
PROMPTS.forEach((name) => server.registerPrompt(name, { argsSchema: { who: z.string() } }, () => ({ messages: [] })));
[{ key: 'a', text: 'A' }].map(({ key, text }) => server.registerResource(key, \`docs://\${key}\`, { description: text }, async () => ({ contents: [] })));
await server.connect(new StdioServerTransport());
`,
  });

  it('reads one registration per element, as the running server lists them', async () => {
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(fromSource.warnings).toEqual([]);
    expect(fromSource.mcp.tools.map((t) => t.name)).toEqual(['get_user', 'list_users']);
    expect(fromSource.mcp.prompts.map((p) => p.name)).toEqual(['greet', 'farewell']);
    expect(fromSource.mcp.resources.map((r) => r.uri)).toEqual(['docs://a']);
    expect(crossCheckSurfaces(running, fromSource.mcp)).toEqual([]);
  });
});

describe('a tool registered under a condition', () => {
  const dir = writeServer({
    'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
const server = new McpServer({ name: 'conditional', version: '1.0.0' });
server.registerTool('always', {}, async () => ({ content: [] }));
if (process.env.MCPVER_TEST_ADMIN === '1') {
  server.registerTool('admin', {}, async () => ({ content: [] }));
}
await server.connect(new StdioServerTransport());
`,
  });

  it('is read, with a warning naming the condition, and the cross-check sees the running server without it', async () => {
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(fromSource.mcp.tools.map((t) => t.name)).toEqual(['always', 'admin']);
    expect(fromSource.warnings).toEqual([
      {
        part: 'mcp',
        message: 'the tool "admin" is registered only when `process.env.MCPVER_TEST_ADMIN === \'1\'`',
        location: { file: 'src/index.ts', line: 6 },
      },
    ]);
    // Every branch is read: the condition is kept with the item, and is not a gap in the reading.
    expect(fromSource.mcp.conditions).toEqual({ 'tool:admin': "process.env.MCPVER_TEST_ADMIN === '1'" });
    expect(fromSource.gaps).toEqual([]);
    expect(crossCheckSurfaces(running, fromSource.mcp).map((w) => w.message)).toEqual([
      'The sources declare the tool "admin", but the running server did not list it (registered conditionally, or later?)',
    ]);
  });
});

describe('registrations after an early guard', () => {
  const dir = writeServer({
    'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
const server = new McpServer({ name: 'guarded', version: '1.0.0' });
const empty = async () => ({ content: [] });

function addReports(target: McpServer) {
  target.registerTool('status', {}, empty);
  if (process.env.MCPVER_TEST_REPORTS !== 'on') return;
  target.registerTool('report', {}, empty);
}

function addAdmin(target: McpServer, readOnly: boolean) {
  if (readOnly) {
    target.registerTool('whoami', {}, empty);
    return;
  }
  target.registerTool('purge', {}, empty);
}

const plugins = [{ name: 'lint', enabled: true }, { name: 'format', enabled: false }];
for (const plugin of plugins) {
  if (!plugin.enabled) continue;
  if (!process.env.MCPVER_TEST_PLUGINS) {
    continue;
  }
  server.registerTool(plugin.name, {}, empty);
}

function addDebug(target: McpServer) {
  if (!process.env.MCPVER_TEST_DEBUG) throw new Error('set MCPVER_TEST_DEBUG');
  target.registerTool('debug', {}, empty);
}

addReports(server);
addAdmin(server, process.env.MCPVER_TEST_READ_ONLY === '1');
addDebug(server);
await server.connect(new StdioServerTransport());
`,
  });

  it('makes what follows a return or a continue conditional on the guard not holding, and still reads every branch', async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(gaps).toEqual([]);
    expect(mcp.tools.map((t) => t.name)).toEqual(['status', 'report', 'whoami', 'purge', 'lint', 'debug']);
    expect(mcp.conditions).toEqual({
      'tool:report': "process.env.MCPVER_TEST_REPORTS === 'on'",
      // The condition as written at the guard, where the value it tests is a parameter.
      'tool:whoami': 'readOnly',
      'tool:purge': '!readOnly',
      // A guard the evaluator decides (`plugin.enabled` of a literal) adds nothing, and drops "format".
      'tool:lint': 'process.env.MCPVER_TEST_PLUGINS',
      // `throw` is no guard: a server that cannot start is not one that lists fewer tools.
    });
  });
});

describe('a registration config filled in after its declaration', () => {
  // One class per tool: the base class builds the config object, then sets `outputSchema` on it only
  // when the subclass passed one, the way many servers keep outputs optional per tool.
  const dir = writeServer({
    'src/tool.ts': `import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ZodTypeAny, z } from 'zod';
export abstract class Tool<I extends ZodTypeAny, O extends ZodTypeAny = ZodTypeAny> {
  abstract readonly name: string;
  readonly input: I;
  readonly output?: O;
  constructor(params: { input: I; output?: O }) {
    this.input = params.input;
    this.output = params.output;
  }
  install(server: McpServer) {
    const config: { description?: string; inputSchema?: unknown; outputSchema?: unknown; _meta?: Record<string, unknown> } = {
      description: \`The \${this.name} tool.\`,
      inputSchema: (this.input as unknown as z.ZodObject<z.ZodRawShape>).shape,
    };
    if (this.output) {
      config.outputSchema = this.output;
    }
    config['_meta'] = { owner: 'maps' };
    return server.registerTool(this.name, config as never, async () => ({ content: [] }));
  }
}
`,
    'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { Tool } from './tool.ts';
const Place = z.object({ name: z.string(), code: z.string().optional() }).passthrough();
class Lookup extends Tool<z.ZodObject<{ q: z.ZodString }>, z.ZodObject<{ places: z.ZodArray<typeof Place> }>> {
  name = 'lookup';
  constructor() {
    super({ input: z.object({ q: z.string() }), output: z.object({ places: z.array(Place) }) });
  }
}
class Ping extends Tool<z.ZodObject<{}>> {
  name = 'ping';
  constructor() {
    super({ input: z.object({}) });
  }
}
const server = new McpServer({ name: 'maps', version: '1.0.0' });
for (const tool of [new Lookup(), new Ping()]) tool.install(server);
await server.connect(new StdioServerTransport());
`,
  });

  it('reads the properties set on it, as the running server lists them', async () => {
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(fromSource.gaps).toEqual([]);
    const lookup = fromSource.mcp.tools.find((t) => t.name === 'lookup');
    expect(lookup?.outputSchema).toMatchObject({
      properties: { places: { items: { required: ['name'], additionalProperties: {} } } },
    });
    expect(lookup?._meta).toEqual({ owner: 'maps' });
    expect(fromSource.mcp.tools.find((t) => t.name === 'ping')?.outputSchema).toBeUndefined();
    expect(fromSource.mcp.conditions).toBeUndefined();
    expect(crossCheckSurfaces(running, fromSource.mcp)).toEqual([]);
  });
});

describe('a tool without parameters in a zod 3 package', () => {
  // `inputSchema: {}` (or `z.object({}).shape`) has no value that tells the SDK which zod built it:
  // it is converted with the package's zod, like every other shape of the package.
  const server = (parameters: string) =>
    writeServer(
      {
        'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const server = new McpServer({ name: 'queue', version: '1.0.0' });
const none = z.object({});
server.registerTool('list_jobs', { inputSchema: ${parameters} }, async () => ({ content: [] }));
server.registerTool('get_job', { inputSchema: { id: z.string() } }, async () => ({ content: [] }));
`,
      },
      '^3.25.0',
    );

  it('is an object as closed as the others, so that gaining optional parameters is minor', async () => {
    const [before, after] = await Promise.all([
      takeStaticMcpSurface(server('none.shape')),
      takeStaticMcpSurface(server("{ region: z.enum(['eu', 'us']).optional() }")),
    ]);
    const listJobs = (mcp: McpSurface) => mcp.tools.find((t) => t.name === 'list_jobs')?.inputSchema;
    const getJob = (mcp: McpSurface) => mcp.tools.find((t) => t.name === 'get_job')?.inputSchema;
    expect(listJobs(before.mcp)).toMatchObject({ type: 'object', properties: {}, additionalProperties: false });
    expect(getJob(before.mcp)).toMatchObject({ additionalProperties: false });
    const changes = diffSnapshots({ ...emptySnapshot(), mcp: before.mcp }, { ...emptySnapshot(), mcp: after.mcp });
    expect(changes.map((c) => `${c.level} ${c.rule} ${c.subject}`)).toEqual([
      'minor input-optional-property-added tool:list_jobs.input.region',
    ]);
  });
});

describe('imports through tsconfig path aliases', () => {
  const dir = writeServer({
    'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', paths: { '@schemas/*': ['src/schemas/*'] } } }),
    'src/schemas/search.ts': `import { z } from 'zod';\nexport const SearchShape = { query: z.string().min(2) };\n`,
    'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { SearchShape } from '@schemas/search';\nconst server = new McpServer({ name: 'alias', version: '1.0.0' });\nserver.registerTool('search', { inputSchema: SearchShape }, async () => ({ content: [] }));\n`,
  });

  it('follows an alias from tsconfig.json paths to the schema it names', async () => {
    const { mcp, warnings } = await takeStaticMcpSurface(dir);
    expect(warnings).toEqual([]);
    expect(mcp.tools[0]!.inputSchema).toMatchObject({
      properties: { query: { type: 'string', minLength: 2 } },
      required: ['query'],
    });
  });
});

describe('a server in a monorepo whose tools live in a workspace package', () => {
  // pnpm workspace: apps/server imports its registrations from packages/common, which is not installed.
  const repo = tempDir('mcpver-monorepo-');
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), text);
  };
  write('pnpm-workspace.yaml', "packages:\n  - 'apps/*'\n  - 'packages/*'\n");
  write('package.json', JSON.stringify({ name: 'root', private: true }));
  write(
    'packages/common/package.json',
    JSON.stringify({ name: '@repo/common', version: '0.0.0', main: './src/index.ts' }),
  );
  write('packages/common/src/index.ts', `export { registerShared, registerUnused } from './shared';\n`);
  write(
    'packages/common/src/shared.ts',
    `
import { z } from 'zod';
export function registerShared(server: any) {
  server.registerTool('shared_search', { description: 'Search, shared by every app.', inputSchema: { q: z.string() } }, async () => ({ content: [] }));
}
// No app of this test calls it: not this server's surface.
export function registerUnused(server: any) {
  server.registerTool('unused_tool', { inputSchema: {} }, async () => ({ content: [] }));
}
export interface Context { accountTool(name: string, config: object, handler: Function): void }
export function makeContext(server: any): Context {
  return {
    accountTool(name: string, config: object, handler: Function) {
      server.registerTool(name, config, handler);
    },
  };
}
`,
  );
  write(
    'apps/server/package.json',
    JSON.stringify({
      name: 'server',
      version: '1.0.0',
      type: 'module',
      dependencies: { '@repo/common': 'workspace:*' },
    }),
  );
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(repo, 'apps/server/node_modules'));
  write(
    'apps/server/src/index.ts',
    `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { registerShared } from '@repo/common';
import { registerAccount } from './account';
const server = new McpServer({ name: 'server', version: '1.0.0' });
registerShared(server);
registerAccount(globalThis.context as never);
`,
  );
  write(
    'apps/server/src/account.ts',
    `
import type { Context } from '@repo/common/src/shared';
export function registerAccount(context: Context) {
  context.accountTool('account_list', {}, async () => ({ content: [] }));
}
`,
  );

  it('reads what the app reaches in the workspace package, not what it never calls, and says where a registration hides behind a value it cannot know', async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(path.join(repo, 'apps/server'));
    expect(mcp.tools.map((t) => t.name)).toEqual(['shared_search']);
    expect(mcp.tools[0]!.inputSchema).toMatchObject({ properties: { q: { type: 'string' } }, required: ['q'] });
    expect(mcp.locations?.['tool:shared_search']).toEqual({ file: '../../packages/common/src/shared.ts', line: 4 });
    expect(gaps).toEqual([
      expect.objectContaining({
        hidesItems: true,
        location: { file: '../../packages/common/src/shared.ts', line: 14 },
        message: expect.stringMatching(
          /`context\.accountTool\(…\)` is called \(src\/account\.ts:4\) on a value only known when the code runs/,
        ),
      }),
    ]);
  });
});

describe('`server.tool(…)` whose name cannot be read', () => {
  const dir = writeServer({
    'src/index.ts': `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { toolDefinitions } from 'some-toolkit';
const server = new McpServer({ name: 'ambiguous', version: '1.0.0' });
for (const t of toolDefinitions) server.tool(t.name, t.description, t.shape, async () => ({ content: [] }));
const helpers = { tool: (a: unknown, b: unknown) => [a, b] };
helpers.tool(toolDefinitions, 2);
`,
  });

  it('is a registration whose name is unknown when it is made on an McpServer (a gap that may hide tools), and nothing when `tool` is some other function', async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(mcp.tools).toEqual([]);
    expect(gaps).toEqual([expect.objectContaining({ hidesItems: true, location: { file: 'src/index.ts', line: 5 } })]);
  });
});

describe('a low-level Server that is connected, beside an McpServer that is only built', () => {
  const dir = writeServer({
    'src/tools.ts': `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
export const unused = new McpServer({ name: 'unused', version: '9.9.9' });
unused.tool('get_item', 'Get an item', { id: z.string() }, async () => ({ content: [] }));
export const tools = { get_item: { name: 'get_item', description: 'Get an item', inputSchema: { type: 'object', properties: { id: { type: 'string' } }, required: ['id'] } } };
`,
    'src/index.ts': `
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { tools } from './tools.ts';
const server = new Server({ name: 'served', version: '1.0.0' }, { capabilities: { tools: {} } });
server.setRequestHandler(ListToolsRequestSchema, async () => ({ tools: Object.values(tools) }));
await server.connect(new StdioServerTransport());
`,
  });

  it('takes the info and capabilities of the server connected to a transport, as declared (no listChanged an McpServer would add)', async () => {
    const { mcp } = await takeStaticMcpSurface(dir);
    expect(mcp.serverInfo).toEqual({ name: 'served', version: '1.0.0' });
    expect(mcp.capabilities).toEqual({ tools: {} });
    expect(mcp.tools.map((t) => t.name)).toEqual(['get_item']);
    // The running server agrees (the protocol version is only known to a client that connects).
    const { protocolVersion: _, ...served } = await runtime(dir);
    expect(mcp).toEqual({ ...served, locations: mcp.locations });
  });
});

describe('a FastMCP server (one object per item, added alone or in arrays)', () => {
  const dir = writeServer({
    'src/prompts.js': `
export default [
  { name: 'strategy', description: 'Pick a tool.', arguments: [], load: () => 'Use search first.' },
  { name: 'diagnose', description: 'Why a page fails.', arguments: [{ name: 'url', description: 'The page', required: true }], load: async () => 'Check the page.' },
];
`,
    'src/server.js': `
import { FastMCP } from 'fastmcp';
import { z } from 'zod';
import prompts from './prompts.js';
const server = new FastMCP({ name: 'fast', version: '1.0.0' });
server.addTool({ name: 'search', description: 'Search the web', parameters: z.object({ query: z.string() }), execute: async () => 'ok' });
const browserTools = [
  { name: 'navigate', description: 'Open a page', parameters: z.object({ url: z.string().url() }), execute: async () => 'ok' },
  { name: 'snapshot', description: 'Read the page', parameters: z.object({}), execute: async () => 'ok' },
];
server.addTools(browserTools);
server.addPrompts(prompts);
server.addResource({ uri: 'file:///logs/app.log', name: 'Application Logs', mimeType: 'text/plain', load: async () => ({ text: '' }) });
server.start({ transportType: 'stdio' });
`,
  });

  it('reads each tool, prompt and resource, whether added one by one or as an array', async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(gaps).toEqual([]);
    expect(mcp.tools.map((t) => t.name)).toEqual(['search', 'navigate', 'snapshot']);
    expect(mcp.tools[1]!.inputSchema).toMatchObject({
      properties: { url: { type: 'string', format: 'uri' } },
      required: ['url'],
    });
    expect(mcp.prompts).toEqual([
      { name: 'strategy', description: 'Pick a tool.', arguments: [] },
      {
        name: 'diagnose',
        description: 'Why a page fails.',
        arguments: [{ name: 'url', description: 'The page', required: true }],
      },
    ]);
    expect(mcp.resources).toEqual([{ uri: 'file:///logs/app.log', name: 'Application Logs', mimeType: 'text/plain' }]);
  });
});

describe('tools injected by a dependency-injection container, behind a `paths` alias without baseUrl', () => {
  const dir = writeServer({
    'tsconfig.json': JSON.stringify({
      compilerOptions: { experimentalDecorators: true, paths: { '@/*': ['./src/*'] } },
    }),
    'src/tokens.ts': `export const ToolDefinitions = Symbol('ToolDefinitions');\n`,
    'src/tools/definitions/index.ts': `
import { z } from 'zod';
export const allToolDefinitions = [
  { name: 'git_status', description: 'Status of the tree', inputSchema: z.object({ path: z.string() }) },
  { name: 'git_log', description: 'Commits', inputSchema: z.object({ limit: z.number().int().optional() }) },
];
`,
    'src/tools/registry.ts': `
import { injectable, injectAll, type DependencyContainer } from 'tsyringe';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ToolDefinitions } from '@/tokens.js';
import { allToolDefinitions } from '@/tools/definitions/index.js';
@injectable()
export class ToolRegistry {
  constructor(@injectAll(ToolDefinitions) private toolDefs: Array<{ name: string; description: string; inputSchema: unknown }>) {}
  registerAll(server: McpServer) {
    for (const tool of this.toolDefs) server.registerTool(tool.name, { description: tool.description, inputSchema: tool.inputSchema as never }, async () => ({ content: [] }));
  }
}
export const registerTools = (container: DependencyContainer) => {
  for (const tool of allToolDefinitions) container.register(ToolDefinitions, { useValue: tool });
};
`,
  });

  it('reads the values registered under the token the constructor asks for, through the alias', async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(gaps).toEqual([]);
    expect(mcp.tools.map((t) => t.name)).toEqual(['git_status', 'git_log']);
    expect(mcp.tools[1]!.inputSchema).toMatchObject({ properties: { limit: { type: 'integer' } } });
  });
});

describe('a registration function made by a factory (the style of generated servers)', () => {
  const dir = writeServer({
    'src/tools/listFlags.ts': `
import { z } from 'zod';
export const tool$listFlags = { name: 'list-flags', description: 'List feature flags', args: { request: z.object({ projectKey: z.string(), limit: z.number().int().optional() }) } };
`,
    'src/tools/deleteFlag.ts': `
import { z } from 'zod';
export const tool$deleteFlag = { name: 'delete-flag', description: 'Delete a flag', args: { request: z.object({ projectKey: z.string(), flagKey: z.string() }) } };
`,
    'src/register.ts': `
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
export function createRegisterTool(server: McpServer, allowed?: Set<string>) {
  return (tool: { name: string; description: string; args: Record<string, never> }): void => {
    if (allowed && !allowed.has(tool.name)) return;
    server.tool(tool.name, tool.description, tool.args, async () => ({ content: [] }));
  };
}
`,
    'src/server.ts': `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { createRegisterTool } from './register.js';
import { tool$listFlags } from './tools/listFlags.js';
import { tool$deleteFlag } from './tools/deleteFlag.js';
export function createServer() {
  const server = new McpServer({ name: 'flags', version: '1.0.0' });
  const tool = createRegisterTool(server);
  tool(tool$listFlags);
  tool(tool$deleteFlag);
  return server;
}
`,
  });

  it("reads one registration per call of the function the factory returned, with the factory's arguments bound", async () => {
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(gaps).toEqual([]);
    expect(mcp.tools.map((t) => t.name)).toEqual(['list-flags', 'delete-flag']);
    expect(mcp.tools[1]!.inputSchema).toMatchObject({
      properties: { request: { properties: { flagKey: { type: 'string' } }, required: ['projectKey', 'flagKey'] } },
    });
  });
});

describe('what cannot be known without running the code', () => {
  const dir = writeServer({
    'src/index.ts': `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { readFileSync } from 'node:fs';
const server = new McpServer({ name: 'gaps', version: '1.0.0' });
function makeShape() { return { q: z.string() }; }
server.registerTool('built', { description: 'Shape from a function.', inputSchema: makeShape() }, async () => ({ content: [] }));
server.registerTool('partly', { description: readFileSync('d.txt', 'utf8'), inputSchema: { known: z.string(), unknown: process.env.X as never } }, async () => ({ content: [] }));
for (const name of Object.keys(process.env)) server.registerTool(name, { inputSchema: {} }, async () => ({ content: [] }));
const LIST = [{ name: 'x' }]; LIST.push({ name: 'y' }); for (const t of LIST) server.registerTool(t.name, {}, async () => ({ content: [] }));
`,
  });

  it('follows what it can (a helper function, a list pushed to), and marks each gap in the snapshot with file and line, without guessing', async () => {
    const { mcp, warnings, gaps } = await takeStaticMcpSurface(dir);
    expect(mcp.tools.map((t) => t.name)).toEqual(['built', 'partly', 'x', 'y']);
    expect(mcp.tools[0]!.inputSchema).toMatchObject({
      type: 'object',
      properties: { q: { type: 'string' } },
      required: ['q'],
    });
    expect(mcp.tools[1]!.description).toMatch(/^\[not statically resolvable: /);
    expect((mcp.tools[1]!.inputSchema as { properties: Record<string, unknown> }).properties).toEqual({
      known: { type: 'string' },
      unknown: { 'x-mcpver-unresolved': expect.stringContaining('process') },
    });
    expect(warnings.map((w) => `${w.location?.file}:${w.location?.line} ${w.message}`)).toEqual([
      'src/index.ts:9 registered in a loop over `Object.keys(process.env)`, which is only known when the code runs: `process` (the environment and arguments the server is started with) is only known when it runs',
      expect.stringMatching(
        /^src\/index\.ts:8 "partly": calls `readFileSync\(…\)`, which is only known when the code runs/,
      ),
      'src/index.ts:8 "partly": `process` (the environment and arguments the server is started with) is only known when it runs',
    ]);
    // The loop may register any number of tools: the reading is partial in a way that can hide items.
    expect(gaps.map((g) => g.hidesItems)).toEqual([true, false, false]);
  });
});

describe('a tool registered in two places', () => {
  const dir = writeServer({
    'src/a.ts': `export const register = (server: any) => server.registerTool('search', { description: 'One.' }, async () => ({ content: [] }));\n`,
    'src/b.ts': `export const register = (server: any) => server.registerTool('search', { description: 'Two.' }, async () => ({ content: [] }));\n`,
  });

  it('lists the first and names both places (two servers of one package may each register it)', async () => {
    const { mcp, warnings } = await takeStaticMcpSurface(dir);
    expect(mcp.tools.map((t) => [t.name, t.description])).toEqual([['search', 'One.']]);
    expect(warnings.map((w) => w.message)).toEqual([
      'the tool "search" is registered at src/a.ts:1 and src/b.ts:1, on what may be different servers (the SDK refuses a second registration on one server); the first is listed',
    ]);
  });
});

describe('the example notes server, from its TypeScript sources', () => {
  it.each(['server-v1', 'server-v2'])('%s: static extraction agrees with the running server', async (version) => {
    const dir = path.join(EXAMPLES, version);
    const [fromSource, running] = await Promise.all([takeStaticMcpSurface(dir), runtime(dir)]);
    expect(crossCheckSurfaces(running, fromSource.mcp)).toEqual([]);
  });
});

describe('the published reference servers, from the JavaScript in their packages', () => {
  const pkg = (alias: string) => path.join(ROOT, 'node_modules', alias);
  const runtimeOf = async (alias: string, args = '') => {
    const manifest = (await import(path.join(pkg(alias), 'package.json'), { with: { type: 'json' } })).default as {
      bin: Record<string, string>;
    };
    return (
      await takeRuntimeSurface({ command: `node ${Object.values(manifest.bin)[0]} ${args}`.trim(), cwd: pkg(alias) })
    ).mcp;
  };
  const messages = (running: McpSurface, fromSource: McpSurface) =>
    crossCheckSurfaces(running, fromSource).map((w) => w.message);

  it.each(['memory-2025-04', 'memory-2026-08'])(
    '%s: every tool, schema, annotation and capability agrees with the running server',
    async (alias) => {
      const [fromSource, running] = await Promise.all([takeStaticMcpSurface(pkg(alias)), runtimeOf(alias)]);
      expect(fromSource.warnings).toEqual([]);
      expect(messages(running, fromSource.mcp)).toEqual([]);
    },
  );

  it.each(['filesystem-2025-03', 'filesystem-2026-08'])(
    '%s: the whole surface agrees with the running server',
    async (alias) => {
      const allowed = tempDir('mcpver-fs-allowed-');
      const [fromSource, running] = await Promise.all([takeStaticMcpSurface(pkg(alias)), runtimeOf(alias, allowed)]);
      expect(fromSource.warnings).toEqual([]);
      expect(messages(running, fromSource.mcp)).toEqual([]);
      expect(fromSource.mcp.tools.length).toBeGreaterThan(10);
    },
  );

  it('everything 2025.1.14: the whole surface agrees, the 100 resources generated with Array.from included', async () => {
    const [fromSource, running] = await Promise.all([
      takeStaticMcpSurface(pkg('everything-2025-01')),
      runtimeOf('everything-2025-01'),
    ]);
    expect(fromSource.warnings).toEqual([]);
    expect(fromSource.mcp.resources).toHaveLength(100);
    expect(messages(running, fromSource.mcp)).toEqual([]);
  });

  it('everything 2026.8.31: only conditional tools and file-system resources differ, each reported', async () => {
    const [fromSource, running] = await Promise.all([
      takeStaticMcpSurface(pkg('everything-2026-08')),
      runtimeOf('everything-2026-08', 'stdio'),
    ]);
    const disagreements = messages(running, fromSource.mcp);
    expect(disagreements.pop()).toMatch(
      /^The running server lists 7 resources that static extraction did not find in the sources: "demo:\/\/resource\/static\/document\/architecture\.md"/,
    );
    expect(disagreements).toEqual(
      [
        'get-roots-list',
        'trigger-elicitation-request-async',
        'trigger-elicitation-request',
        'trigger-sampling-request-async',
        'trigger-sampling-request',
        'trigger-url-elicitation',
      ].map(
        (name) =>
          `The sources declare the tool "${name}", but the running server did not list it (registered conditionally, or later?)`,
      ),
    );
    // The six conditional tools the running server did not list are exactly the ones the sources register under a condition.
    const conditional = fromSource.warnings
      .map((w) => /^the tool "([^"]+)" is registered only when `clientSupports/.exec(w.message)?.[1])
      .filter(Boolean);
    expect(conditional.sort()).toEqual([
      'get-roots-list',
      'trigger-elicitation-request',
      'trigger-elicitation-request-async',
      'trigger-sampling-request',
      'trigger-sampling-request-async',
      'trigger-url-elicitation',
    ]);
    expect(
      [
        ...new Set(fromSource.warnings.map((w) => w.location?.file).filter((f) => !f?.startsWith('dist/tools/'))),
      ].sort(),
    ).toEqual(['dist/resources/files.js', 'dist/resources/index.js', 'dist/resources/session.js']);
    // A resource a tool registers while it runs is not part of the listing at start-up: said, not a gap.
    expect(fromSource.warnings.find((w) => w.location?.file === 'dist/resources/session.js')?.message).toMatch(
      /^a resource is registered while a client's request runs the handler given to `registerTool` at dist\/tools\//,
    );
    expect(fromSource.gaps.filter((g) => g.hidesItems).map((g) => g.location?.file)).toEqual([
      'dist/resources/files.js',
    ]);
  });

  it('classifies the 2025 → 2026 everything release the same from sources as from the running servers', async () => {
    const snapshot = (mcp: McpSurface) => Object.assign(emptySnapshot(), { mcp });
    const [a, b] = await Promise.all([
      takeStaticMcpSurface(pkg('everything-2025-01')),
      takeStaticMcpSurface(pkg('everything-2026-08')),
    ]);
    const renames = diffSnapshots(snapshot(a.mcp), snapshot(b.mcp))
      .filter((c) => c.rule === 'tool-renamed')
      .map((c) => `${String(c.before)}→${String(c.after)}`);
    expect(renames).toEqual([
      'add→get-sum',
      'getTinyImage→get-tiny-image',
      'longRunningOperation→trigger-long-running-operation',
      'printEnv→get-env',
    ]);
  });
});
