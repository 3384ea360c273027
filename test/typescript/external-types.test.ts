// Types from other packages: the snapshot keeps the declarations of the dependencies a package's
// own declarations import, and the diff's checker compares them (real zod, installed here).

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { EXTERNAL_TYPES_MAX_CHARS } from '../../src/surface/typescript/external-types.ts';
import { compileWitness, snapshotOf } from './helpers.ts';

const ZOD = path.resolve(import.meta.dirname, '../../node_modules/zod');
const work = mkdtempSync(path.join(tmpdir(), 'mcpver-external-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function pkg(name: string, version: string, dts: string, deps: Record<string, string> = { zod: ZOD }): string {
  const dir = path.join(work, name);
  mkdirSync(path.join(dir, 'node_modules'), { recursive: true });
  for (const [dep, target] of Object.entries(deps)) symlinkSync(target, path.join(dir, 'node_modules', dep), 'dir');
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'validators',
      version,
      types: 'index.d.ts',
      dependencies: Object.fromEntries(Object.keys(deps).map((d) => [d, '*'])),
    }),
  );
  writeFileSync(path.join(dir, 'index.d.ts'), dts);
  return dir;
}

const OLD = `import { z } from 'zod';
export declare function validate(schema: z.ZodString): void;
export declare function shape(): z.ZodObject<{ a: z.ZodString }>;
export declare function same(x: z.ZodTypeAny): z.ZodTypeAny;
`;
const NEW = `import { z, type ZodTypeAny } from 'zod';
export declare function validate(schema: z.ZodNumber): void;
export declare function shape(): z.ZodObject<{ a: z.ZodString; b: z.ZodOptional<z.ZodNumber> }>;
export declare function same(x: ZodTypeAny): ZodTypeAny;
`;

