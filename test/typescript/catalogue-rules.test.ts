// The TypeScript rules that complete catalogue section 5: names shared by a value and a type
// (TS-05), `this` parameters (TS-25), reordered type parameters (TS-29), the minimum TypeScript
// version (TS-56) and dependencies whose types the API re-exposes (TS-57). Real packages, real checker.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { ruleOptionProblems } from '../../src/compat/rule-options.ts';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import type { Change } from '../../src/compat/types.ts';
import { minimumTypeScript } from '../../src/surface/typescript/minimum-version.ts';
import { compileWitness, snapshotOf } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'mcpver-ts-catalogue-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

interface Side {
  dts: string;
  manifest?: Record<string, unknown>;
  /** Install the project's node_modules (real zod, @types/node) beside the package. */
  installed?: boolean;
}

const PROJECT_NODE_MODULES = path.resolve(import.meta.dirname, '../../node_modules');

/** Two versions of a package `lib` (index.d.ts and package.json extras), diffed through the whole registry. */
function compare(oldSide: Side | string, newSide: Side | string, ruleOptions?: Record<string, unknown>) {
  const base = path.join(root, String(counter++));
  const write = (name: string, version: string, side: Side | string) => {
    const { dts, manifest, installed } =
      typeof side === 'string' ? { dts: side, manifest: {}, installed: false } : side;
    const dir = path.join(base, name);
    mkdirSync(dir, { recursive: true });
    if (installed) symlinkSync(PROJECT_NODE_MODULES, path.join(dir, 'node_modules'), 'dir');
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'lib', version, types: 'index.d.ts', ...manifest }),
    );
    writeFileSync(path.join(dir, 'index.d.ts'), dts);
    return dir;
  };
  const oldDir = write('old', '1.0.0', oldSide);
  const newDir = write('new', '1.1.0', newSide);
  const oldSnapshot = snapshotOf(oldDir);
  const newSnapshot = snapshotOf(newDir);
  const changes = diffSnapshots(oldSnapshot, newSnapshot, ruleOptions ? { ruleOptions } : {});
  return { changes, oldDir, newDir, oldSnapshot, newSnapshot };
}

const of = (changes: Change[], rule: string) => changes.filter((c) => c.rule === rule);

describe('ts-type-parameters-reordered (TS-29)', () => {
  it('reports type parameters of an interface swapped with equal constraints, without a witness since old code compiles silently', () => {
    const { changes } = compare(
      'export interface Pair<A, B> { first: A; second: B }\n',
      'export interface Pair<B, A> { first: A; second: B }\n',
    );
    const found = of(changes, 'ts-type-parameters-reordered');
    expect(found.map((c) => [c.level, c.message])).toEqual([
      ['major', 'The type parameters of "Pair" were reordered: <A, B> → <B, A>'],
    ]);
    expect(found[0]!.witness).toBeUndefined();
  });

  it('matches constraints by name after a reorder instead of calling them tightened', () => {
    const { changes, oldDir, newDir } = compare(
      'export declare function pick<K extends string, V extends object>(k: K, v: V): V;\n',
      'export declare function pick<V extends object, K extends string>(k: K, v: V): V;\n',
    );
    expect(of(changes, 'ts-type-parameter-constraint-changed')).toEqual([]);
    const [found] = of(changes, 'ts-type-parameters-reordered');
    expect(found?.witness?.error).toBe("Type 'string' does not satisfy the constraint 'object'.");
    const compiled = compileWitness(found!, oldDir, newDir, 'lib');
    expect(compiled.old).toEqual([]);
    expect(compiled.new.length).toBeGreaterThan(0);
  });

  it('reports the type parameters of a generic method swapped', () => {
    const { changes } = compare(
      'export interface Store { get<K extends string, V>(key: K): V }\n',
      'export interface Store { get<V, K extends string>(key: K): V }\n',
    );
    expect(of(changes, 'ts-type-parameters-reordered').map((c) => [c.level, c.subject, c.message])).toEqual([
      ['major', 'ts:.:Store.get', 'The type parameters of "Store.get" were reordered: <K, V> → <V, K>'],
    ]);
  });

  it('does not call a renamed type parameter a reorder', () => {
    const { changes } = compare(
      'export type Box<T, U> = { t: T; u: U };\n',
      'export type Box<X, U> = { t: X; u: U };\n',
    );
    expect(of(changes, 'ts-type-parameters-reordered')).toEqual([]);
  });
});

