// One class per tool, as real servers write it: constructor arrays instantiated through a factory
// that picks constructor arguments by base class, filtered by mode and read-only gates, registered in
// a loop through `tool.name` / `tool.getInputSchema()`; and an abstract base whose `register(server)`
// reads each subclass's fields, statics and getters. Servers written for this test, read from their
// sources and compared with the same servers started over stdio.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeStaticMcpSurface, crossCheckSurfaces } from '../../src/surface/mcp-static/index.ts';
import { takeRuntimeSurface } from '../../src/surface/mcp-runtime.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

function writeServer(files: Record<string, string>, zodRange: string): string {
  const dir = tempDir('mcpver-classes-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'classes-fixture',
      version: '1.0.0',
      type: 'module',
      dependencies: { zod: zodRange, '@modelcontextprotocol/sdk': '^1.0.0' },
    }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const runtime = async (dir: string, env: Record<string, string> = {}) =>
  (await takeRuntimeSurface({ command: 'node --import tsx src/index.ts', cwd: dir, env })).mcp;

// ── constructor arrays, a factory, filters ──────────────────────────────────────────────────────

const toolModule = (zod: string) => `import { z } from '${zod}';
export enum ToolType { READ = 'read', WRITE = 'write', RAW = 'raw' }
export type Shape = Record<string, z.ZodTypeAny>;
export interface Tool {
  name: string;
  type: ToolType;
  annotations?: { title?: string; readOnlyHint?: boolean };
  getDescription(): string;
  getInputSchema(): Shape | undefined;
}
export const annotate = (a: { title: string; readOnlyHint: boolean }) => ({ ...a, openWorldHint: false });
export interface Context { boardId?: number }
export abstract class BaseApiTool implements Tool {
  abstract name: string;
  abstract type: ToolType;
  annotations?: { title?: string; readOnlyHint?: boolean };
  constructor(protected readonly client: unknown, protected readonly token: string, protected readonly context?: Context) {}
  abstract getDescription(): string;
  abstract getInputSchema(): Shape | undefined;
}
export abstract class BaseAppsTool implements Tool {
  abstract name: string;
  type = ToolType.READ;
  constructor(protected readonly token: string) {}
  getDescription() { return \`Apps: \${this.name}\`; }
  getInputSchema(): Shape | undefined { return undefined; }
}
`;

const searchModule = (zod: string) => `import { z } from '${zod}';
import { annotate, BaseApiTool, ToolType } from '../tool.ts';
export enum SearchType { Boards = 'BOARD', Docs = 'DOCUMENTS' }
export enum Priority { Low = 1, High = 2 }
export const searchSchema = {
  searchTerm: z.string().min(1).describe('What to find'),
  searchType: z.preprocess((v) => (typeof v === 'string' ? v.toUpperCase() : v), z.nativeEnum(SearchType)),
  priority: z.nativeEnum(Priority).optional(),
  // A preprocess step under a default: still optional (zod 3 parses undefined through it to decide).
  limit: z.preprocess((v) => (typeof v === 'number' && v > 50 ? 50 : v), z.number().max(50)).optional().default(10),
};
export class SearchTool extends BaseApiTool {
  name = 'search';
  type = ToolType.READ;
  annotations = annotate({ title: 'Search', readOnlyHint: true });
  getDescription() { return 'Search boards and docs'; }
  getInputSchema() { return searchSchema; }
}
`;

const itemModule = (zod: string) => `import { z } from '${zod}';
import { annotate, BaseApiTool, ToolType } from '../tool.ts';
export const createItemSchema = { name: z.string().min(1).max(255), groupId: z.string().optional() };
export const createItemInBoardSchema = { boardId: z.number().describe('The board'), ...createItemSchema };
export class CreateItemTool extends BaseApiTool {
  name = 'create_item';
  type = ToolType.WRITE;
  annotations = annotate({ title: 'Create item', readOnlyHint: false });
  getDescription() { return 'Create an item'; }
  getInputSchema() {
    if (this.context?.boardId) {
      return createItemSchema;
    }
    return createItemInBoardSchema;
  }
}
export class RawQueryTool extends BaseApiTool {
  name = 'raw_query';
  type = ToolType.RAW;
  getDescription() { return 'Any query'; }
  getInputSchema() { return { query: z.string() }; }
}
`;

const classArrays = {
  'src/tools/index.ts': `import { SearchTool } from './search.ts';
import { CreateItemTool, RawQueryTool } from './items.ts';
import { ListAppsTool } from './apps.ts';
export const apiTools = [SearchTool, CreateItemTool];
export const rawTools = [RawQueryTool];
export const appsTools = [ListAppsTool];
`,
  'src/tools/apps.ts': `import { BaseAppsTool } from '../tool.ts';
export class ListAppsTool extends BaseAppsTool {
  name = 'apps_list';
}
`,
  'src/factory.ts': `import { BaseApiTool, BaseAppsTool, type Context, type Tool } from './tool.ts';
export const toolFactory = (ctor: new (...args: any[]) => Tool, options: { client: unknown; token: string; context?: Context }) => {
  if (ctor.prototype instanceof BaseApiTool) {
    return new ctor(options.client, options.token, options.context);
  } else if (ctor.prototype instanceof BaseAppsTool) {
    return new ctor(options.token);
  }
  return new ctor();
};
`,
  'src/filtering.ts': `import { apiTools, appsTools, rawTools } from './tools/index.ts';
import { toolFactory } from './factory.ts';
import { ToolType, type Context, type Tool } from './tool.ts';
export interface ToolsConfig { mode?: 'api' | 'apps'; readOnly?: boolean; exclude?: string[] }
export function filteredTools(options: { client: unknown; token: string; context?: Context }, config?: ToolsConfig): Tool[] {
  let ctors: Array<new (...args: any[]) => Tool> = [];
  if (config?.mode === 'apps') ctors = [...appsTools];
  else ctors = [...apiTools, ...rawTools];
  return ctors
    .map((ctor) => toolFactory(ctor, options))
    .filter((tool) => {
      if (config?.readOnly && tool.type !== ToolType.READ) return false;
      if (config?.exclude?.includes(tool.name)) return false;
      return true;
    });
}
`,
  'src/toolkit.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { filteredTools, type ToolsConfig } from './filtering.ts';
import type { Context, Tool } from './tool.ts';
export class Toolkit extends McpServer {
  private readonly context: Context;
  constructor(config: { token: string; boardId?: number; tools?: ToolsConfig }) {
    super({ name: 'boards', version: '1.0.0' });
    this.context = { boardId: config.boardId };
    for (const tool of filteredTools({ client: {}, token: config.token, context: this.context }, config.tools)) {
      this.registerOne(tool);
    }
  }
  private registerOne(tool: Tool): void {
    const inputSchema = tool.getInputSchema();
    this.registerTool(
      tool.name,
      { title: tool.annotations?.title, description: tool.getDescription(), inputSchema, annotations: tool.annotations },
      async () => ({ content: [] }),
    );
  }
}
`,
  'src/index.ts': `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Toolkit } from './toolkit.ts';
const toolkit = new Toolkit({
  token: process.env.BOARDS_TOKEN ?? 'none',
  boardId: process.env.BOARD_ID ? Number(process.env.BOARD_ID) : undefined,
  tools: { mode: process.env.BOARDS_MODE === 'apps' ? 'apps' : 'api', readOnly: process.env.BOARDS_READ_ONLY === '1' },
});
await toolkit.connect(new StdioServerTransport());
`,
};

describe.each([
  ['zod 4', 'zod', '^4.0.0'],
  ['zod 3', 'zod/v3', '^3.25.0'],
])('tool classes in constructor arrays, made by a factory and filtered (%s)', (_label, zod, range) => {
  const dir = writeServer(
    {
      ...classArrays,
      'src/tool.ts': toolModule(zod),
      'src/tools/search.ts': searchModule(zod),
      'src/tools/items.ts': itemModule(zod),
    },
    range,
  );

  it('reads every class the arrays name, with its fields and the schema its method returns', async () => {
    const read = await takeStaticMcpSurface(dir);
    expect(read.gaps).toEqual([]);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['apps_list', 'create_item', 'raw_query', 'search']);
    const search = read.mcp.tools.find((t) => t.name === 'search')!;
    expect(search.title).toBe('Search');
    expect(search.annotations).toEqual({ title: 'Search', readOnlyHint: true, openWorldHint: false });
    // z.nativeEnum over a string enum and a numeric one; z.preprocess read as the schema it wraps.
    expect(search.inputSchema).toMatchObject({
      properties: {
        searchTerm: { type: 'string', minLength: 1 },
        searchType: { enum: ['BOARD', 'DOCUMENTS'] },
        priority: { enum: [1, 2] },
        limit: { type: 'number', maximum: 50 },
      },
    });
    expect((search.inputSchema as { required?: string[] }).required).toEqual(['searchTerm', 'searchType']);
    // The apps class's description comes from its base's method, with its own name.
    expect(read.mcp.tools.find((t) => t.name === 'apps_list')?.description).toBe('Apps: apps_list');
  });

  it('reports the mode and read-only gates as conditions, and a property one path of getInputSchema adds', async () => {
    const read = await takeStaticMcpSurface(dir);
    const conditions = read.mcp.conditions ?? {};
    expect(conditions['tool:apps_list']).toContain("config?.mode === 'apps'");
    expect(conditions['tool:search']).toContain("config?.mode !== 'apps'");
    // The write tools are also behind the read-only filter; the read tool is not.
    expect(conditions['tool:create_item']).toContain('config?.readOnly');
    expect(conditions['tool:search']).not.toContain('readOnly');
    const messages = read.warnings.map((w) => w.message);
    expect(messages).toContainEqual(expect.stringContaining('the input property "boardId" of the tool "create_item"'));
    expect(read.mcp.tools.find((t) => t.name === 'create_item')?.inputSchema).toMatchObject({
      properties: { boardId: { type: 'number' } },
    });
  });

  it('agrees with the running server on every tool it lists, in each mode', async () => {
    const read = await takeStaticMcpSurface(dir);
    const api = await runtime(dir);
    expect(api.tools.map((t) => t.name).sort()).toEqual(['create_item', 'raw_query', 'search']);
    const apps = await runtime(dir, { BOARDS_MODE: 'apps' });
    expect(apps.tools.map((t) => t.name)).toEqual(['apps_list']);
    for (const running of [api, apps]) {
      const listed = new Set(running.tools.map((t) => t.name));
      const same = { ...read.mcp, tools: read.mcp.tools.filter((t) => listed.has(t.name)) };
      expect(crossCheckSurfaces(running, same)).toEqual([]);
    }
  });
});

// ── an abstract base that registers itself ──────────────────────────────────────────────────────

const baseClassServer = {
  'src/tools/base.ts': `import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ZodRawShape } from 'zod';
