// `mcpver check` at the root of a monorepo with no config: the root package is the workspace, and
// checking it compared two empty surfaces and passed whatever the server's release did. The server
// package is checked instead; when several could be meant, the check stops and names them.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const sdk = { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^3.25.0' };

const serverSource = (shape: string) => `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { describeCity } from '@acme/shared';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
server.tool('forecast', describeCity('The forecast'), { ${shape} }, async () => ({ content: [] }));
await server.connect(new StdioServerTransport());
`;

describe('a check at the root of a monorepo with no config', () => {
  let repo: TempRepo;
  let log: string[];
  beforeEach(() => {
    repo = tempRepo();
    log = [];
    repo.write('package.json', { name: 'acme-monorepo', private: true, workspaces: ['packages/*'] });
    // A shared library of the workspace that also depends on the SDK: not the server users launch.
    repo.write('packages/shared/package.json', {
      name: '@acme/shared',
      version: '1.0.0',
      type: 'module',
      dependencies: sdk,
    });
    repo.write('packages/shared/src/index.ts', 'export const describeCity = (what: string) => `${what} for a city`;\n');
    repo.write('packages/weather/package.json', {
      name: '@acme/weather-mcp',
      version: '1.0.0',
      type: 'module',
      bin: { 'weather-mcp': 'dist/index.js' },
      dependencies: { ...sdk, '@acme/shared': '1.0.0' },
    });
    repo.write('packages/weather/src/index.ts', serverSource('city: z.string()'));
    repo.commit('1.0.0', 'v1.0.0');
  });
  afterEach(() => repo.remove());

  const release = (files: Record<string, string | object>) => {
    for (const [file, content] of Object.entries(files)) repo.write(file, content);
    repo.commit('1.0.1', 'v1.0.1');
  };

  it('checks the server package and catches its breaking change (the root alone passed it)', async () => {
    release({
      'packages/weather/package.json': {
        name: '@acme/weather-mcp',
        version: '1.0.1',
        type: 'module',
        bin: { 'weather-mcp': 'dist/index.js' },
        dependencies: { ...sdk, '@acme/shared': '1.0.0' },
      },
      'packages/weather/src/index.ts': serverSource('city: z.string(), days: z.number()'),
    });
    const { report, package: pkg } = await runCheck({
      cwd: repo.dir,
      from: 'v1.0.0',
      to: 'v1.0.1',
      log: (line: string) => log.push(line),
    });
    expect(pkg.path).toBe('packages/weather');
    expect(log[0]).toBe(
      'The repository root is a workspace, not an MCP server: checking packages/weather (@acme/weather-mcp). Set --path or .github/mcpver.yml to choose another package.',
    );
    expect(report.changes.map((c) => `${c.rule} ${c.subject}`)).toContain(
      'input-required-property-added tool:forecast.input.days',
    );
    expect(report.verdict).toBe('under-bumped');
  });

  it('stops and names the servers when two could be meant, and checks the one --path names', async () => {
    repo.write('packages/tides/package.json', {
      name: '@acme/tides-mcp',
      version: '1.0.0',
      type: 'module',
      bin: { 'tides-mcp': 'dist/index.js' },
      dependencies: sdk,
    });
    repo.write(
      'packages/tides/src/index.ts',
      serverSource('port: z.string()').replace(
        "import { describeCity } from '@acme/shared';\n",
        'const describeCity = (s: string) => s;\n',
      ),
    );
    repo.commit('tides', 'v1.0.1');
    await expect(runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1' })).rejects.toThrow(
      'The repository root is a workspace, not an MCP server, and 2 of its packages are MCP servers: packages/tides (@acme/tides-mcp), packages/weather (@acme/weather-mcp). Name the one to check with --path',
    );
    const { package: pkg } = await runCheck({
      cwd: repo.dir,
      from: 'v1.0.0',
      to: 'v1.0.1',
      overrides: { path: 'packages/weather' },
    });
    expect(pkg.path).toBe('packages/weather');
  });

  it('keeps the root when the root is the server', async () => {
    repo.write('package.json', {
      name: 'acme-weather',
      version: '1.0.0',
      type: 'module',
      workspaces: ['packages/*'],
      dependencies: sdk,
    });
    repo.write(
      'src/index.ts',
      serverSource('city: z.string()').replace(
        "import { describeCity } from '@acme/shared';\n",
        'const describeCity = (s: string) => s;\n',
      ),
    );
    repo.commit('root server', 'v1.0.1');
    const { package: pkg } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1', log: (l) => log.push(l) });
    expect(pkg.path).toBe('.');
    expect(log.some((l) => l.includes('not an MCP server'))).toBe(false);
  });
});
