import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { elementRules } from '../../src/compat/rules/index.ts';
import { packageSurface } from '../../src/surface/package.ts';
import { emptySnapshot, type McpSurface, type Snapshot } from '../../src/surface/types.ts';

function server(parts: Partial<McpSurface>): Snapshot {
  return {
    ...emptySnapshot(),
    mcp: {
      capabilities: { tools: { listChanged: true } },
      tools: [],
      prompts: [],
      resources: [],
      resourceTemplates: [],
      ...parts,
    },
  };
}

function pkg(manifest: Record<string, unknown>): Snapshot {
  return { ...emptySnapshot(), package: packageSurface({ name: 'mcp-weather', version: '1.0.0', ...manifest }) };
}

const tool = (name: string) => ({ name, inputSchema: { type: 'object', properties: {} } });
const rulesOf = (old: Snapshot, next: Snapshot) =>
  diffSnapshots(old, next, { rules: elementRules }).map((c) => `${c.rule}:${c.level}:${c.subject}`);

describe('element rules', () => {
  it('finds nothing between a snapshot and itself', () => {
    const s = server({
      tools: [tool('forecast')],
      prompts: [{ name: 'plan' }],
      resources: [{ uri: 'file:///a', name: 'a' }],
      resourceTemplates: [{ uriTemplate: 'city://{name}', name: 'city' }],
      capabilities: { tools: {}, prompts: {}, resources: { subscribe: true } },
    });
    expect(rulesOf(s, structuredClone(s))).toEqual([]);
  });

  it('calls a removed tool major and an added tool minor', () => {
    expect(
      rulesOf(
        server({ tools: [tool('forecast'), tool('alerts')] }),
        server({ tools: [tool('forecast'), tool('radar')] }),
      ),
    ).toEqual(['tool-added:minor:tool:radar', 'tool-removed:major:tool:alerts']);
  });

  it('covers prompts, resources and resource templates both ways', () => {
    const old = server({
      prompts: [{ name: 'old' }],
      resources: [{ uri: 'file:///gone', name: 'g' }],
      resourceTemplates: [{ uriTemplate: 'a://{x}', name: 'a' }],
    });
    const next = server({
      prompts: [{ name: 'new' }],
      resources: [{ uri: 'file:///new', name: 'n' }],
      resourceTemplates: [{ uriTemplate: 'b://{x}', name: 'b' }],
    });
    expect(rulesOf(old, next).sort()).toEqual([
      'prompt-added:minor:prompt:new',
      'prompt-removed:major:prompt:old',
      'resource-added:minor:resource:file:///new',
      'resource-removed:major:resource:file:///gone',
      'resource-template-added:minor:resource-template:b://{x}',
      'resource-template-removed:major:resource-template:a://{x}',
    ]);
  });

  it('says nothing about MCP items when one side was not read at all', () => {
    expect(rulesOf(server({ tools: [tool('forecast')] }), emptySnapshot())).toEqual([]);
  });

  it('ignores a key the specification does not define under a standard capability (no client negotiates `tools.list`)', () => {
    const old = server({ capabilities: { tools: { list: true, listChanged: true }, experimental: { streaming: {} } } });
    const next = server({ capabilities: { tools: { listChanged: true }, experimental: {} } });
    expect(rulesOf(old, next)).toEqual(['capability-removed:major:capability:experimental.streaming']);
  });

  it('calls a removed capability or subscription major, lost notifications minor, a new capability minor', () => {
    const old = server({
      capabilities: { tools: { listChanged: true }, resources: { subscribe: true, listChanged: true }, logging: {} },
    });
    const next = server({ capabilities: { tools: {}, resources: { listChanged: true }, prompts: {} } });
    expect(rulesOf(old, next).sort()).toEqual([
      'capability-added:minor:capability:prompts',
      'capability-notifications-removed:minor:capability:tools.listChanged',
      'capability-removed:major:capability:logging',
      'capability-removed:major:capability:resources.subscribe',
    ]);
  });

  it('detects a removed command and a renamed one, with the rename as a migration', () => {
    const changes = diffSnapshots(
      pkg({ bin: { 'mcp-weather': 'build/index.js', 'mcp-old': 'build/old.js' } }),
      pkg({ bin: { weather: 'build/index.js' } }),
      { rules: elementRules },
    );
    expect(changes.map((c) => c.message)).toEqual([
      'Command "mcp-old" was removed from "bin"',
      'Command "mcp-weather" was renamed to "weather"',
    ]);
    expect(changes[1]!.migration).toMatchObject({ kind: 'rename-bin', from: 'mcp-weather', to: 'weather' });
  });

  it('treats a string bin as a command named after the unscoped package', () => {
    expect(packageSurface({ name: '@acme/mcp-weather', bin: 'index.js' }).bin).toEqual({ 'mcp-weather': 'index.js' });
  });

  it('detects removed and added exports subpaths, and a new exports field closing deep imports', () => {
    const a = pkg({ exports: { '.': './index.js', './tools': './tools.js' } });
    const b = pkg({ exports: { '.': './index.js', './server': './server.js' } });
    expect(rulesOf(a, b).sort()).toEqual([
      'export-path-added:minor:export-path:./server',
      'export-path-removed:major:export-path:./tools',
    ]);
    expect(rulesOf(pkg({ main: 'index.js' }), a)).toEqual(['exports-field-added:major:package.exports']);
  });

  it('calls a narrowed Node.js range major and a widened one fine', () => {
    expect(rulesOf(pkg({ engines: { node: '>=18' } }), pkg({ engines: { node: '>=20' } }))).toEqual([
      'engines-node-raised:major:package.engines.node',
    ]);
    expect(rulesOf(pkg({ engines: { node: '>=20' } }), pkg({ engines: { node: '>=18' } }))).toEqual([]);
    expect(rulesOf(pkg({}), pkg({ engines: { node: '>=22' } }))).toEqual([
      'engines-node-raised:major:package.engines.node',
    ]);
  });

  it('calls a new required peer major, a new optional peer minor, and a narrowed peer range major', () => {
    const next = pkg({
      peerDependencies: { zod: '^4.0.0', react: '^19.0.0', '@modelcontextprotocol/sdk': '^1.10.0' },
      peerDependenciesMeta: { react: { optional: true } },
    });
    const old = pkg({ peerDependencies: { '@modelcontextprotocol/sdk': '^1.0.0' } });
    expect(rulesOf(old, next).sort()).toEqual([
      'peer-dependency-added:major:package.peerDependencies.zod',
      'peer-dependency-added:minor:package.peerDependencies.react',
      'peer-dependency-narrowed:major:package.peerDependencies.@modelcontextprotocol/sdk',
    ]);
    expect(rulesOf(next, old).filter((r) => r.startsWith('peer'))).toEqual([]);
  });

  it('calls a switch between CommonJS and ES modules major', () => {
    expect(rulesOf(pkg({ main: 'dist/index.js' }), pkg({ main: 'dist/index.js', type: 'module' }))).toEqual([
      'package-type-changed:major:package.type',
    ]);
    expect(rulesOf(pkg({ exports: './index.js' }), pkg({ type: 'module' }))).toEqual([
      'package-type-changed:major:package.type',
    ]);
    expect(rulesOf(pkg({ type: 'commonjs' }), pkg({}))).toEqual([]);
  });

  it('calls the switch a patch in a package that only installs commands (nothing imports it)', () => {
    const bin = { bin: { 'mcp-weather': 'dist/index.js' } };
    expect(rulesOf(pkg({ ...bin, type: 'module' }), pkg(bin))).toEqual(['package-type-changed:patch:package.type']);
  });
});