export type OperationType = 'read' | 'create' | 'delete';
export interface Config { readOnly: boolean; disabled: string[] }
export abstract class ToolBase {
  abstract name: string;
  protected abstract description: string;
  protected abstract argsShape: ZodRawShape;
  abstract operationType: OperationType;
  constructor(protected readonly session: { id: string }, protected readonly config: Config) {}
  register(server: McpServer): void {
    if (this.config.readOnly && this.operationType !== 'read') return;
    if (this.config.disabled.includes(this.name)) return;
    server.tool(this.name, this.description, this.argsShape, { readOnlyHint: this.operationType === 'read' }, async () => ({ content: [] }));
  }
}
`,
  'src/tools/cluster.ts': `import { z } from 'zod';
import { ToolBase, type OperationType } from './base.ts';
export class ListClustersTool extends ToolBase {
  name = 'list-clusters';
  protected description = 'List the clusters of a project';
  protected argsShape = { projectId: z.string().describe('The project') };
  operationType: OperationType = 'read';
}
export class DeleteClusterTool extends ToolBase {
  static toolName = 'delete-cluster';
  get name() { return DeleteClusterTool.toolName; }
  protected description = 'Delete a cluster';
  protected argsShape = { projectId: z.string(), clusterName: z.string().min(1) };
  operationType: OperationType = 'delete';
}
export const ClusterTools = [ListClustersTool, DeleteClusterTool];
`,
  'src/tools/db.ts': `import { z } from 'zod';
