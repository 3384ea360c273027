// Tools that live in a dependency: a thin server whose tools a toolkit package registers, pinned by
// each package manager's lockfile, read from the version the lockfile pins (the registry, served to
// the real npm client from 127.0.0.1; a tarball committed with the repository; an installed copy).

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extract } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partReaders } from '../../src/surface/readers.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import type { Snapshot } from '../../src/surface/types.ts';
import { removeTempDirs, tempDir } from './helpers.ts';
import {
  entryLine,
  LOCKFILE_NAMES,
  lockfileText,
  rangeOf,
  SDK_RANGE,
  type Manager,
  type ToolkitSource,
} from './lockfile-texts.ts';
import { packToolkit, serveRegistry, vendor, type LocalRegistry, type PackedToolkit } from './toolkit-packages.ts';

const TOOLKIT = `acme-toolkit-${process.pid}-${Date.now().toString(36)}`;
const SERVER = `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer } from '${TOOLKIT}';

await createServer().connect(new StdioServerTransport());
`;

let v1: PackedToolkit;
let registry: LocalRegistry;
let cache: string;

beforeAll(async () => {
  v1 = packToolkit(TOOLKIT, '1.0.0', [
    { name: 'search', description: 'Search the catalogue', shape: '{ query: z.string() }' },
    { name: 'fetch', description: 'Fetch one item', shape: '{ id: z.string() }' },
  ]);
  registry = await serveRegistry([v1]);
  cache = tempDir('mcpver-package-cache-');
});

afterAll(async () => {
  await registry.close();
  removeTempDirs();
});

/** A folder holding the server, its lockfile, and the vendored tarball when the toolkit comes from one. */
function serverFolder(
  manager: Manager,
  toolkit: PackedToolkit,
  source: ToolkitSource,
  lockfile = lockfileText(manager, toolkit, source),
): string {
  const dir = tempDir('mcpver-thin-server-');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'acme-mcp',
        version: '1.0.0',
        type: 'module',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, [TOOLKIT]: rangeOf(source) },
      },
      null,
      2,
    ),
  );
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(path.join(dir, 'src/index.ts'), SERVER);
  writeFileSync(path.join(dir, LOCKFILE_NAMES[manager]), lockfile);
  if ('file' in source) vendor(toolkit, dir, source.file);
  return dir;
}

const snapshotOf = (
  dir: string,
  env: Record<string, string> = { npm_config_registry: registry.url },
): Promise<Snapshot> =>
  takeSnapshot({ dir, env, extraParts: partReaders({ surface: 'auto', typescript: false, packageCache: cache }) });

