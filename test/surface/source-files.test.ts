// Which files the static reader reads: a server whose entry sits at the package's root beside `src/`
// (a pattern of real servers: `server.ts` registers the tools and imports its helpers from `src/`)
// is read from both, while tool configurations and a bin shim into the build output are not.

import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { findSourceFiles } from '../../src/surface/mcp-static/files.ts';
import { ROOT, removeTempDirs, tempDir } from './helpers.ts';

afterAll(removeTempDirs);

function writePackage(files: Record<string, string>): string {
  const dir = tempDir('mcpver-files-');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'root-entry',
      version: '1.0.0',
      type: 'module',
      bin: { 'root-entry': 'dist/server.js' },
      dependencies: { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^4.0.0' },
    }),
  );
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const entry = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { registerSiteTools } from './src/sites.js';
const server = new McpServer({ name: 'root-entry', version: '1.0.0' });
server.registerTool('get_context', { description: 'What the agent should know', inputSchema: { topic: z.string() } }, async () => ({ content: [] }));
registerSiteTools(server);
await server.connect(new StdioServerTransport());
`;
const sites = `import { z } from 'zod';
export function registerSiteTools(server) {
  server.registerTool('list_sites', { description: 'Every site', inputSchema: { team: z.string().optional() } }, async () => ({ content: [] }));
}
`;

describe('the files read', () => {
  it('reads the entry at the root beside src/, and only the root files that can be sources', async () => {
    const dir = writePackage({
      'server.ts': entry,
      'src/sites.ts': sites,
      'tsup.config.ts': `export default { entry: ['server.ts'] };\n`,
      '.eslintrc.cjs': `module.exports = {};\n`,
      'cli.js': `#!/usr/bin/env node\nimport './dist/server.js';\n`,
      'server.test.ts': `import './server.ts';\n`,
    });
    const found = findSourceFiles(dir);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['server.ts', 'src/sites.ts']);
    expect(found.roots).toEqual(['src/', 'server.ts']);
    const { mcp, gaps } = await takeStaticMcpSurface(dir);
    expect(mcp.tools.map((t) => t.name).sort()).toEqual(['get_context', 'list_sites']);
    expect(gaps).toEqual([]);
  });

  it('reads only what it is told to when the config names the folders', () => {
    const dir = writePackage({ 'server.ts': entry, 'src/sites.ts': sites });
    expect(findSourceFiles(dir, ['src']).files.map((f) => path.relative(dir, f))).toEqual(['src/sites.ts']);
  });

  it('leaves out a second package kept in a folder of the repository, unless the server imports it', async () => {
    // A package read from its root (no src/): the server, plus a companion server with a package.json of its own.
    const dir = writePackage({
      'index.ts': entry.replace(
        "import { registerSiteTools } from './src/sites.js';\n",
        "import { registerSiteTools } from './shared/sites.js';\n",
      ),
      'shared/package.json': JSON.stringify({ name: 'root-entry-shared', version: '1.0.0', type: 'module' }),
      'shared/sites.ts': sites,
      'companion/package.json': JSON.stringify({ name: 'companion-mcp', version: '1.0.0', type: 'module' }),
      'companion/src/index.ts': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
const companion = new McpServer({ name: 'companion', version: '1.0.0' });
companion.tool('read_memory', 'Memory entries', async () => ({ content: [] }));
await companion.connect(new StdioServerTransport());
`,
      // A package.json that only sets the module type is no package: its folder is read.
      'esm/package.json': JSON.stringify({ type: 'module' }),
      'esm/prompts.ts': 'export const greeting = "hello";\n',
    });
    const found = findSourceFiles(dir);
    expect(found.files.map((f) => path.relative(dir, f))).toEqual(['esm/prompts.ts', 'index.ts']);
    const { mcp } = await takeStaticMcpSurface(dir);
    // The imported package is read where the server uses it; the companion's tool is not this server's.
    expect(mcp.tools.map((t) => t.name).sort()).toEqual(['get_context', 'list_sites']);
    expect(mcp.capabilities).toEqual({ tools: { listChanged: true } });
  });
});