import { ToolBase, type OperationType } from './base.ts';
const common = { database: z.string(), collection: z.string() };
export class FindTool extends ToolBase {
  name = 'find';
  protected description = 'Find documents';
  protected argsShape = { ...common, limit: z.number().int().positive().optional() };
  operationType: OperationType = 'read';
}
export class InsertTool extends ToolBase {
  name = 'insert-many';
  protected description = 'Insert documents';
  protected argsShape = { ...common, documents: z.array(z.record(z.string(), z.unknown())) };
  operationType: OperationType = 'create';
}
export const DbTools = [FindTool, InsertTool];
`,
  'src/server.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ClusterTools } from './tools/cluster.ts';
import { DbTools } from './tools/db.ts';
import type { Config } from './tools/base.ts';
export class Server {
  readonly mcp = new McpServer({ name: 'db', version: '2.0.0' });
  constructor(private readonly config: Config) {}
  registerTools(): void {
    for (const Tool of [...ClusterTools, ...DbTools]) {
      const tool = new Tool({ id: 's1' }, this.config);
      tool.register(this.mcp);
    }
  }
}
`,
  'src/index.ts': `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Server } from './server.ts';
const server = new Server({ readOnly: process.env.DB_READ_ONLY === '1', disabled: [] });
server.registerTools();
await server.mcp.connect(new StdioServerTransport());
`,
};