describe('a server whose tools a toolkit package registers', () => {
  const cases: [Manager, ToolkitSource][] = [
    ['npm', { registry: '^1.0.0' }],
    ['npm', { file: 'vendor/toolkit-1.0.0.tgz' }],
    ['pnpm', { registry: '^1.0.0' }],
    ['pnpm', { file: 'vendor/toolkit-1.0.0.tgz' }],
    ['yarn-classic', { file: 'vendor/toolkit-1.0.0.tgz' }],
    ['yarn', { registry: '^1.0.0' }],
    ['yarn', { file: 'vendor/toolkit-1.0.0.tgz' }],
    ['bun', { registry: '^1.0.0' }],
    ['bun', { file: 'vendor/toolkit-1.0.0.tgz' }],
  ];

  it.each(cases)(
    'has the tools of the version its %s lockfile pins (%o), named with the lockfile line',
    async (manager, source) => {
      const dir = serverFolder(manager, v1, source);
      const snapshot = await snapshotOf(dir);

      expect(snapshot.mcp?.tools.map((t) => t.name).sort()).toEqual(['fetch', 'search']);
      expect(snapshot.mcp?.tools.find((t) => t.name === 'search')?.inputSchema).toMatchObject({
        type: 'object',
        required: ['query'],
      });
      const line = entryLine(lockfileText(manager, v1, source), manager, v1);
      expect(line).toBeGreaterThan(0);
      expect(snapshot.provenance.mcpDependencies).toEqual([
        {
          name: TOOLKIT,
          version: '1.0.0',
          from: 'lockfile',
          lockfile: { file: LOCKFILE_NAMES[manager], line },
          ...('file' in source ? { source: 'tarball' } : {}),
        },
      ]);
      expect(snapshot.provenance.mcpReading).toMatchObject({ status: 'complete', gaps: [] });
      expect(snapshot.provenance.mcpReading?.tried[1]).toContain(`the tools of the dependency ${TOOLKIT}@1.0.0, `);
      expect(snapshot.provenance.mcpReading?.tried[1]).toContain(`${LOCKFILE_NAMES[manager]}:${line}`);
      // A tool is located where the server imports the toolkit: the line a maintainer can act on.
      expect(snapshot.mcp?.locations?.['tool:search']).toEqual({ file: 'src/index.ts', line: 2 });
    },
  );

  it('reads an installed copy of exactly the pinned version without asking the registry', async () => {
    const dir = serverFolder('npm', v1, { registry: '1.0.0' });
    const installed = path.join(dir, 'node_modules', TOOLKIT);
    mkdirSync(installed, { recursive: true });
    await extract({ file: v1.tarball, cwd: installed, strip: 1 });
    const asked = registry.requests.length;

    const snapshot = await snapshotOf(dir, { npm_config_registry: 'http://127.0.0.1:9/' });
    expect(snapshot.mcp?.tools.map((t) => t.name).sort()).toEqual(['fetch', 'search']);
    expect(snapshot.provenance.mcpReading?.tried[1]).toContain(`installed in node_modules/${TOOLKIT}`);
    expect(registry.requests.length).toBe(asked);
  });

  it('keeps a downloaded version in the cache, and reads it from there the next time', async () => {
    const dir = serverFolder('npm', v1, { registry: '^1.0.0' });
    await snapshotOf(dir);
    expect(readdirSync(cache)).toContain(`${TOOLKIT}@1.0.0`);
    const asked = registry.requests.length;
    const again = await snapshotOf(dir);
    expect(again.mcp?.tools).toHaveLength(2);
    expect(again.provenance.mcpReading?.tried[1]).toContain('(cached)');
    expect(registry.requests.length).toBe(asked);
  });
});

describe('a server whose tools a package in a folder of the repository registers', () => {
  it.each([
    ['pnpm', 'link:../tools'],
    ['npm', 'file:../tools'],
  ] as const)('reads the folder at the same commit, as the %s lockfile links it (%s)', async (manager, range) => {
    const root = tempDir('mcpver-repository-');
    execFileSync('git', ['init', '-q'], { cwd: root });
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    };
    // A private package: no version of its own. No workspace names it: the server's lockfile links it.
    write(
      'tools/package.json',
      JSON.stringify({
        name: '@acme/tools',
        private: true,
        type: 'module',
        main: 'src/index.ts',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, zod: '^3.25.0' },
      }),
    );
    write(
      'tools/src/index.ts',
      `import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\n\nexport function registerTools(server: McpServer) {\n  server.tool('lookup', 'Look a word up', { word: z.string() }, async () => ({ content: [] }));\n}\n`,
    );
    write(
      'server/package.json',
      JSON.stringify({
        name: '@acme/server',
        version: '1.0.0',
        type: 'module',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, '@acme/tools': range },
      }),
    );
    write(
      'server/src/index.ts',
      `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { registerTools } from '@acme/tools';\n\nconst server = new McpServer({ name: 'acme', version: '1.0.0' });\nregisterTools(server);\n`,
    );
    const lockfile =
      manager === 'pnpm'
        ? `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    dependencies:\n      '@acme/tools':\n        specifier: link:../tools\n        version: link:../tools\n      '@modelcontextprotocol/sdk':\n        specifier: ${SDK_RANGE}\n        version: 1.32.2(zod@3.25.76)\n`
        : `${JSON.stringify(
            {
              name: '@acme/server',
              version: '1.0.0',
              lockfileVersion: 3,
              requires: true,
              packages: {
                '': {
                  name: '@acme/server',
                  version: '1.0.0',
                  dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, '@acme/tools': 'file:../tools' },
                },
                '../tools': {
                  name: '@acme/tools',
                  dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, zod: '^3.25.0' },
                },
                'node_modules/@acme/tools': { resolved: '../tools', link: true },
              },
            },
            null,
            2,
          )}\n`;
    write(`server/${LOCKFILE_NAMES[manager]}`, lockfile);

    const snapshot = await snapshotOf(path.join(root, 'server'));
    expect(snapshot.mcp?.tools.map((t) => t.name)).toEqual(['lookup']);
    const line =
      lockfile
        .split('\n')
        .findIndex((l) =>
          manager === 'pnpm' ? l === "      '@acme/tools':" : l.includes('"node_modules/@acme/tools"'),
        ) + 1;
    expect(snapshot.provenance.mcpDependencies).toEqual([
      {
        name: '@acme/tools',
        version: 'workspace',
        from: 'lockfile',
        source: 'folder',
        lockfile: { file: `server/${LOCKFILE_NAMES[manager]}`, line },
      },
    ]);
    expect(snapshot.provenance.mcpReading?.tried[1]).toContain(
      `the folder tools, pinned in server/${LOCKFILE_NAMES[manager]}:${line}`,
    );
  });
});

