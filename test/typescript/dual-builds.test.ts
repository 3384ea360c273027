// Dual packages ship each module twice (`x.d.ts` for require, `x.d.mts` for import). When both builds
// declare the same thing, one probe answers for a declaration in both; when they differ, each build
// is probed on its own.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { typescriptAnalysis } from '../../src/compat/typescript/analysis.ts';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { snapshotOf } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'mcpver-dual-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** A dual package: `.` imports `index.d.mts`, `./client` requires `client.d.ts`; both re-export `./options`. */
function dual(version: string, esm: string, cjs: string): string {
  const dir = path.join(root, String(counter++));
  mkdirSync(dir, { recursive: true });
  const exportsField = {
    '.': { import: { types: './index.d.mts' } },
    './client': { require: { types: './client.d.ts' } },
  };
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lib', version, exports: exportsField }));
  writeFileSync(path.join(dir, 'index.d.mts'), "export * from './options.mjs';\n");
  writeFileSync(
    path.join(dir, 'client.d.ts'),
    "export * from './options.js';\nexport declare class Client {\n  #private;\n}\n",
  );
  writeFileSync(path.join(dir, 'options.d.mts'), esm);
  writeFileSync(path.join(dir, 'options.d.ts'), cjs);
  return dir;
}

const before =
  'export interface Options {\n  retries: number;\n}\nexport declare function connect(options: Options): void;\n';
const after =
  'export interface Options {\n  retries: number;\n  timeout: number;\n}\nexport declare function connect(options: Options): void;\n';

describe('dual builds', () => {
  it('probes a declaration once for both builds of a faithful dual package, and reports it in both', () => {
    const [old, next] = [snapshotOf(dual('1.0.0', before, before)), snapshotOf(dual('1.1.0', after, after))];
    const analysis = typescriptAnalysis(old, next)!;
    const options = analysis.changed.filter((p) => p.name === 'Options');
    expect(options.map((p) => [p.entry, p.old.declarationFile])).toEqual([
      ['.', 'options.d.mts'],
      ['./client', 'options.d.ts'],
    ]);
    expect(options[0]!.probes.length).toBeGreaterThan(0);
    expect(options[1]!.probes).toBe(options[0]!.probes);
    const majors = diffSnapshots(old, next).filter((c) => c.level === 'major');
    expect(majors.map((c) => c.subject)).toEqual(['ts:.:Options.timeout', 'ts:./client:Options.timeout']);
  });

  it('probes each build on its own when the two differ', () => {
    // The CommonJS build did not change: only the ES module build breaks.
    const [old, next] = [snapshotOf(dual('1.0.0', before, before)), snapshotOf(dual('1.1.0', after, before))];
    const options = typescriptAnalysis(old, next)!.changed.filter((p) => p.name === 'Options');
    expect(options.map((p) => p.entry)).toEqual(['.']);
    const changed = typescriptAnalysis(
      snapshotOf(dual('1.0.0', before, before)),
      snapshotOf(dual('1.1.0', after, after.replace('timeout: number', 'timeout?: number'))),
    )!.changed.filter((p) => p.name === 'Options');
    expect(changed).toHaveLength(2);
    expect(changed[1]!.probes).not.toBe(changed[0]!.probes);
  });
});