describe('an abstract tool base whose register(server) reads each subclass', () => {
  const dir = writeServer(baseClassServer, '^4.0.0');

  it("reads each subclass's name (field, getter over a static), description and shape, gated by its operation type", async () => {
    const read = await takeStaticMcpSurface(dir);
    expect(read.gaps).toEqual([]);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual([
      'delete-cluster',
      'find',
      'insert-many',
      'list-clusters',
    ]);
    const del = read.mcp.tools.find((t) => t.name === 'delete-cluster')!;
    expect(del.description).toBe('Delete a cluster');
    expect(del.inputSchema).toMatchObject({ properties: { clusterName: { minLength: 1 } } });
    expect(del.annotations).toEqual({ readOnlyHint: false });
    const conditions = read.mcp.conditions ?? {};
    // The read-only gate in the base's register() is a condition on the tools that are not reads only.
    expect(conditions['tool:delete-cluster']).toContain("this.operationType !== 'read'");
    expect(conditions['tool:insert-many']).toContain("this.operationType !== 'read'");
    expect(conditions['tool:find']).toBeUndefined();
    expect(conditions['tool:list-clusters']).toBeUndefined();
  });

  it('agrees with the running server, read-only or not', async () => {
    const read = await takeStaticMcpSurface(dir);
    const all = await runtime(dir);
    expect(crossCheckSurfaces(all, read.mcp)).toEqual([]);
    const readOnly = await runtime(dir, { DB_READ_ONLY: '1' });
    expect(readOnly.tools.map((t) => t.name).sort()).toEqual(['find', 'list-clusters']);
  });
});

// ── classes a framework loads from a folder ─────────────────────────────────────────────────────

describe('tool classes mcp-framework loads from its tools folder', () => {
  const dir = writeServer(
    {
      'src/index.ts': `import { MCPServer } from 'mcp-framework';
const server = new MCPServer();
await server.start();
`,
      'src/tools/WeatherTool.ts': `import { MCPTool } from 'mcp-framework';
import { z } from 'zod';
class WeatherTool extends MCPTool {
  name = 'weather';
  description = 'The weather in a city';
  schema = { city: { type: z.string(), description: 'The city' } };
  async execute(input: { city: string }) { return input.city; }
}
export default WeatherTool;
`,
      'src/tools/Forecast.ts': `import { MCPTool as Tool } from 'mcp-framework';
export default class Forecast extends Tool {
  name = \`forecast\`;
  description = 'Days ahead';
  schema = {};
  async execute() { return ''; }
}
`,
    },
    '^3.25.0',
  );

  it('names each class as a gap that may hide a tool, at its line, never an empty reading', async () => {
    const read = await takeStaticMcpSurface(dir);
    expect(read.mcp.tools).toEqual([]);
    const gaps = read.gaps.filter((g) => g.message.includes('mcp-framework'));
    expect(gaps).toEqual([
      expect.objectContaining({
        location: { file: 'src/tools/Forecast.ts', line: 2 },
        hidesItems: true,
        message: expect.stringContaining('the tool "forecast" (class Forecast extends Tool)'),
      }),
      expect.objectContaining({
        location: { file: 'src/tools/WeatherTool.ts', line: 3 },
        hidesItems: true,
        message: expect.stringContaining('the tool "weather" (class WeatherTool extends MCPTool)'),
      }),
    ]);
  });
});