describe('ts-export-meaning-added (TS-05)', () => {
  it('calls a value export that gains a type of the same name major, with a witness the compiler rejects only against the new version', () => {
    const { changes, oldDir, newDir } = compare(
      'export declare const Options: { retries: number };\n',
      'export declare const Options: { retries: number };\nexport interface Options { retries: number }\n',
    );
    const [found, ...rest] = of(changes, 'ts-export-meaning-added');
    expect(rest).toEqual([]);
    // Located at the declaration that brought the new meaning, the line a reviewer looks at.
    expect(found).toMatchObject({
      level: 'major',
      subject: 'ts:.:Options.type',
      location: { file: 'index.d.ts', line: 2 },
      witness: {
        value: "import { Options } from 'lib';\ntype Options = number;",
        error: "Import declaration conflicts with local declaration of 'Options'.",
      },
    });
    expect(compileWitness(found!, oldDir, newDir, 'lib')).toEqual({
      old: [],
      new: ["Import declaration conflicts with local declaration of 'Options'."],
    });
  });

  it('calls a type export that gains a value of the same name major', () => {
    const { changes, oldDir, newDir } = compare(
      'export type Level = "low" | "high";\n',
      'export type Level = "low" | "high";\nexport declare function Level(text: string): Level;\n',
    );
    const [found] = of(changes, 'ts-export-meaning-added');
    expect(found).toMatchObject({
      level: 'major',
      subject: 'ts:.:Level.value',
      witness: { value: "import { Level } from 'lib';\nconst Level = 0;" },
    });
    expect(compileWitness(found!, oldDir, newDir, 'lib').new).toHaveLength(1);
    expect(
      diffSnapshots(snapshotOf(oldDir), snapshotOf(newDir))
        .filter((c) => c.level === 'major')
        .map((c) => c.rule),
    ).toEqual(['ts-export-meaning-added']);
  });

  it('finds nothing when an export keeps its meanings (a class is a value and a type in both versions)', () => {
    const { changes } = compare(
      'export declare class Client { connect(): void }\n',
      'export declare class Client { connect(): void; close(): void }\n',
    );
    expect(of(changes, 'ts-export-meaning-added')).toEqual([]);
  });

  it('is re-levelled by policy.rules like any rule', () => {
    const { changes } = compare(
      'export declare const A: number;\n',
      'export declare const A: number;\nexport type A = number;\n',
      { 'ts-export-meaning-added': 'minor' },
    );
    expect(of(changes, 'ts-export-meaning-added').map((c) => c.level)).toEqual(['minor']);
  });
});

describe('ts-this-type-changed (TS-25)', () => {
  const types = 'export interface Ctx { id: string }\nexport interface Sub extends Ctx { extra: number }\n';

  it('calls a `this` parameter added to a function major: a plain call no longer has a receiver', () => {
    const { changes, oldDir, newDir } = compare(
      `${types}export declare function run(x: number): void;\n`,
      `${types}export declare function run(this: Ctx, x: number): void;\n`,
    );
    const found = of(changes, 'ts-this-type-changed');
    expect(found.map((c) => [c.level, c.message])).toEqual([['major', '"run" now requires `this: Ctx`']]);
    expect(compileWitness(found[0]!, oldDir, newDir, 'lib')).toEqual({
      old: [],
      new: ["Argument of type 'unknown' is not assignable to parameter of type 'Ctx'."],
    });
    // The specific rule explains the broken call probe: no second, generic finding.
    expect(of(changes, 'ts-declaration-changed')).toEqual([]);
  });

  it('calls a narrowed receiver of a method major and a widened or removed one minor', () => {
    const narrowed = compare(
      `${types}export interface Api { run(this: Ctx, n: number): string }\n`,
      `${types}export interface Api { run(this: Sub, n: number): string }\n`,
    );
    expect(of(narrowed.changes, 'ts-this-type-changed').map((c) => [c.level, c.subject])).toEqual([
      ['major', 'ts:.:Api.run.this'],
    ]);
    expect(
      compileWitness(of(narrowed.changes, 'ts-this-type-changed')[0]!, narrowed.oldDir, narrowed.newDir, 'lib').old,
    ).toEqual([]);
    const widened = compare(
      `${types}export declare function run(this: Sub): void;\n`,
      `${types}export declare function run(this: Ctx): void;\n`,
    );
    expect(of(widened.changes, 'ts-this-type-changed').map((c) => c.level)).toEqual(['minor']);
    const removed = compare(
      `${types}export declare function run(this: Ctx): void;\n`,
      `${types}export declare function run(): void;\n`,
    );
    expect(of(removed.changes, 'ts-this-type-changed').map((c) => c.level)).toEqual(['minor']);
  });

  it('flips the direction for a callback consumers implement: a widened receiver is major, a narrowed one minor', () => {
    const user = (ctx: string) =>
      `${types}export type Handler = (this: ${ctx}, n: number) => void;\nexport declare function use(h: Handler): void;\n`;
    const widened = compare(user('Sub'), user('Ctx'));
    const [found] = of(widened.changes, 'ts-this-type-changed');
    expect(found?.level).toBe('major');
    const compiled = compileWitness(found!, widened.oldDir, widened.newDir, 'lib');
    expect(compiled.old).toEqual([]);
    expect(compiled.new.length).toBeGreaterThan(0);
    expect(of(compare(user('Ctx'), user('Sub')).changes, 'ts-this-type-changed').map((c) => c.level)).toEqual([
      'minor',
    ]);
  });
});

