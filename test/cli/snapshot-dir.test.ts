import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mcpver } from '../helpers/cli.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-snapshot-dir-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const folder = (name: string, files: Record<string, string>) => {
  const root = path.join(dir, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
};

describe('mcpver snapshot --dir on a folder of declarations without package.json', () => {
  it('reads index.d.ts as the package entry, and the diff of two such folders says what bump they need', async () => {
    const old = folder('old', {
      'index.d.ts': 'export declare function connect(url: string): void;\nexport declare const VERSION: string;\n',
    });
    const next = folder('new', {
      'index.d.ts': 'export declare function connect(url: string, timeout: number): void;\n',
    });
    for (const [side, root] of [
      ['old', old],
      ['new', next],
    ] as const) {
      const result = await mcpver(['snapshot', '--dir', root, '--out', path.join(dir, `${side}.json`)], dir);
      // Only the progress of each step (issue 13): no warning, no error.
      expect(
        result.stderr
          .split('\n')
          .filter(Boolean)
          .every((line) => /^mcpver: \w[\w ]*(…| done in [\d.]+ s)$/.test(line)),
      ).toBe(true);
      expect(result.stderr).toContain('mcpver: TypeScript done in');
      expect(result.code).toBe(0);
    }
    const snapshot = JSON.parse(readFileSync(path.join(dir, 'old.json'), 'utf8'));
    expect(snapshot.package).toBeNull();
    expect(snapshot.typescript.entryPoints).toEqual({ '.': 'index.d.ts' });
    expect(snapshot.provenance.warnings).toEqual([
      expect.objectContaining({ part: 'package', message: expect.stringContaining('bare folder') }),
    ]);

    const diff = await mcpver(['diff', path.join(dir, 'old.json'), path.join(dir, 'new.json'), '--json'], dir);
    expect(diff.code).toBe(1);
    const report = JSON.parse(diff.stdout);
    expect(report.required).toBe('major');
    expect(report.changes.map((c: { rule: string }) => c.rule).sort()).toEqual([
      'ts-export-removed',
      'ts-parameter-added',
    ]);
  });

  it('without an index, reads each file as a subpath of its own and prefers declarations to sources', async () => {
    const root = folder('several', {
      'client.d.ts': 'export declare class Client { close(): void }\n',
      'client.ts': 'export class Client { close(): void {} open(): void {} }\n',
      'tools.d.ts': 'export type ToolName = "a" | "b";\n',
    });
    const result = await mcpver(['snapshot', '--dir', root], dir);
    expect(result.code).toBe(0);
    const snapshot = JSON.parse(result.stdout);
    expect(snapshot.typescript.entryPoints).toEqual({ './client': 'client.d.ts', './tools': 'tools.d.ts' });
    expect(
      snapshot.typescript.declarations.map((d: { entry: string; name: string }) => `${d.entry}:${d.name}`).sort(),
    ).toEqual(['./client:Client', './tools:ToolName']);
  });

  it('passes a comparison of unversioned folders that only adds, and says so without a bump verdict', async () => {
    const old = folder('add-old', { 'index.d.ts': 'export interface Options { name: string }\n' });
    const next = folder('add-new', {
      'index.d.ts':
        'export interface Options { name: string }\nexport declare function start(options: Options): void;\n',
    });
    await mcpver(['snapshot', '--dir', old, '--out', path.join(dir, 'a.json')], dir);
    await mcpver(['snapshot', '--dir', next, '--out', path.join(dir, 'b.json')], dir);
    const diff = await mcpver(['diff', path.join(dir, 'a.json'), path.join(dir, 'b.json'), '--json'], dir);
    expect(diff.code).toBe(0);
    expect(JSON.parse(diff.stdout)).toMatchObject({ required: 'minor', actual: 'none', verdict: 'ok', failed: false });
  });

  it('refuses a folder with neither package.json nor TypeScript files, and says what it looked for', async () => {
    const empty = folder('empty', { 'README.md': '# nothing\n' });
    const result = await mcpver(['snapshot', '--dir', empty], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`There is no readable package.json in ${empty}`);
    expect(result.stderr).toContain('nor TypeScript files');
  });
});