describe("types from other packages (zod's declarations kept in the snapshot)", () => {
  const oldDir = pkg('old', '1.0.0', OLD);
  const newDir = pkg('new', '1.1.0', NEW);
  const old = snapshotOf(oldDir);
  const next = snapshotOf(newDir);
  const changes = diffSnapshots(old, next, { ruleOptions: {} });
  const of = (name: string) => changes.filter((c) => c.item === `ts:.:${name}`);

  it('keeps the declarations of the imported dependency with its trimmed package.json, and not Node or TypeScript', () => {
    const files = Object.keys(
      old.typescript && 'externalFiles' in old.typescript ? (old.typescript.externalFiles as object) : {},
    );
    expect(files).toContain('node_modules/zod/package.json');
    expect(files.some((f) => f.startsWith('node_modules/zod/') && /\.d\.(m|c)?ts$/.test(f))).toBe(true);
    expect(files.filter((f) => !f.startsWith('node_modules/zod/'))).toEqual([]);
  });

  it('calls a parameter narrowed from one zod type to another major, with a witness that fails against the new version', () => {
    expect(of('validate')).toEqual([expect.objectContaining({ rule: 'ts-parameter-type-changed', level: 'major' })]);
    const compiled = compileWitness(of('validate')[0]!, oldDir, newDir, 'validators');
    expect(compiled.old).toEqual([]);
    expect(compiled.new.join('\n')).toMatch(/ZodString.*not assignable.*ZodNumber/);
  });

  it('sees a returned zod object that gained a property as minor, and a rewrite through an alias as equivalent', () => {
    expect(of('shape')).toEqual([expect.objectContaining({ level: 'minor' })]);
    expect(of('same')).toEqual([expect.objectContaining({ rule: 'ts-declaration-changed', level: 'patch' })]);
  });

  it('without the dependency installed, reports the same rewrite for review instead of calling it equivalent', () => {
    const bare = diffSnapshots(
      snapshotOf(pkg('old-bare', '1.0.0', OLD, {})),
      snapshotOf(pkg('new-bare', '1.1.0', NEW, {})),
      { ruleOptions: {} },
    );
    expect(bare.filter((c) => c.item === 'ts:.:same')).toEqual([
      expect.objectContaining({
        level: 'minor',
        message: expect.stringContaining('names types from zod, which the checker could not compare; review it'),
      }),
    ]);
  });

  it('loads a dependency at one major on both sides, and leaves one that moved to a new major for review', () => {
    const dep = (version: string, body: string) => {
      const dir = path.join(work, 'store', `dep-${version}`, 'node_modules', 'dep');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'dep', version, types: 'index.d.ts' }));
      writeFileSync(path.join(dir, 'index.d.ts'), body);
      return dir;
    };
    const use = "import type { Options } from 'dep';\nexport declare function start(o: Options): void;\n";
    const used =
      "import type { Options } from 'dep';\nexport declare function start(options: Options, name?: string): void;\n";
    const v1 = dep('1.0.0', 'export interface Options { a: string }\n');
    const v1b = dep('1.1.0', 'export interface Options { a: string; b: number }\n');
    const v2 = dep('2.0.0', 'export interface Options { a: string; b: number }\n');
    const old = snapshotOf(pkg('dep-old', '1.0.0', use, { dep: v1 }));
    const sameMajor = diffSnapshots(old, snapshotOf(pkg('dep-minor', '1.0.1', used, { dep: v1b })), {
      ruleOptions: {},
    });
    // Options gained a required member consumers must now supply: the checker sees it through dep 1.1.
    expect(sameMajor.filter((c) => c.item === 'ts:.:start')).toEqual([expect.objectContaining({ level: 'major' })]);
    const newMajor = diffSnapshots(old, snapshotOf(pkg('dep-major', '2.0.0', used, { dep: v2 })), { ruleOptions: {} });
    // Two majors' types are not compared structurally (ts-dependency-type-major's business): only the new optional parameter is seen.
    expect(newMajor.filter((c) => c.item === 'ts:.:start').map((c) => `${c.level} ${c.rule}`)).toEqual([
      'minor ts-parameter-added',
    ]);
    // A declaration whose text is all that changed, naming the moved dependency, is left for review and says why.
    const renamed = "import type { Options as Opts } from 'dep';\nexport declare function start(o: Opts): void;\n";
    const review = diffSnapshots(old, snapshotOf(pkg('dep-major-alias', '2.0.0', renamed, { dep: v2 })), {
      ruleOptions: {},
    });
    expect(review.filter((c) => c.item === 'ts:.:start')).toEqual([
      expect.objectContaining({
        level: 'minor',
        flag: 'dep moved to a new major: its types are not compared across majors (see ts-dependency-type-major).',
      }),
    ]);
  });

  it('leaves a dependency larger than the snapshot keeps out, says so, and reports for review', () => {
    // Installed, as npm installs it: inside a node_modules folder.
    const big = path.join(work, 'store', 'node_modules', 'big-dep');
    mkdirSync(big, { recursive: true });
    writeFileSync(
      path.join(big, 'package.json'),
      JSON.stringify({ name: 'big-dep', version: '1.0.0', types: 'index.d.ts' }),
    );
    const padding = `/** ${'x'.repeat(EXTERNAL_TYPES_MAX_CHARS)} */\n`;
    writeFileSync(
      path.join(big, 'index.d.ts'),
      `${padding}export interface Big { a: string }\nexport interface Other { a: string }\n`,
    );
    const use = (t: string) => `import type { ${t} } from 'big-dep';\nexport declare function take(x: ${t}): void;\n`;
    const a = snapshotOf(pkg('big-old', '1.0.0', use('Big'), { 'big-dep': big }));
    const b = snapshotOf(pkg('big-new', '1.0.1', use('Other'), { 'big-dep': big }));
    expect(a.provenance.warnings).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^The declarations of big-dep \(\d+ KiB\) are larger than mcpver keeps/),
      }),
    );
    expect(diffSnapshots(a, b, { ruleOptions: {} }).filter((c) => c.item === 'ts:.:take')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('names types from big-dep') }),
    ]);
  });
});