describe('ts-typescript-version-raised (TS-56)', () => {
  const f = 'export declare function f<T>(x: T): T;\n';
  const constT = 'export declare function f<const T>(x: T): T;\n';
  const noInfer = 'export declare function f<const T>(x: T, fallback: NoInfer<T>): T;\n';

  it('records the minimum TypeScript version in the surface, with the syntax that needs it', () => {
    const { newSnapshot } = compare(
      f,
      'export type Tpl = `tool:${string}`;\nexport type V<in out T> = { get(): T; set(v: T): void };\nexport declare function g<T>(x: NoInfer<T>): T;\n',
    );
    expect(newSnapshot.typescript?.minimumTypeScript).toEqual({
      version: '5.4.0',
      reasons: [
        {
          version: '5.4.0',
          source: 'syntax',
          detail: 'the NoInfer utility type',
          location: { file: 'index.d.ts', line: 3 },
        },
        {
          version: '4.7.0',
          source: 'syntax',
          detail: 'in/out variance annotations',
          location: { file: 'index.d.ts', line: 2 },
        },
        {
          version: '4.1.0',
          source: 'syntax',
          detail: 'template literal types',
          location: { file: 'index.d.ts', line: 1 },
        },
      ],
    });
  });

  it('knows the syntax of the compilers since 4.3: divergent accessor types, symbol and pattern index signatures, import defer', () => {
    const dts =
      'export interface Box {\n  get size(): number;\n  set size(v: number | string);\n  [key: `data-${string}`]: string;\n}\nexport interface Plain {\n  get n(): number;\n  set n(v: number);\n  [key: string]: unknown;\n}\n';
    const { newSnapshot } = compare(f, dts);
    const found = (
      newSnapshot.typescript?.minimumTypeScript as {
        reasons: { detail: string; version: string; location: { line: number } }[];
      }
    ).reasons.map((r) => `${r.version} ${r.detail} :${r.location.line}`);
    expect(found).toEqual([
      '4.4.0 index signatures for symbols, template literal patterns or unions :4',
      '4.3.0 a setter whose type differs from its getter :2',
      '4.1.0 template literal types :4',
      '3.6.0 accessors in declaration files :3',
    ]);
    expect(
      minimumTypeScript({}, { 'index.d.ts': "import defer * as big from './big.js';\nexport type Big = typeof big;\n" })
        .version,
    ).toBe('5.9.0');
  });

  it('reads each feature from the syntax tree, not from text: a local NoInfer or a word in a comment needs nothing', () => {
    const { newSnapshot } = compare(
      f,
      '/** const T, export type *, `${x}` */\ntype NoInfer<T> = T;\nexport declare function g<T>(x: NoInfer<T>): T;\nexport type R = [...string[], number];\nexport type A<T extends unknown[]> = [...T];\n',
    );
    const found = (
      newSnapshot.typescript?.minimumTypeScript as { reasons: { detail: string; version: string }[] }
    ).reasons.map((r) => `${r.version} ${r.detail}`);
    expect(found).toEqual(['4.2.0 rest elements before the end of a tuple', '4.0.0 variadic tuple types']);
  });

  it('calls a raised peerDependencies.typescript major, naming the range', () => {
    const { changes } = compare(
      { dts: f, manifest: { peerDependencies: { typescript: '>=5.0' } } },
      { dts: f, manifest: { peerDependencies: { typescript: '^5.4.0' } } },
    );
    expect(of(changes, 'ts-typescript-version-raised').map((c) => [c.level, c.message, c.location])).toEqual([
      [
        'major',
        'Consumers now need TypeScript 5.4 or newer (was 5.0): peerDependencies.typescript "^5.4.0"',
        { file: 'package.json' },
      ],
    ]);
  });

  it('is a minor change under a rolling support window (policy.rules)', () => {
    const { changes } = compare(constT, noInfer, { 'ts-typescript-version-raised': 'minor' });
    expect(of(changes, 'ts-typescript-version-raised').map((c) => c.level)).toEqual(['minor']);
  });

  it('notes a lowered minimum as a patch', () => {
    const { changes } = compare(noInfer, constT);
    expect(of(changes, 'ts-typescript-version-raised').map((c) => [c.level, c.message])).toEqual([
      ['patch', 'The minimum TypeScript version was lowered from 5.4 to 5.0'],
    ]);
  });

  it('counts only syntax newer than the typesVersions range that served the declarations read', () => {
    const tv = { typesVersions: { '>=4.7': { '*': ['index.d.ts'] } } };
    const { newSnapshot, changes } = compare(
      { dts: f, manifest: tv },
      { dts: `export type A<in T> = (x: T) => void;\n${noInfer}`, manifest: tv },
    );
    const minimum = newSnapshot.typescript?.minimumTypeScript as {
      version: string;
      reasons: { source: string; detail: string }[];
    };
    // `in T` (4.7) is no newer than the range's lower bound: compilers that old get other files.
    expect([minimum.version, ...minimum.reasons.map((r) => (r.source === 'syntax' ? r.detail : r.source))]).toEqual([
      '5.4.0',
      'the NoInfer utility type',
      'const type parameters',
      'typesVersions',
    ]);
    expect(of(changes, 'ts-typescript-version-raised').map((c) => c.after)).toEqual(['5.4.0']);
  });

  it('lets a typesVersions range that starts at 0 (`*`) count every feature: all compilers get those declarations', () => {
    const { newSnapshot } = compare(f, {
      dts: 'export type A<in T> = (x: T) => void;\n',
      manifest: { typesVersions: { '*': { '*': ['index.d.ts'] } } },
    });
    expect(newSnapshot.typescript?.minimumTypeScript).toEqual({
      version: '4.7.0',
      reasons: [
        {
          version: '4.7.0',
          source: 'syntax',
          detail: 'in/out variance annotations',
          location: { file: 'index.d.ts', line: 1 },
        },
      ],
    });
  });

  it('diffs snapshots taken before the minimum was recorded: recomputed from the declaration files they keep', () => {
    const { oldSnapshot, newSnapshot } = compare(constT, noInfer);
    delete oldSnapshot.typescript!.minimumTypeScript;
    delete newSnapshot.typescript!.minimumTypeScript;
    expect(of(diffSnapshots(oldSnapshot, newSnapshot), 'ts-typescript-version-raised').map((c) => c.after)).toEqual([
      '5.4.0',
    ]);
    // Without declaration files either there is nothing to compare: no finding, no error.
    const bare = { ...oldSnapshot, typescript: { ...oldSnapshot.typescript!, files: {} } };
    expect(of(diffSnapshots(bare, newSnapshot), 'ts-typescript-version-raised')).toEqual([]);
  });
});

