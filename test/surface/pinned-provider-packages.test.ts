// Tools provided by a package the server pins to an exact version and registers itself: a
// provider class whose `provideTools()` returns tool classes (`getName()`, `getConfig()` with a zod
// shape). The monorepo holds a copy of the provider at another version than the pin; the surface
// is the pinned version's (here an installed copy of it), read as the server's code.

import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { pinnedPackages } from '../../src/surface/pinned-packages.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

const SERVER = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { AnalyzerProvider } from '@fx/provider';

const providers = [new AnalyzerProvider()];
const server = new McpServer({ name: 'fx', version: '1.0.0' });
for (const provider of providers) {
  for (const tool of provider.provideTools()) {
    server.registerTool(tool.getName(), tool.getConfig(), async () => ({ content: [] }));
  }
}
await server.connect(new StdioServerTransport());
`;

/** The provider as published (compiled JavaScript): `scan` takes only `target`. */
const PUBLISHED_1_1_0 = `import { z } from 'zod';
const inputSchema = z.object({ target: z.string().describe('What to scan') });
export class ScanTool {
  static NAME = 'scan';
  getName() { return ScanTool.NAME; }
  getConfig() { return { description: 'Scan the target', inputSchema: inputSchema.shape }; }
}
export class AnalyzerProvider {
  provideTools() { return [new ScanTool()]; }
}
`;

/** The workspace's copy, a later version: `scan` requires `directory`, and a second tool. */
const WORKSPACE_1_2_0 = `import { z } from 'zod';
const inputSchema = z.object({ target: z.string(), directory: z.string() });
export class ScanTool {
  static readonly NAME = 'scan';
  getName(): string { return ScanTool.NAME; }
  getConfig() { return { description: 'Scan the target', inputSchema: inputSchema.shape }; }
}
export class RulesTool {
  getName(): string { return 'list_rules'; }
  getConfig() { return { description: 'List the rules', inputSchema: {} }; }
}
export class AnalyzerProvider {
  provideTools() { return [new ScanTool(), new RulesTool()]; }
}
`;

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A monorepo: packages/server pins @fx/provider to `pin`; packages/provider is at 1.2.0; 1.1.0 is installed. */
function monorepo(pin: string): string {
  const top = tempDir('mcpver-pinned-');
  execFileSync('git', ['init', '-q'], { cwd: top });
  write(path.join(top, 'package.json'), JSON.stringify({ name: 'fx-repo', private: true, workspaces: ['packages/*'] }));
  const server = path.join(top, 'packages/server');
  write(
    path.join(server, 'package.json'),
    JSON.stringify({
      name: '@fx/server',
      version: '1.0.0',
      type: 'module',
      dependencies: { '@modelcontextprotocol/sdk': '^1.0.0', '@fx/provider': pin, zod: '^3.25.0' },
    }),
  );
  write(path.join(server, 'src/index.ts'), SERVER);
  const provider = path.join(top, 'packages/provider');
  const providerManifest = (version: string, main: string) =>
    JSON.stringify({
      name: '@fx/provider',
      version,
      type: 'module',
      main,
      dependencies: { '@modelcontextprotocol/sdk': '^1.0.0', zod: '^3.25.0' },
    });
  write(path.join(provider, 'package.json'), providerManifest('1.2.0', 'lib/index.js'));
  write(path.join(provider, 'src/index.ts'), WORKSPACE_1_2_0);
  // The pinned version, installed as a package manager leaves it (a real folder, not the workspace link).
  const installed = path.join(top, 'node_modules/@fx/provider');
  write(path.join(installed, 'package.json'), providerManifest('1.1.0', 'lib/index.js'));
  write(path.join(installed, 'lib/index.js'), PUBLISHED_1_1_0);
  // The SDK and zod the sources import, for the reader's compiler only.
  for (const name of ['@modelcontextprotocol', 'zod'])
    symlinkSync(path.join(ROOT, 'node_modules', name), path.join(top, 'node_modules', name));
  return server;
}

async function readWithPins(dir: string) {
  const first = await takeStaticMcpSurface(dir);
  const pinned = await pinnedPackages(dir, first.files);
  try {
    return { first, pinned, read: await takeStaticMcpSurface(dir, { packages: pinned.packages }) };
  } finally {
    await pinned.release();
  }
}

describe('tools from a provider package pinned to an exact version', () => {
  it('reads the pinned version, not the workspace copy at another version', async () => {
    const { first, pinned, read } = await readWithPins(monorepo('1.1.0'));
    // Without the pin, the workspace copy is what the reader follows.
    expect(first.mcp.tools.map((t) => t.name).sort()).toEqual(['list_rules', 'scan']);
    expect(pinned.read).toEqual([
      expect.stringMatching(/^@fx\/provider@1\.1\.0 \(pinned in package\.json.*installed in/),
    ]);
    expect(read.mcp.tools.map((t) => t.name)).toEqual(['scan']);
    const scan = read.mcp.tools[0]!.inputSchema as { properties: Record<string, unknown>; required?: string[] };
    expect(Object.keys(scan.properties)).toEqual(['target']);
    expect(scan.required).toEqual(['target']);
    expect(read.gaps.filter((g) => g.hidesItems)).toEqual([]);
  });

  it('reads the workspace copy when it is the pinned version, and fetches nothing', async () => {
    const { pinned, read } = await readWithPins(monorepo('1.2.0'));
    expect(pinned.packages.size).toBe(0);
    expect(pinned.gaps).toEqual([]);
    expect(read.mcp.tools.map((t) => t.name).sort()).toEqual(['list_rules', 'scan']);
    const scan = read.mcp.tools.find((t) => t.name === 'scan')!.inputSchema as { required?: string[] };
    expect(scan.required).toEqual(['target', 'directory']);
  });

  it('takes no package pinned by a range: which version a release serves is not known from it', async () => {
    const { pinned } = await readWithPins(monorepo('^1.1.0'));
    expect(pinned.packages.size).toBe(0);
  });
});
