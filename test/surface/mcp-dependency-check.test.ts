// `mcpver check` and `mcpver snapshot` on a real git repository of a thin server whose tools a
// toolkit package registers: the release that only moves the toolkit in the lockfile is judged by
// the toolkit's tool changes, and every face names the toolkit and its versions. The toolkit is
// published to a registry on 127.0.0.1 that the repository's .npmrc names, as a private one would be.

import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportMarkdown } from '../../src/render/markdown.ts';
import { mcpver } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { removeTempDirs } from './helpers.ts';
import { entryLine, lockfileText, SDK_RANGE } from './lockfile-texts.ts';
import { packToolkit, serveRegistry, type LocalRegistry, type PackedToolkit } from './toolkit-packages.ts';

const TOOLKIT = `acme-toolkit-${process.pid}-${Date.now().toString(36)}`;

let v1: PackedToolkit;
let v11: PackedToolkit;
let registry: LocalRegistry;
let repo: TempRepo;

function release(version: string, toolkit: PackedToolkit): void {
  repo.write('package.json', {
    name: 'acme-mcp',
    version,
    type: 'module',
    dependencies: { '@modelcontextprotocol/sdk': SDK_RANGE, [TOOLKIT]: `^${toolkit.version}` },
  });
  repo.write('package-lock.json', lockfileText('npm', toolkit, { registry: `^${toolkit.version}` }));
  repo.commit(version, `v${version}`);
}

beforeAll(async () => {
  v1 = packToolkit(TOOLKIT, '1.0.0', [
    { name: 'search', description: 'Search the catalogue', shape: '{ query: z.string() }' },
    { name: 'fetch', description: 'Fetch one item', shape: '{ id: z.string() }' },
  ]);
  // 1.1.0 removes `fetch` and makes `limit` a required argument of `search`.
  v11 = packToolkit(TOOLKIT, '1.1.0', [
    { name: 'search', description: 'Search the catalogue', shape: '{ query: z.string(), limit: z.number() }' },
  ]);
  registry = await serveRegistry([v1, v11]);
  repo = tempRepo();
  repo.write('.npmrc', `registry=${registry.url}\n`);
  repo.write(
    'src/index.ts',
    `import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createServer } from '${TOOLKIT}';

await createServer().connect(new StdioServerTransport());
`,
  );
  release('1.0.0', v1);
  // A patch release of the server whose only change is the toolkit the lockfile pins.
  release('1.0.1', v11);
});

afterAll(async () => {
  await registry.close();
  repo.remove();
  removeTempDirs();
  const shared = path.join(tmpdir(), `mcpver-packages-${process.getuid?.() ?? 'user'}`);
  try {
    for (const entry of readdirSync(shared))
      if (entry.startsWith(`${TOOLKIT}@`)) rmSync(path.join(shared, entry), { recursive: true, force: true });
  } catch {
    // No shared cache was made.
  }
});

describe('a release that moves the toolkit its tools come from', () => {
  it('is judged by the toolkit’s tool changes, located at the import, with the toolkit named in the report', async () => {
    const result = await mcpver(['check', '--from', 'v1.0.0', '--to', 'v1.0.1', '--json'], repo.dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ verdict: 'under-bumped', required: 'major', actual: 'patch', incomplete: [] });
    const line = entryLine(lockfileText('npm', v11, { registry: '^1.1.0' }), 'npm', v11);
    expect(report.mcpDependencies).toEqual([
      { name: TOOLKIT, from: '1.0.0', to: '1.1.0', pinnedIn: `package-lock.json:${line}` },
    ]);
    const majors = report.changes.filter((c: { level: string }) => c.level === 'major');
    expect(majors.map((c: { subject: string }) => c.subject).sort()).toEqual(['tool:fetch', 'tool:search.input.limit']);
    expect(majors.find((c: { subject: string }) => c.subject === 'tool:search.input.limit').location).toEqual({
      file: 'src/index.ts',
      line: 2,
    });
    // The job summary and the pull request comment say it under the verdict.
    expect(renderReportMarkdown(report).markdown).toContain(
      `**Tools from a dependency:** \`${TOOLKIT}\` 1.0.0 → 1.1.0, pinned in \`package-lock.json:${line}\`.`,
    );
  });

  it('says in the text report which toolkit moved, and from which version to which', async () => {
    const result = await mcpver(['check', '--from', 'v1.0.0', '--to', 'v1.0.1', '--format', 'text'], repo.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`From a dependency: ${TOOLKIT} 1.0.0 → 1.1.0, pinned in package-lock.json:`);
  });

  it('passes the release when the toolkit did not move', async () => {
    const result = await mcpver(['check', '--from', 'v1.0.1', '--to', 'HEAD', '--json'], repo.dir);
    const report = JSON.parse(result.stdout);
    expect(report.verdict).toBe('ok');
    expect(report.mcpDependencies).toEqual([expect.objectContaining({ name: TOOLKIT, from: '1.1.0', to: '1.1.0' })]);
  });

  it('names the toolkit in the snapshot of the working tree', async () => {
    const out = path.join(repo.dir, '..', `${path.basename(repo.dir)}-snapshot.json`);
    const result = await mcpver(['snapshot', '--dir', '.', '--out', out], repo.dir);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out);
    expect(snapshot.mcp.tools.map((t: { name: string }) => t.name)).toEqual(['search']);
    expect(snapshot.provenance.mcpDependencies).toEqual([
      expect.objectContaining({ name: TOOLKIT, version: '1.1.0', from: 'lockfile' }),
    ]);
  });
});