describe('ts-dependency-type-major (TS-57)', () => {
  const api =
    "import type { ZodTypeAny } from 'zod';\nexport interface Tool { name: string; input: ZodTypeAny }\nexport declare function register(tool: Tool): void;\nexport declare const version: string;\n";
  const withZod = (range: string, field = 'dependencies') => ({ dts: api, manifest: { [field]: { zod: range } } });

  it('calls a new major of a dependency whose types the API names major, flagged, naming every declaration that re-exposes them', () => {
    const { changes } = compare(withZod('^3.23.8'), withZod('^4.0.0'));
    expect(of(changes, 'ts-dependency-type-major')).toEqual([
      {
        rule: 'ts-dependency-type-major',
        level: 'major',
        item: 'package',
        subject: 'package.dependencies.zod',
        message: 'zod moved to a new major ("^3.23.8" → "^4.0.0") and the API re-exposes its types: "register", "Tool"',
        before: '^3.23.8',
        after: { range: '^4.0.0', declarations: ['ts:.:register', 'ts:.:Tool'] },
        location: { file: 'index.d.ts', line: 2 },
        flag: 'Review these declarations against zod 4.0.0: consumers that build or read its types now need that major too.',
      },
    ]);
  });

  it('reads peerDependencies too, and a 0.x minor as a new line', () => {
    expect(
      of(
        compare(withZod('^0.3.0', 'peerDependencies'), withZod('^0.4.0', 'peerDependencies')).changes,
        'ts-dependency-type-major',
      ).map((c) => c.level),
    ).toEqual(['major']);
  });

  it('finds nothing for a minor update, a range that keeps the old major, or a dependency the API does not name', () => {
    expect(of(compare(withZod('^3.22.0'), withZod('^3.23.8')).changes, 'ts-dependency-type-major')).toEqual([]);
    expect(of(compare(withZod('^3.23.8'), withZod('^3.23.8 || ^4.0.0')).changes, 'ts-dependency-type-major')).toEqual(
      [],
    );
    const plain = (range: string) => ({
      dts: 'export declare const version: string;\n',
      manifest: { dependencies: { zod: range } },
    });
    expect(of(compare(plain('^3.23.8'), plain('^4.0.0')).changes, 'ts-dependency-type-major')).toEqual([]);
  });

  it('counts declarations the package re-exports from the dependency itself, pointing at package.json', () => {
    const dts = "export { ZodError } from 'zod';\nexport declare const version: string;\n";
    const { changes } = compare(
      { dts, manifest: { dependencies: { zod: '^3.23.8' } }, installed: true },
      { dts, manifest: { dependencies: { zod: '^4.0.0' } }, installed: true },
    );
    expect(of(changes, 'ts-dependency-type-major').map((c) => [c.message, c.location])).toEqual([
      [
        'zod moved to a new major ("^3.23.8" → "^4.0.0") and the API re-exposes its types: "ZodError"',
        { file: 'package.json' },
      ],
    ]);
  });

  it('follows a Node.js built-in module to @types/node', () => {
    const dts = "import type { EventEmitter } from 'node:events';\nexport declare function events(): EventEmitter;\n";
    const { changes } = compare(
      { dts, manifest: { dependencies: { '@types/node': '^20.0.0' } } },
      { dts, manifest: { dependencies: { '@types/node': '^22.0.0' } } },
    );
    expect(of(changes, 'ts-dependency-type-major').map((c) => c.subject)).toEqual(['package.dependencies.@types/node']);
  });
});