describe('a toolkit that ships a build per framework and per module format', () => {
  it('is read from the entry point the server imports, as an ES module import resolves it', async () => {
    // `./mcp` has an ES module and a CommonJS build of the same server; `./agents` registers tools for another framework.
    const register = (tool: string) =>
      `server.tool('${tool}', 'From ${tool}', { query: z.string() }, async () => ({ content: [] }));`;
    const esm = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\nimport { title } from './shared.mjs';\nexport function createServer() {\n  const server = new McpServer({ name: title, version: '1.0.0' });\n  ${register('search')}\n  return server;\n}\n`;
    const toolkit = packToolkit(`${TOOLKIT}-builds`, '1.0.0', [], {
      manifest: {
        main: undefined,
        exports: {
          './mcp': { types: './mcp/index.d.ts', import: './mcp/index.mjs', require: './mcp/index.cjs' },
          './agents': './agents/index.mjs',
        },
      },
      files: {
        'mcp/index.mjs': esm,
        'mcp/shared.mjs': "export const title = 'acme';\n",
        'mcp/index.cjs': `const { McpServer } = require('@modelcontextprotocol/sdk/server/mcp.js');\nconst { z } = require('zod');\nexports.createServer = () => { const server = new McpServer({ name: 'acme', version: '1.0.0' }); ${register('search_from_require')} return server; };\n`,
        'agents/index.mjs': `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nimport { z } from 'zod';\nconst server = new McpServer({ name: 'agents', version: '1.0.0' });\n${register('agent_only')}\n`,
      },
    });
    const source = { file: 'vendor/builds-1.0.0.tgz' };
    const dir = serverFolder('npm', toolkit, source);
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({
        name: 'acme-mcp',
        version: '1.0.0',
        type: 'module',
        dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, [toolkit.name]: rangeOf(source) },
      }),
    );
    writeFileSync(
      path.join(dir, 'src/index.ts'),
      `import { createServer } from '${toolkit.name}/mcp';\nawait createServer().connect();\n`,
    );

    const snapshot = await snapshotOf(dir);
    expect(snapshot.mcp?.tools.map((t) => t.name)).toEqual(['search']);
    expect(snapshot.provenance.mcpReading?.tried[1]).toContain(
      '(static reading of 2 files from mcp/index.mjs, unpacked from vendor/builds-1.0.0.tgz)',
    );
  });
});

describe('a dependency that is an MCP server package and could not be read', () => {
  it('is a gap that may hide tools, naming the package, the lockfile line and the import, when the registry does not have the pinned version', async () => {
    const missing = { ...v1, version: '2.0.0' };
    const dir = serverFolder('npm', missing, { registry: '^2.0.0' });
    const snapshot = await snapshotOf(dir);

    const reading = snapshot.provenance.mcpReading!;
    expect(reading.status).toBe('unread');
    const line = entryLine(lockfileText('npm', missing, { registry: '^2.0.0' }), 'npm', missing);
    expect(reading.gaps).toEqual([
      expect.objectContaining({
        hidesItems: true,
        location: { file: 'src/index.ts', line: 2 },
        message: expect.stringContaining(
          `the dependency ${TOOLKIT}@2.0.0 (pinned in package-lock.json:${line}; imported here) is an MCP server package whose tools could not be read`,
        ),
      }),
    ]);
    expect(reading.gaps[0]!.message).toContain(
      `npm could not download ${TOOLKIT}@2.0.0: No matching version found for ${TOOLKIT}@2.0.0. (the registry no longer has it: it was unpublished)`,
    );
  });

  it('refuses a committed tarball that is not the one the lockfile pins', async () => {
    const other = packToolkit(TOOLKIT, '1.0.0', [
      { name: 'search', description: 'Search, differently', shape: '{ query: z.string() }' },
    ]);
    const dir = serverFolder('pnpm', v1, { file: 'vendor/toolkit.tgz' });
    vendor(other, dir, 'vendor/toolkit.tgz');
    const snapshot = await snapshotOf(dir);

    expect(snapshot.mcp?.tools ?? []).toEqual([]);
    expect(snapshot.provenance.mcpReading?.gaps[0]).toMatchObject({
      hidesItems: true,
      message: expect.stringMatching(/does not have the integrity the lockfile pins/),
    });
    expect(snapshot.provenance.mcpReading?.gaps[0]?.message).toContain('pinned in pnpm-lock.yaml:');
  });

  it('says that a git dependency is not fetched, rather than reading something else', async () => {
    const text = lockfileText('npm', v1, { registry: '^1.0.0' }).replace(
      `"resolved": "https://registry.npmjs.org/${TOOLKIT}/-/${TOOLKIT}-1.0.0.tgz"`,
      '"resolved": "git+ssh://git@github.com/acme/toolkit.git#0123456789abcdef0123456789abcdef01234567"',
    );
    const dir = serverFolder('npm', v1, { registry: '^1.0.0' }, text);
    const snapshot = await snapshotOf(dir);

    expect(snapshot.provenance.mcpReading?.gaps[0]).toMatchObject({
      hidesItems: true,
      message: expect.stringMatching(/git\+ssh:\/\/git@github\.com\/acme\/toolkit\.git.*which mcpver does not fetch/),
    });
  });

  it('says that a toolkit asked for by a dist-tag and pinned by no lockfile cannot be compared, rather than reading today’s version for both releases', async () => {
    const dir = serverFolder('npm', v1, { registry: 'latest' });
    rmSync(path.join(dir, 'package-lock.json'));
    // Installed: what says it is an MCP server package.
    const installed = path.join(dir, 'node_modules', TOOLKIT);
    mkdirSync(installed, { recursive: true });
    await extract({ file: v1.tarball, cwd: installed, strip: 1 });
    const snapshot = await snapshotOf(dir);

    expect(snapshot.mcp?.tools ?? []).toEqual([]);
    expect(snapshot.provenance.mcpReading?.gaps).toEqual([
      expect.objectContaining({
        hidesItems: true,
        location: { file: 'src/index.ts', line: 2 },
        message: expect.stringContaining(
          `the dependency ${TOOLKIT} ("latest" in package.json, with no lockfile; imported here) is an MCP server package whose tools could not be read: it is not pinned: package.json asks for the dist-tag "latest"`,
        ),
      }),
    ]);
  });

  it('says what is not known when a yarn 1 lockfile does not record whether a dependency is an MCP server package', async () => {
    const dir = serverFolder('yarn-classic', v1, { registry: '^1.0.0' });
    const snapshot = await snapshotOf(dir);

    expect(snapshot.provenance.mcpReading?.status).toBe('unread');
    expect(snapshot.provenance.mcpReading?.gaps.map((g) => g.message).join('\n')).toContain(
      `the dependency ${TOOLKIT}`,
    );
  });
});

// The default cache is shared by every check of this user: remove what these tests put there.
afterAll(() => {
  const shared = path.join(tmpdir(), `mcpver-packages-${process.getuid?.() ?? 'user'}`);
  try {
    for (const entry of readdirSync(shared))
      if (entry.startsWith(`${TOOLKIT}@`)) rmSync(path.join(shared, entry), { recursive: true, force: true });
  } catch {
    // No shared cache was made.
  }
});
