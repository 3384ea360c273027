// A check never passes on an MCP surface it could not read: real git repositories of small servers
// whose tools the static reader cannot (or can only partly) follow.

import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check.ts';
import { renderReportMarkdown } from '../../src/render/markdown.ts';
import { renderReport } from '../../src/render/text.ts';
import { reportAnnotations } from '../../src/render/annotations.ts';
import { takeStaticMcpSurface } from '../../src/surface/mcp-static/index.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const manifest = (
  version: string,
  deps: Record<string, string> = { '@modelcontextprotocol/sdk': '^1.20.0', zod: '^3.25.0' },
) => ({
  name: 'weather-mcp',
  version,
  type: 'module',
  dependencies: deps,
});

const readable = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
server.tool('forecast', 'The forecast for a city', { city: z.string() }, async () => ({ content: [] }));
server.tool('alerts', 'Weather alerts for a state', { state: z.string() }, async () => ({ content: [] }));
`;

// The tool list comes from the network at start-up: nothing a reader of the sources can know.
const fromTheNetwork = `import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
const server = new McpServer({ name: 'weather', version: '1.0.0' });
const definitions = await (await fetch(process.env.TOOLS_URL!)).json();
for (const definition of definitions) {
  server.registerTool(definition.name, { description: definition.description, inputSchema: { city: z.string() } }, async () => ({ content: [] }));
}
`;

describe('a check on an MCP server whose surface could not be read', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
  });
  afterEach(() => repo.remove());

  it('is incomplete, not ok, when a version reads as empty while the other lists tools, and says where and why first', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', readable);
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.0.1'));
    repo.write('src/index.ts', fromTheNetwork);
    repo.commit('1.0.1', 'v1.0.1');

    const { report } = await runCheck({
      cwd: repo.dir,
      from: 'v1.0.0',
      to: 'v1.0.1',
      overrides: { failOn: 'under-bump' },
    });
    // Both tools vanish from what was read: the diff alone would call this an under-bump.
    expect(report.verdict).toBe('under-bumped');
    const unread = report.incomplete.find((r) => r.side === 'to');
    expect(unread).toMatchObject({
      version: '1.0.1',
      status: 'unread',
      blocking: true,
      server: 'it depends on @modelcontextprotocol/sdk',
    });
    expect(unread?.gaps[0]).toMatchObject({ location: { file: 'src/index.ts', line: 6 }, hidesItems: true });
  });

  it('is incomplete when neither version can be read, where a silent reader would have said "patch, nothing to report"', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', fromTheNetwork);
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.0.1'));
    repo.write(
      'src/index.ts',
      fromTheNetwork.replace(
        "'@modelcontextprotocol/sdk/server/mcp.js';",
        "'@modelcontextprotocol/sdk/server/mcp.js';\n// a fix",
      ),
    );
    repo.commit('1.0.1', 'v1.0.1');

    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1' });
    expect(report.verdict).toBe('incomplete');
    expect(report.failed).toBe(true);
    expect(report.incomplete.map((r) => [r.side, r.status])).toEqual([
      ['from', 'unread'],
      ['to', 'unread'],
    ]);
    // The registration in the loop, one line lower in 1.0.1 (a comment was added above it).
    expect(report.incomplete[1]?.gaps[0]?.location).toEqual({ file: 'src/index.ts', line: 7 });
    expect(report.incomplete[1]?.advice).toMatch(/command:/);

    // Every face says it first: before any change, with the place that could not be read.
    const text = renderReport(report, { color: false });
    expect(text.split('\n')[0]).toMatch(
      /^✗ Incomplete: mcpver could not read the whole MCP surface of weather-mcp 1\.0\.0 and 1\.0\.1/,
    );
    expect(text).toContain('src/index.ts:7:');
    const markdown = renderReportMarkdown(report).markdown;
    expect(markdown.indexOf('Not read: v1.0.1')).toBeGreaterThan(0);
    expect(markdown.indexOf('Not read')).toBeLessThan(markdown.indexOf('<sub>Required'));
    expect(reportAnnotations(report)).toContainEqual(
      expect.objectContaining({ level: 'error', file: 'src/index.ts', startLine: 7 }),
    );

    const lenient = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1', overrides: { failOn: 'never' } });
    expect(lenient.report.verdict).toBe('incomplete');
    expect(lenient.report.failed).toBe(false);
  });

  it('is incomplete when the new version is no longer read as an MCP server at all (it became a hand-written proxy), whatever its version says', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', readable);
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.1.0', { undici: '^6.0.0' }));
    repo.write(
      'src/index.ts',
      `process.stdin.on('data', async (line) => process.stdout.write(await (await fetch('https://example.com/mcp', { method: 'POST', body: line })).text()));\n`,
    );
    repo.commit('1.1.0', 'v1.1.0');
    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.1.0' });
    expect(report.verdict).toBe('incomplete');
    expect(report.failed).toBe(true);
    expect(report.incomplete).toEqual([
      expect.objectContaining({
        side: 'to',
        version: '1.1.0',
        status: 'unread',
        blocking: true,
        reason: expect.stringContaining('while the other version lists 2 items'),
      }),
    ]);
    expect(renderReport(report, { color: false }).split('\n')[0]).toMatch(/^✗ Incomplete/);
  });

  it('is incomplete, not an error, when the new version has no package at all where the server was (rewritten in another language)', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', readable);
    repo.commit('1.0.0', 'v1.0.0');
    repo.git('rm', '-q', 'package.json', 'src/index.ts');
    repo.write('Cargo.toml', '[package]\nname = "weather-mcp"\nversion = "2.0.0"\n');
    repo.write('src/main.rs', 'fn main() {}\n');
    repo.commit('2.0.0', 'v2.0.0');
    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v2.0.0' });
    expect(report.verdict).toBe('incomplete');
    expect(report.incomplete).toEqual([expect.objectContaining({ side: 'to', status: 'unread', blocking: true })]);
  });

  it('refuses `surface: runtime` without a command or url, instead of reading nothing', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', readable);
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.0.1'));
    repo.commit('1.0.1', 'v1.0.1');
    await expect(
      runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1', overrides: { surface: 'runtime' } }),
    ).rejects.toThrow(/surface: runtime is set, but neither command nor url/);
  });

  it('stays ok for a package that uses the SDK only as a client', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write(
      'src/index.ts',
      `import { Client } from '@modelcontextprotocol/sdk/client/index.js';\nexport const client = new Client({ name: 'agent', version: '1.0.0' });\n`,
    );
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.0.1'));
    repo.commit('1.0.1', 'v1.0.1');
    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1' });
    expect(report).toMatchObject({ verdict: 'ok', failed: false, incomplete: [] });
  });

  it('stays ok, and quiet, for a package that is not an MCP server and declares nothing', async () => {
    repo.write('package.json', manifest('1.0.0', { chalk: '^5.0.0' }));
    repo.write('src/index.ts', 'export const greet = (name: string) => `hello ${name}`;\n');
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.0.1', { chalk: '^5.0.0' }));
    repo.commit('1.0.1', 'v1.0.1');
    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.0.1' });
    expect(report).toMatchObject({ verdict: 'ok', failed: false, incomplete: [] });
  });

  it('is ok when both versions are read completely', async () => {
    repo.write('package.json', manifest('1.0.0'));
    repo.write('src/index.ts', readable);
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', manifest('1.1.0'));
    repo.write(
      'src/index.ts',
      `${readable}server.tool('radar', 'Radar images', { city: z.string() }, async () => ({ content: [] }));\n`,
    );
    repo.commit('1.1.0', 'v1.1.0');
    const { report } = await runCheck({ cwd: repo.dir, from: 'v1.0.0', to: 'v1.1.0' });
    expect(report).toMatchObject({ verdict: 'ok', required: 'minor', incomplete: [] });
  });
});

describe('the static reader on a server at the root of its package', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'mcpver-root-server-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('never walks a node_modules (or any folder) linked into the package', async () => {
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest('1.0.0')));
    writeFileSync(path.join(dir, 'server.mjs'), readable.replace(', { city: z.string() }', ', { city: z.string() }'));
    // A linked folder full of sources that registers tools of its own: reading it would list them.
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'mcpver-linked-'));
    try {
      mkdirSync(path.join(elsewhere, 'pkg'), { recursive: true });
      writeFileSync(path.join(elsewhere, 'pkg', 'index.mjs'), readable.replace(/forecast/g, 'linked_tool'));
      symlinkSync(elsewhere, path.join(dir, 'node_modules'), 'dir');
      symlinkSync(elsewhere, path.join(dir, 'vendor'), 'dir');
      const { mcp, files } = await takeStaticMcpSurface(dir);
      expect(files).toEqual(['server.mjs']);
      expect(mcp.tools.map((t) => t.name).sort()).toEqual(['alerts', 'forecast']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
