// A schema that depends on configuration: servers that take an option (a project id) at start-up
// and then drop that parameter from every tool, or inject it. Without the option, the server serves
// the full schema; that variant is read and compared, and a note says so. Anything where the default
// is not clear stays a part that could not be read.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.ts';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function write(dir: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const manifest = JSON.stringify({
  name: 'warehouse-mcp',
  version: '1.0.0',
  type: 'module',
  dependencies: { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^3.25.0' },
});

// Tools as objects with zod schemas; a scope filter that drops `warehouseId` when the server was
// started for one warehouse (an early return when it was not).
const tools = (queryShape: string) => `import { z } from 'zod';
export interface WarehouseTool { name: string; description: string; inputSchema: z.ZodTypeAny }
export const allTools: WarehouseTool[] = [
  { name: 'list_shelves', description: 'Shelves of a warehouse', inputSchema: z.object({ warehouseId: z.string(), aisle: z.number().optional() }) },
  { name: 'query_stock', description: 'Stock of an item', inputSchema: z.object({ warehouseId: z.string(), ${queryShape} }) },
];
`;
const scope = `import { z } from 'zod';
import type { WarehouseTool } from './tools.js';
export function scoped(tools: WarehouseTool[], options: { warehouseId?: string }): WarehouseTool[] {
  if (!options.warehouseId) return tools;
  return tools.map((tool) => {
    const schema = tool.inputSchema;
    if (!(schema instanceof z.ZodObject)) return tool;
    const shape: Record<string, z.ZodTypeAny> = {};
    for (const [key, value] of Object.entries(schema.shape as Record<string, z.ZodTypeAny>))
      if (key !== 'warehouseId') shape[key] = value;
    return { ...tool, inputSchema: z.object(shape) };
  });
}
`;
const server = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { allTools } from './tools.js';
import { scoped } from './scope.js';
const server = new McpServer({ name: 'warehouse', version: '1.0.0' });
for (const tool of scoped(allTools, { warehouseId: process.env.WAREHOUSE_ID })) {
  server.registerTool(tool.name, { description: tool.description, inputSchema: (tool.inputSchema as any).shape }, async () => ({ content: [] }));
}
await server.connect(new StdioServerTransport());
`;

describe('a schema that depends on configuration or on the environment', () => {
  it('is read as the server serves it with nothing configured, with a note naming the other variant', async () => {
    const dir = write(mkdtempSync(path.join(tmpdir(), 'mcpver-variants-')), {
      'package.json': manifest,
      'src/tools.ts': tools('sku: z.string()'),
      'src/scope.ts': scope,
      'src/index.ts': server,
    });
    made.push(dir);
    const read = await takeStaticMcpSurface(dir);
    const stock = read.mcp.tools.find((t) => t.name === 'query_stock');
    expect(stock?.inputSchema).toMatchObject({
      properties: { warehouseId: { type: 'string' }, sku: { type: 'string' } },
      required: ['warehouseId', 'sku'],
    });
    expect(JSON.stringify(read.mcp.tools)).not.toContain('x-mcpver-unresolved');
    expect(read.gaps).toEqual([]);
    expect(read.warnings.map((w) => w.message)).toContain(
      'a schema that depends on configuration is read as when `!options.warehouseId` (nothing configured); it differs when `options.warehouseId`',
    );
  });

  it('reads a parameter omitted when an option is given (\`schema.omit\` in a factory) as the full schema', async () => {
    const dir = write(mkdtempSync(path.join(tmpdir(), 'mcpver-variants-')), {
      'package.json': manifest,
      'src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const invoiceParameters = (context: { customer?: string } = {}) => {
  const schema = z.object({ customer: z.string(), days_until_due: z.number().int().optional() });
  if (context.customer) return schema.omit({ customer: true });
  else return schema;
};
const server = new McpServer({ name: 'billing', version: '1.0.0' });
server.tool('create_invoice', 'Create an invoice', invoiceParameters({ customer: process.env.CUSTOMER }).shape, async () => ({ content: [] }));
`,
    });
    made.push(dir);
    const read = await takeStaticMcpSurface(dir);
    expect(read.mcp.tools[0]?.inputSchema).toMatchObject({ required: ['customer'] });
    expect(read.warnings.map((w) => w.message)).toContainEqual(
      expect.stringMatching(
        /^a schema that depends on configuration is read as when `!\(?context\.customer\)?` \(nothing configured\); it differs when `context\.customer`$/,
      ),
    );
  });

  it('stays unknown when no path is the one taken with nothing configured', async () => {
    const dir = write(mkdtempSync(path.join(tmpdir(), 'mcpver-variants-')), {
      'package.json': manifest,
      'src/tools.ts': tools('sku: z.string()'),
      'src/scope.ts': scope
        .replace('if (!options.warehouseId) return tools;', "if (options.mode === 'all') return tools;")
        .replace('{ warehouseId?: string }', '{ warehouseId?: string; mode?: string }'),
      'src/index.ts': server.replace(
        '{ warehouseId: process.env.WAREHOUSE_ID }',
        '{ warehouseId: process.env.WAREHOUSE_ID, mode: process.env.MODE }',
      ),
    });
    made.push(dir);
    const read = await takeStaticMcpSurface(dir);
    expect(JSON.stringify(read.mcp.tools.find((t) => t.name === 'query_stock'))).toContain('x-mcpver-unresolved');
    expect(read.gaps.some((g) => /different values on different paths|has one value when/.test(g.message))).toBe(true);
  });

  it('keeps a property whose default is only known at run time, marking the default (the tool was dropped)', async () => {
    const dir = write(mkdtempSync(path.join(tmpdir(), 'mcpver-variants-')), {
      'package.json': manifest,
      'server.js': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const options = { defaultProject: process.env.CLOUD_PROJECT || undefined };
const server = new McpServer({ name: 'cloud', version: '1.0.0' });
server.registerTool('list_services', {
  description: 'Lists services',
  inputSchema: {
    project: z.string().describe('Project id').default(options.defaultProject),
    region: z.string().describe(process.env.REGION_HELP),
  },
}, async () => ({ content: [] }));
`,
    });
    made.push(dir);
    const read = await takeStaticMcpSurface(dir);
    const [tool] = read.mcp.tools;
    expect(tool?.name).toBe('list_services');
    expect(tool?.inputSchema).toMatchObject({
      properties: {
        project: {
          type: 'string',
          description: 'Project id',
          default: expect.stringMatching(/^\[not statically resolvable: `process`/),
        },
        region: { type: 'string', description: expect.stringMatching(/^\[not statically resolvable: `process`/) },
      },
      required: ['region'],
    });
    // Said at its line, and no gap hides the tool.
    expect(read.gaps.every((g) => !g.hidesItems)).toBe(true);
    expect(
      read.warnings.some((w) => w.location?.file === 'server.js' && /only known when it runs/.test(w.message)),
    ).toBe(true);
  });

  describe('in a check', () => {
    let repo: TempRepo;
    afterEach(() => repo.remove());

    it('catches a required parameter added to it (before, the schema was unknown and the release passed)', async () => {
      repo = tempRepo();
      repo.write('package.json', JSON.parse(manifest));
      repo.write('src/tools.ts', tools('sku: z.string()'));
      repo.write('src/scope.ts', scope);
      repo.write('src/index.ts', server);
      repo.commit('1.0.0', 'v1.0.0');
      repo.write('package.json', { ...JSON.parse(manifest), version: '1.0.1' });
      repo.write('src/tools.ts', tools('sku: z.string(), lot: z.string()'));
      repo.commit('1.0.1', 'v1.0.1');
      const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1' });
      expect(report.changes.map((c) => `${c.rule} ${c.subject}`)).toContain(
        'input-required-property-added tool:query_stock.input.lot',
      );
      expect(report.verdict).toBe('under-bumped');
    });
  });
});