describe('ts-typescript-version-raised and the compilers consumers still use', () => {
  const importType = "import type { Readable } from 'node:stream';\nexport declare function read(s: Readable): void;\n";
  const plain = 'export declare function read(s: unknown): void;\n';

  it('ignores syntax only compilers older than TypeScript 5.0 lack (import type, 3.8) by default', () => {
    expect(of(compare(plain, importType).changes, 'ts-typescript-version-raised')).toEqual([]);
  });

  it('reports it for a library that still supports older compilers (oldestSupportedTypeScript)', () => {
    const { changes } = compare(plain, importType, { oldestSupportedTypeScript: '0' });
    expect(of(changes, 'ts-typescript-version-raised').map((c) => [c.level, c.message])).toEqual([
      ['major', 'Consumers now need TypeScript 3.8 or newer (was any version): import type (index.d.ts:1)'],
    ]);
  });

  it('says what is wrong with a switch that is not a version, when the config is read', () => {
    expect(ruleOptionProblems({ oldestSupportedTypeScript: 'latest' })).toEqual([
      'policy.rules.oldestSupportedTypeScript is not a TypeScript version (write "4.7", or "0" for every compiler) (got "latest")',
    ]);
    expect(ruleOptionProblems({ oldestSupportedTypeScript: 4.7 })).toEqual([]);
  });
});
