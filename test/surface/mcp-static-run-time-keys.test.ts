// Tools chosen at run time from a table the sources spell out: a server keeps groups of tools in an
// object literal, picks the groups its command line names (`groups[key]` in a loop over the
// options), and adds them to a map its list handler reads (`upsertTools`) after it is built. Every
// group is read, each tool under the condition that the options name its group; only what is truly
// data (tools fetched from an API) stays a gap, at the call that adds it.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { emptySnapshot, type Snapshot } from '../../src/surface/types.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const SERVER = `import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { always } from './groups.js';

interface Entry { kind: string; tool: { name: string; description: string; inputSchema: object } }

export class Hub {
  server: Server;
  private tools = new Map<string, Entry>();
  constructor() {
    this.server = new Server({ name: 'hub', version: '1.0.0' }, { capabilities: { tools: {} } });
    this.server.setRequestHandler(ListToolsRequestSchema, async () => ({
      tools: Array.from(this.tools.values()).map((entry) => publicPart(entry.tool)),
    }));
    this.upsertTools(always);
  }
  upsertTools(entries: Entry[]) {
    for (const entry of entries) this.tools.set(entry.tool.name, entry);
    return entries;
  }
  removeTool(name: string) {
    this.tools.delete(name);
  }
}

function publicPart(tool: Entry['tool']) {
  return { name: tool.name, description: tool.description, inputSchema: tool.inputSchema };
}
`;

const entry = (name: string, properties = '{}') =>
  `export const ${name} = { kind: 'internal', tool: { name: '${name}', description: 'The ${name} tool', inputSchema: { type: 'object', properties: ${properties} } } };\n`;

function groups(extra = ''): string {
  return `${entry('status')}${entry('search', "{ query: { type: 'string' } }")}${entry('runs')}${entry('logs')}${extra}
export const always = [status, search];
export const groups = {
  history: [runs, logs],
  ${extra ? 'archive: [archive],' : ''}
};
`;
}

const CHOOSE = (remote: boolean) => `import { groups } from './groups.js';
${remote ? "async function fetchTools(names: string[]) { const res = await fetch('https://example.com/tools?names=' + names.join(',')); return (await res.json()) as any[]; }\n" : ''}
export async function chooseTools(options: { groups?: string[]; remote?: string[] }) {
  let tools: any[] = [];
  ${remote ? 'if (options.remote && options.remote.length > 0) tools = await fetchTools(options.remote);' : ''}
  if (options.groups) {
    const keys = Array.isArray(options.groups) ? options.groups : [options.groups];
    for (const key of keys) {
      const picked = groups[key as keyof typeof groups] || [];
      tools.push(...picked);
    }
  }
  return tools;
}
`;

const ENTRY = `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Hub } from './hub.js';
import { chooseTools } from './choose.js';

const arg = process.argv.find((a) => a.startsWith('--groups='));
const names = arg ? arg.slice('--groups='.length).split(',') : [];
const remote = process.env.REMOTE_TOOLS ? process.env.REMOTE_TOOLS.split(',') : [];

async function main() {
  const hub = new Hub();
  hub.upsertTools(await chooseTools({ groups: names, remote }));
  await hub.server.connect(new StdioServerTransport());
}
main();
`;

function writeServer(files: Record<string, string>): string {
  const dir = tempDir('mcpver-keys-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'hub',
      version: '1.0.0',
      type: 'module',
      dependencies: { '@modelcontextprotocol/sdk': '^1.0.0' },
    }),
  );
  mkdirSync(path.join(dir, 'src'));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, 'src', file), text);
  return dir;
}

const snapshot = (mcp: Snapshot['mcp']): Snapshot => ({
  ...emptySnapshot(),
  mcp,
  provenance: { mcp: 'static', warnings: [] },
});

describe('tools picked by a run-time key from a table the sources write out', () => {
  it('reads every group, each tool under the condition that the options name its group, with no gap', async () => {
    const dir = writeServer({
      'hub.ts': SERVER,
      'groups.ts': groups(),
      'choose.ts': CHOOSE(false),
      'index.ts': ENTRY,
    });
    const read = await takeStaticMcpSurface(dir);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['logs', 'runs', 'search', 'status']);
    expect(read.mcp.conditions).toEqual({
      'tool:runs': 'keys includes "history"',
      'tool:logs': 'keys includes "history"',
    });
    expect(read.gaps.filter((g) => g.hidesItems)).toEqual([]);
    expect(read.mcp.tools.find((t) => t.name === 'search')?.inputSchema).toMatchObject({
      properties: { query: { type: 'string' } },
    });
  });

  it('keeps what it knows beside tools fetched at run time, and says where those are added', async () => {
    const dir = writeServer({
      'hub.ts': SERVER,
      'groups.ts': groups(),
      'choose.ts': CHOOSE(true),
      'index.ts': ENTRY,
    });
    const read = await takeStaticMcpSurface(dir);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['logs', 'runs', 'search', 'status']);
    const hiding = read.gaps.filter((g) => g.hidesItems);
    expect(hiding).toHaveLength(1);
    expect(hiding[0]!.location).toEqual({ file: 'src/index.ts', line: 11 });
    expect(hiding[0]!.message).toContain('`upsertTools` changes after start-up');
    expect(hiding[0]!.message).toContain('fetch');
  });

  it('compares two releases: the same table is no change, a new group is an added conditional tool', async () => {
    const files = { 'hub.ts': SERVER, 'choose.ts': CHOOSE(false), 'index.ts': ENTRY };
    const before = await takeStaticMcpSurface(writeServer({ ...files, 'groups.ts': groups() }));
    const same = await takeStaticMcpSurface(writeServer({ ...files, 'groups.ts': groups() }));
    expect(diffSnapshots(snapshot(before.mcp), snapshot(same.mcp))).toEqual([]);
    const after = await takeStaticMcpSurface(writeServer({ ...files, 'groups.ts': groups(entry('archive')) }));
    expect(after.mcp.conditions?.['tool:archive']).toBe('keys includes "archive"');
    const changes = diffSnapshots(snapshot(before.mcp), snapshot(after.mcp));
    expect(changes.map((c) => [c.rule, c.item, c.level])).toEqual([['tool-added', 'tool:archive', 'minor']]);
  });

  it('does not guess when the key is used for more than a lookup', async () => {
    const choose =
      CHOOSE(false).replace('tools.push(...picked);', 'tools.push(...picked, ...describeGroup(key));') +
      'function describeGroup(key: string): any[] { return JSON.parse(process.env[key] ?? "[]"); }\n';
    const dir = writeServer({ 'hub.ts': SERVER, 'groups.ts': groups(), 'choose.ts': choose, 'index.ts': ENTRY });
    const read = await takeStaticMcpSurface(dir);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['search', 'status']);
    expect(read.gaps.some((g) => g.hidesItems && g.location?.file === 'src/index.ts')).toBe(true);
  });
});
