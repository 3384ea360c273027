// Compatibility decided by the type checker: the direction in which consumers use a declaration
// (arguments in, results out, callbacks and options written by the consumer) decides the level.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { typescriptAnalysis } from '../../src/compat/typescript/analysis.ts';
import { requiredBump } from '../../src/compat/report.ts';
import type { Change } from '../../src/compat/types.ts';
import { compileWitness, snapshotOf } from './helpers.ts';

const root = mkdtempSync(path.join(tmpdir(), 'mcpver-ts-compat-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

/** Two versions of a package `lib` with the given index.d.ts, diffed through the whole registry. */
function compare(oldDts: string, newDts: string): { changes: Change[]; bump: string; oldDir: string; newDir: string } {
  const base = path.join(root, String(counter++));
  const write = (side: string, version: string, dts: string) => {
    const dir = path.join(base, side);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'lib', version, types: 'index.d.ts' }));
    writeFileSync(path.join(dir, 'index.d.ts'), dts);
    return dir;
  };
  const oldDir = write('old', '1.0.0', oldDts);
  const newDir = write('new', '1.1.0', newDts);
  const changes = diffSnapshots(snapshotOf(oldDir), snapshotOf(newDir));
  return { changes, bump: requiredBump(changes), oldDir, newDir };
}

const summary = (changes: Change[]) => changes.map((c) => `${c.level} ${c.rule} ${c.subject}`);

describe('TypeScript compatibility, by the checker', () => {
  describe('functions consumers call', () => {
    it('calls a widened parameter a minor change', () => {
      const { changes, bump } = compare(
        'export declare function f(a: string): void;\n',
        'export declare function f(a: string | number): void;\n',
      );
      expect(summary(changes)).toEqual(['minor ts-parameter-type-changed ts:.:f.a']);
      expect(bump).toBe('minor');
    });

    it('calls a narrowed parameter a major change, with a witness that fails against the new version', () => {
      const { changes, oldDir, newDir } = compare(
        'export declare function f(a: string | number): void;\n',
        'export declare function f(a: string): void;\n',
      );
      expect(summary(changes)).toEqual(['major ts-parameter-type-changed ts:.:f.a']);
      expect(changes[0]!.witness).toEqual({
        kind: 'typescript',
        value: "import { f } from 'lib';\ndeclare const args: [a: string | number];\nf(...args);",
        error:
          "Argument of type 'string | number' is not assignable to parameter of type 'string'.   Type 'number' is not assignable to type 'string'.",
      });
      const compiled = compileWitness(changes[0]!, oldDir, newDir, 'lib');
      expect(compiled.old).toEqual([]);
      expect(compiled.new).toHaveLength(1);
    });

    it('checks new code against the old version only while old code still compiles', () => {
      const probe = (oldDts: string, newDts: string) => {
        const { oldDir, newDir } = compare(oldDts, newDts);
        return typescriptAnalysis(snapshotOf(oldDir), snapshotOf(newDir))!.changed[0]!.probes.find(
          (p) => p.name === 'param:0',
        );
      };
      // Narrowed: old callers break, which decides the level; the reverse is not type-checked.
      expect(
        probe(
          'export declare function f(a: string | number): void;\n',
          'export declare function f(a: string): void;\n',
        ),
      ).toMatchObject({ forward: 'broken', reverse: 'not-checked' });
      // Widened: old callers compile, and new callers (passing a number) would not compile against the old version.
      expect(
        probe(
          'export declare function f(a: string): void;\n',
          'export declare function f(a: string | number): void;\n',
        ),
      ).toMatchObject({ forward: 'ok', reverse: 'broken' });
    });

    it('calls a narrowed return type minor and a widened one (adding undefined) major', () => {
      expect(
        compare('export declare function g(): string | number;\n', 'export declare function g(): string;\n').bump,
      ).toBe('minor');
      const widened = compare(
        'export declare function g(): string;\n',
        'export declare function g(): string | undefined;\n',
      );
      expect(summary(widened.changes)).toEqual(['major ts-return-type-changed ts:.:g.return']);
    });

    it('calls an appended optional parameter minor and an added overload minor', () => {
      expect(
        compare(
          'export declare function h(a: string): void;\n',
          'export declare function h(a: string, b?: number): void;\n',
        ).bump,
      ).toBe('minor');
      expect(
        compare(
          'export declare function h(a: string): void;\n',
          'export declare function h(a: string): void;\nexport declare function h(a: number): void;\n',
        ).bump,
      ).toBe('minor');
    });
  });

  describe('objects consumers receive or build', () => {
    const api = (result: string, options: string) =>
      `export interface Result {\n${result}\n}\nexport interface Options {\n${options}\n}\nexport declare function run(options: Options): Result;\n`;

    it('calls an optional or required member added to a returned type minor', () => {
      expect(
        compare(api('  ok: boolean;', '  name: string;'), api('  ok: boolean;\n  detail?: string;', '  name: string;'))
          .bump,
      ).toBe('minor');
      expect(
        compare(api('  ok: boolean;', '  name: string;'), api('  ok: boolean;\n  detail: string;', '  name: string;'))
          .bump,
      ).toBe('minor');
    });

    it("witnesses a whole-value probe with the compiler's own message, and a member read likewise", () => {
      // Plain assignments are decided as type relations (no message); a break is checked again as written.
      const whole = compare(
        'export type Level = "info" | "warn";\nexport declare function level(): Level;\n',
        'export type Level = "info" | "warn" | "debug";\nexport declare function level(): Level;\n',
      );
      const read = whole.changes.find((c) => c.level === 'major')!;
      expect(read.witness?.value).toContain('const mine: Old.Level = got;');
      expect(read.witness?.error).toBe(
        "Type 'import(\"lib\").Level' is not assignable to type 'import(\"lib@1.0.0\").Level'.   Type '\"debug\"' is not assignable to type 'Level'.",
      );
      expect(compileWitness(read, whole.oldDir, whole.newDir, 'lib')).toEqual({
        old: [],
        new: [expect.stringContaining('Type \'"debug"\' is not assignable to type')],
      });
      const member = compare(
        api('  ok: boolean;', '  name: string;'),
        api('  ok: boolean | "partial";', '  name: string;'),
      );
      const broken = member.changes.find((c) => c.level === 'major')!;
      expect(broken.witness?.value).toContain('= got.ok;');
      expect(broken.witness?.error).toContain("is not assignable to type 'boolean'");
      expect(compileWitness(broken, member.oldDir, member.newDir, 'lib').new).toHaveLength(1);
    });

    it('calls a required member added to an options type major and an optional one minor', () => {
      expect(
        summary(
          compare(api('  ok: boolean;', '  name: string;'), api('  ok: boolean;', '  name: string;\n  port: number;'))
            .changes,
        ),
      ).toEqual(['major ts-member-added ts:.:Options.port']);
      expect(
        compare(api('  ok: boolean;', '  name: string;'), api('  ok: boolean;', '  name: string;\n  port?: number;'))
          .bump,
      ).toBe('minor');
    });

    it('calls an options property made optional minor and a result property made optional major', () => {
      expect(compare(api('  ok: boolean;', '  name: string;'), api('  ok: boolean;', '  name?: string;')).bump).toBe(
        'minor',
      );
      expect(
        summary(compare(api('  ok: boolean;', '  name: string;'), api('  ok?: boolean;', '  name: string;')).changes),
      ).toEqual(['major ts-member-optionality-changed ts:.:Result.ok']);
    });
  });

  describe('callbacks consumers implement', () => {
    const api = (param: string) =>
      `export type Handler = (request: ${param}) => void;\nexport declare function register(handler: Handler): void;\n`;

    it('calls a callback parameter widened major: the consumer callback must now accept more', () => {
      const { changes, oldDir, newDir } = compare(api('string'), api('string | number'));
      expect(changes.map((c) => c.level)).toContain('major');
      const major = changes.find((c) => c.level === 'major')!;
      const compiled = compileWitness(major, oldDir, newDir, 'lib');
      expect(compiled.old).toEqual([]);
      expect(compiled.new.length).toBeGreaterThan(0);
    });

    it('calls a callback parameter narrowed minor', () => {
      expect(compare(api('string | number'), api('string')).bump).toBe('minor');
    });
  });

  describe("instances of the package's own classes", () => {
    // A client class with private members (nominal): consumers only ever hold the installed version's instances.
    const client = (extra: string) =>
      `export declare class Client {\n  #private;\n  constructor(options?: { key?: string });\n  get(path: string): Promise<unknown>;\n${extra}}\n`;

    it('does not break every constructor that takes the client when the client gains a member', () => {
      const { changes, bump } = compare(
        `${client('')}export declare class Files {\n  protected client: Client;\n  constructor(client: Client);\n  list(): Promise<string[]>;\n}\n`,
        `${client('  post(path: string): Promise<unknown>;\n')}export declare class Files {\n  protected client: Client;\n  constructor(client: Client);\n  list(): Promise<string[]>;\n  remove(id: string): Promise<void>;\n}\n`,
      );
      expect(changes.filter((c) => c.level === 'major')).toEqual([]);
      expect(summary(changes)).toEqual(
        expect.arrayContaining(['minor ts-member-added ts:.:Client.post', 'minor ts-member-added ts:.:Files.remove']),
      );
      expect(bump).toBe('minor');
    });

    it('still breaks on an argument consumers build themselves, with a witness that passes the installed client', () => {
      const { changes, oldDir, newDir } = compare(
        `${client('')}export declare class Pager {\n  constructor(client: Client, page: number | string);\n}\n`,
        `${client('  post(path: string): Promise<unknown>;\n')}export declare class Pager {\n  constructor(client: Client, page: number);\n}\n`,
      );
      const major = changes.find((c) => c.level === 'major');
      expect(major?.subject).toBe('ts:.:Pager.construct');
      expect(major?.witness?.error).toContain(
        "Argument of type 'string | number' is not assignable to parameter of type 'number'.",
      );
      expect(String(major?.witness?.value)).toContain('InstalledArgs<ConstructorParameters<typeof Old.Pager>>');
      const compiled = compileWitness(major!, oldDir, newDir, 'lib');
      expect(compiled.old).toEqual([]);
      expect(compiled.new).toEqual([
        expect.stringContaining("Argument of type 'string | number' is not assignable to parameter of type 'number'."),
      ]);
    });

    it('keeps parameter tuples whole when their types name a package that is not installed', () => {
      // A generic method constrained by an unresolved type: the swap helpers must not turn its parameters into \`any\`.
      const lib = (handler: string) =>
        `import type { Schema } from 'not-installed';\n${client('')}export declare class Server {\n  #private;\n  constructor(client: Client);\n  handle<T extends Schema>(schema: T, handler: ${handler}): void;\n}\n`;
      const { changes } = compare(lib('(request: T) => void'), lib('(request: T, extra: { id: string }) => void'));
      expect(summary(changes)).toEqual(['minor ts-parameter-type-changed ts:.:Server.handle.handler']);
    });

    it('keeps the arity of a constructor whose parameters did not resolve, with and without a client among them', () => {
      // New code passing the added argument does not compile against the old version: the reverse breaks.
      const transport = (params: string) =>
        `import type { Readable, Writable } from 'not-installed';\n${client('')}export declare class Transport {\n  #private;\n  constructor(${params});\n}\n`;
      const construct = (oldParams: string, newParams: string) => {
        const { oldDir, newDir } = compare(transport(oldParams), transport(newParams));
        return typescriptAnalysis(snapshotOf(oldDir), snapshotOf(newDir))!
          .changed.find((p) => p.name === 'Transport')!
          .probes.find((p) => p.name === 'construct');
      };
      expect(construct('stdin?: Readable', 'stdin?: Readable, stdout?: Writable')).toMatchObject({
        forward: 'ok',
        reverse: 'broken',
      });
      expect(
        construct('client: Client, stdin?: Readable', 'client: Client, stdin?: Readable, stdout?: Writable'),
      ).toMatchObject({ forward: 'ok', reverse: 'broken' });
    });

    it('calls static methods as consumers do: a new optional parameter is minor, a narrowed one major', () => {
      const stream = (params: string) =>
        `${client('')}export declare class Stream {\n  static fromResponse(client: Client, ${params}): Stream;\n}\n`;
      const added = compare(
        stream('response: Response'),
        `${client('  post(path: string): Promise<unknown>;\n')}export declare class Stream {\n  static fromResponse(client: Client, response: Response, synthesize?: boolean): Stream;\n}\n`,
      );
      expect(added.changes.filter((c) => c.level === 'major')).toEqual([]);
      expect(summary(added.changes)).toContain('minor ts-parameter-added ts:.:Stream.fromResponse');
      const narrowed = compare(stream('response: Response | string'), stream('response: Response'));
      expect(summary(narrowed.changes)).toEqual(['major ts-parameter-type-changed ts:.:Stream.fromResponse.response']);
      expect(
        compileWitness(
          narrowed.changes.find((c) => c.level === 'major')!,
          narrowed.oldDir,
          narrowed.newDir,
          'lib',
        ).new,
      ).toHaveLength(1);
    });

    it('keeps comparing classes without private members by shape: consumers can build those', () => {
      const plain = (extra: string) =>
        `export declare class Point {\n  x: number;\n${extra}}\nexport declare class Plot {\n  constructor(at: Point);\n  draw(): void;\n${extra ? '  clear(): void;\n' : ''}}\n`;
      const { changes } = compare(plain(''), plain('  y: number;\n'));
      expect(summary(changes)).toContain('major ts-declaration-changed ts:.:Plot.construct');
    });
  });

  describe('changes that are not changes', () => {
    it('calls an inlined type alias and an interface turned type alias a patch', () => {
      const { changes, bump } = compare(
        'export type Id = string;\nexport declare function f(id: Id): void;\n',
        'export type Id = string;\nexport declare function f(id: string): void;\n',
      );
      expect(summary(changes)).toEqual(['patch ts-declaration-changed ts:.:f']);
      expect(bump).toBe('patch');
      expect(compare('export interface P {\n  x: number;\n}\n', 'export type P = {\n  x: number;\n};\n').bump).toBe(
        'patch',
      );
    });

    it('calls reordered members and renamed parameters a patch', () => {
      expect(
        compare(
          'export interface P {\n  x: number;\n  y: string;\n}\n',
          'export interface P {\n  y: string;\n  x: number;\n}\n',
        ).bump,
      ).toBe('patch');
      expect(
        compare('export declare function f(a: string): void;\n', 'export declare function f(name: string): void;\n')
          .bump,
      ).toBe('patch');
    });

    it('calls a union regrouped behind private aliases, the same values either way, a patch', () => {
      const { changes } = compare(
        "export type Content = { type: 'text'; text: string } | { type: 'image'; data: string } | { type: 'audio'; data: string };\n",
        "type Media = { type: 'image'; data: string } | { type: 'audio'; data: string };\nexport type Content = Media | { type: 'text'; text: string };\nexport {};\n",
      );
      expect(summary(changes)).toEqual(['patch ts-declaration-changed ts:.:Content']);
    });

    it('calls members moved into a private base interface a patch, and a class that gains a base with members a minor change', () => {
      const split = compare(
        'export interface Result {\n  _meta?: object;\n  content: string[];\n}\n',
        'interface Base {\n  _meta?: object;\n}\nexport interface Result extends Base {\n  content: string[];\n}\nexport {};\n',
      );
      expect(summary(split.changes)).toEqual(['patch ts-declaration-changed ts:.:Result']);
      // A class is probed member by member (the old ones): what it gains through `extends` is told by the clause.
      const extended = compare(
        'export declare class E {\n  readonly message: string;\n}\n',
        'export declare class E extends Error {\n}\n',
      );
      expect(extended.bump).toBe('minor');
    });
  });

  describe('overloaded methods', () => {
    const server = (overloads: string[]) =>
      `export declare class Server {\n${overloads.map((o) => `  tool(${o}): void;`).join('\n')}\n}\n`;

    it('calls a removed overload of a method a major change, with a witness that fails against the new version', () => {
      const { changes, oldDir, newDir } = compare(
        server(['name: string, cb: () => void', 'name: string, description: string, cb: () => void']),
        server(['name: string, description: string, cb: () => void']),
      );
      expect(summary(changes)).toEqual(['major ts-overload-changed ts:.:Server.tool']);
      const compiled = compileWitness(changes[0]!, oldDir, newDir, 'lib');
      expect(compiled.old).toEqual([]);
      expect(compiled.new).toHaveLength(1);
    });

    it('calls an added overload of a method a minor change', () => {
      const { bump } = compare(
        server(['name: string, description: string, cb: () => void']),
        server(['name: string, cb: () => void', 'name: string, description: string, cb: () => void']),
      );
      expect(bump).toBe('minor');
    });
  });

  describe('overloads read in order (issue 19, class 3)', () => {
    const witnessed = (change: Change, oldDir: string, newDir: string) => {
      const compiled = compileWitness(change, oldDir, newDir, 'lib');
      expect(compiled.old, String(change.witness?.value)).toEqual([]);
      expect(compiled.new.length).toBeGreaterThan(0);
    };

    it('calls overloads reordered so that an old call gets a wider result major, with a witness that fails against the new version', () => {
      const doc = 'export interface Doc { title: string }\nexport interface Raw { bytes: Uint8Array }\n';
      const narrowFirst =
        'export declare function load(source: string): Doc;\nexport declare function load(source: string | Uint8Array): Doc | Raw;\n';
      const wideFirst =
        'export declare function load(source: string | Uint8Array): Doc | Raw;\nexport declare function load(source: string): Doc;\n';
      const { changes, oldDir, newDir } = compare(doc + narrowFirst, doc + wideFirst);
      expect(summary(changes)).toEqual(['major ts-overload-changed ts:.:load']);
      expect(changes[0]!.message).toBe(
        'A call of "load" shaped like its overload 1 of 2, (source: string): Doc, now resolves to another signature whose result is not the old one (overloads reordered or changed)',
      );
      witnessed(changes[0]!, oldDir, newDir);
    });

    it('does the same for the overloads of a method of a returned object, and calls overloads reordered over disjoint arguments a patch', () => {
      const client = (overloads: string[]) =>
        `export interface User { name: string }\nexport interface Client {\n${overloads.map((o) => `  get${o};`).join('\n')}\n}\nexport declare function connect(url: string): Client;\n`;
      const { changes, oldDir, newDir } = compare(
        client(['(id: string): User', '(id: string | number): User | null']),
        client(['(id: string | number): User | null', '(id: string): User']),
      );
      expect(summary(changes)).toEqual(['major ts-overload-changed ts:.:Client.get']);
      witnessed(changes[0]!, oldDir, newDir);
      const disjoint = compare(
        'export declare function parse(text: string): string[];\nexport declare function parse(code: number): boolean;\n',
        'export declare function parse(code: number): boolean;\nexport declare function parse(text: string): string[];\n',
      );
      expect(disjoint.bump).toBe('patch');
    });
  });

  describe('key types (issue 19, class 4)', () => {
    it('calls a string index become Record<string, V> a patch with a note that keyof lost number', () => {
      const { changes } = compare(
        'export interface Headers { [name: string]: string }\nexport declare function send(headers: Headers): Headers;\n',
        'export type Headers = Record<string, string>;\nexport declare function send(headers: Headers): Headers;\n',
      );
      expect(summary(changes)).toEqual(['patch ts-declaration-changed ts:.:Headers']);
      expect(changes[0]!.flag).toMatch(/^keyof Headers no longer includes number/);
    });

    it('keeps a key type that really narrows (any string to two literals) major', () => {
      const { bump } = compare(
        'export type Limits = Record<string, number>;\nexport declare function limits(): Limits;\n',
        'export type Limits = Record<"read" | "write", number>;\nexport declare function limits(): Limits;\n',
      );
      expect(bump).toBe('major');
    });
  });

  describe('generic constraints by position (issue 19, class 5)', () => {
    const nodes =
      'export interface Node { kind: "node"; children: Node[] }\nexport interface Text { kind: "text"; value: string }\n';

    it('calls a loosened constraint of a function consumers call minor', () => {
      const { changes } = compare(
        `${nodes}export declare function clone<T extends Node>(value: T): T;\n`,
        `${nodes}export declare function clone<T extends Node | Text>(value: T): T;\n`,
      );
      expect(summary(changes)).toEqual(['minor ts-type-parameter-constraint-changed ts:.:clone.<T>']);
    });

    it('calls a loosened constraint of a generic method consumers implement major, with a witness that fails against the new version', () => {
      const plugin = (constraint: string) =>
        `${nodes}export interface Plugin {\n  transform<T extends ${constraint}>(node: T): T;\n}\nexport declare function use(plugin: Plugin): void;\n`;
      const { changes, oldDir, newDir } = compare(plugin('Node'), plugin('Node | Text'));
      expect(summary(changes)).toEqual(['major ts-type-parameter-constraint-changed ts:.:Plugin.transform.<T>']);
      const compiled = compileWitness(changes[0]!, oldDir, newDir, 'lib');
      expect(compiled.old).toEqual([]);
      expect(compiled.new.length).toBeGreaterThan(0);
    });
  });

  describe('any', () => {
    it('calls the elements of a received record or array made unknown a major change', () => {
      const record = compare(
        'export interface Result {\n  data?: { [key: string]: any };\n}\nexport declare function get(): Result;\n',
        'export interface Result {\n  data?: { [key: string]: unknown };\n}\nexport declare function get(): Result;\n',
      );
      expect(summary(record.changes)).toEqual(['major ts-member-type-changed ts:.:Result.data']);
      expect(
        compileWitness(
          record.changes.find((c) => c.level === 'major')!,
          record.oldDir,
          record.newDir,
          'lib',
        ).new,
      ).toHaveLength(1);
      const list = compare(
        'export interface Result {\n  items: any[];\n}\nexport declare function get(): Result;\n',
        'export interface Result {\n  items: unknown[];\n}\nexport declare function get(): Result;\n',
      );
      expect(list.bump).toBe('major');
    });

    it('never calls a change of an any-typed export compatible', () => {
      const { changes } = compare('export declare const f: any;\n', 'export declare const f: any[];\n');
      expect(summary(changes)).toEqual(['major ts-any-typed-export ts:.:f']);
    });

    it('reports a change typed any only through a package that is not installed for review, naming the package', () => {
      const { changes } = compare(
        "import type { A } from 'missing-module';\nexport declare function f(): A;\n",
        "import type { B } from 'missing-module';\nexport declare function f(): B;\n",
      );
      expect(summary(changes)).toEqual(['minor ts-declaration-changed ts:.:f']);
      expect(changes[0]).toMatchObject({
        message: expect.stringContaining(
          'names types from missing-module, which the checker could not compare; review it',
        ),
        flag: expect.stringContaining('Install the dependencies (missing-module)'),
      });
    });
  });

  describe('renames and locations', () => {
    it('reports a renamed export as one change with a codemod hint, located at the new declaration', () => {
      const { changes } = compare(
        'export declare function startServer(port: number): void;\n',
        '\nexport declare function startHttpServer(port: number): void;\n',
      );
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        rule: 'ts-export-renamed',
        level: 'major',
        migration: { kind: 'rename-export', from: 'startServer', to: 'startHttpServer' },
        location: { file: 'index.d.ts', line: 2 },
        witness: {
          value: "import { startServer } from 'lib';\nconst value = startServer;",
          error: "Property 'startServer' does not exist on type 'typeof import(\"lib\")'.",
        },
      });
    });

    it('does not pair unrelated names of the same shape: a removal and an addition, no codemod', () => {
      const { changes } = compare(
        'export declare function start(port: number): void;\n',
        '\nexport declare function listen(port: number): void;\n',
      );
      expect(changes.map((c) => [c.rule, c.migration?.kind]).sort()).toEqual([
        ['ts-export-added', undefined],
        ['ts-export-removed', undefined],
      ]);
    });

    it('locates a removal at the old declaration and a change at the new one', () => {
      const { changes } = compare(
        'export declare function a(): void;\nexport declare function b(x: string): void;\n',
        '\n\n\nexport declare function b(x: number): void;\n',
      );
      expect(changes.map((c) => [c.rule, c.location])).toEqual([
        ['ts-export-removed', { file: 'index.d.ts', line: 1 }],
        ['ts-parameter-type-changed', { file: 'index.d.ts', line: 4 }],
      ]);
    });
  });

  describe('the level each kind of edit requires', () => {
    it.each([
      [
        'a widened parameter of a method consumers implement',
        'export interface H {\n  handle(x: string): void;\n}\nexport declare function on(h: H): void;\n',
        'export interface H {\n  handle(x: string | number): void;\n}\nexport declare function on(h: H): void;\n',
        'major',
      ],
      [
        'a readonly array returned instead of a mutable one',
        'export declare function f(): string[];\n',
        'export declare function f(): readonly string[];\n',
        'major',
      ],
      [
        'a readonly array accepted instead of a mutable one',
        'export declare function f(x: string[]): void;\n',
        'export declare function f(x: readonly string[]): void;\n',
        'minor',
      ],
      [
        'a function turned into a const of the same function type',
        'export declare function f(a: string): number;\n',
        'export declare const f: (a: string) => number;\n',
        'patch',
      ],
      [
        'an interface turned into a class of the same shape (the name gains a value meaning, TS-05)',
        'export interface P {\n  x: number;\n}\n',
        'export declare class P {\n  x: number;\n}\n',
        'major',
      ],
      [
        'an export added to a namespace',
        'export declare namespace NS {\n  function a(): void;\n}\n',
        'export declare namespace NS {\n  function a(): void;\n  function b(): void;\n}\n',
        'minor',
      ],
      [
        'an export removed from a namespace',
        'export declare namespace NS {\n  function a(): void;\n  function b(): void;\n}\n',
        'export declare namespace NS {\n  function a(): void;\n}\n',
        'major',
      ],
      [
        'a default added to a type parameter',
        'export interface B<T> {\n  v: T;\n}\n',
        'export interface B<T = string> {\n  v: T;\n}\n',
        'minor',
      ],
      [
        'a default removed from a type parameter',
        'export interface B<T = string> {\n  v: T;\n}\n',
        'export interface B<T> {\n  v: T;\n}\n',
        'major',
      ],
      [
        'union members reordered',
        "export type M = 'a' | 'b';\nexport declare function f(m: M): M;\n",
        "export type M = 'b' | 'a';\nexport declare function f(m: M): M;\n",
        'patch',
      ],
      [
        'a type parameter renamed',
        'export declare function id<T>(x: T): T;\n',
        'export declare function id<U>(x: U): U;\n',
        'patch',
      ],
      [
        'a Promise<void> function that now resolves to a value',
        'export declare function f(): Promise<void>;\n',
        'export declare function f(): Promise<string>;\n',
        'minor',
      ],
      [
        'a widened callback parameter (the consumer callback now receives more)',
        'export declare function f(cb: (data?: string) => void): void;\n',
        'export declare function f(cb: (data?: string | Uint8Array) => void): void;\n',
        'major',
      ],
      [
        'a named export whose name starts with "default" widened (it is not the default export)',
        'export declare const defaults: {\n  readonly retries: number;\n};\n',
        'export declare const defaults: {\n  readonly retries: number | undefined;\n};\n',
        'major',
      ],
      [
        'a let turned into a const named defaultTimeout',
        'export declare let defaultTimeout: number;\n',
        'export declare const defaultTimeout: number;\n',
        'patch',
      ],
      [
        'a returned object whose any member became unknown (readers used it freely)',
        'export interface R {\n  data?: any;\n}\nexport declare function get(): R;\n',
        'export interface R {\n  data?: unknown;\n}\nexport declare function get(): R;\n',
        'major',
      ],
      [
        'an any parameter narrowed to string',
        'export declare function log(value: any): void;\n',
        'export declare function log(value: string): void;\n',
        'major',
      ],
      [
        'an any parameter written as unknown',
        'export declare function log(value: any): void;\n',
        'export declare function log(value: unknown): void;\n',
        'patch',
      ],
      [
        'an any result given a type',
        'export declare function parse(text: string): any;\n',
        'export declare function parse(text: string): Record<string, unknown>;\n',
        'major',
      ],
      [
        'an index signature removed from an options type',
        'export interface Meta {\n  author?: string;\n  [key: string]: string | undefined;\n}\nexport declare function register(meta: Meta): void;\n',
        'export interface Meta {\n  author?: string;\n}\nexport declare function register(meta: Meta): void;\n',
        'major',
      ],
      [
        'a key added to a mapped type of handlers the consumer fills in',
        "export type Method = 'a' | 'b';\nexport type Handlers = {\n  [M in Method]: () => void;\n};\nexport declare function on(h: Handlers): void;\n",
        "export type Method = 'a' | 'b' | 'c';\nexport type Handlers = {\n  [M in Method]: () => void;\n};\nexport declare function on(h: Handlers): void;\n",
        'major',
      ],
      [
        'a key added to a Record the library returns',
        "export type Method = 'a' | 'b';\nexport declare function stats(): Record<Method, number>;\n",
        "export type Method = 'a' | 'b' | 'c';\nexport declare function stats(): Record<Method, number>;\n",
        'minor',
      ],
      [
        'a generic constraint loosened on a factory returning an invariant store',
        'export interface Store<T extends object> {\n  get(): T;\n  set(v: T): void;\n}\nexport declare function createStore<T extends object>(initial: T): Store<T>;\n',
        'export interface Store<T> {\n  get(): T;\n  set(v: T): void;\n}\nexport declare function createStore<T>(initial: T): Store<T>;\n',
        'minor',
      ],
      [
        'a Readonly<{…}> result written out member by member',
        'export type Info = Readonly<{\n  name: string;\n  title?: string;\n}>;\nexport declare function info(): Info;\n',
        'export type Info = {\n  readonly name: string;\n  readonly title?: string;\n};\nexport declare function info(): Info;\n',
        'patch',
      ],
      [
        'a Pick<…> options type written out with one more optional member',
        'export interface Tool {\n  name: string;\n  title?: string;\n  icon?: string;\n}\nexport type Summary = Pick<Tool, "name" | "title">;\nexport declare function summarize(s: Summary): void;\n',
        'export interface Tool {\n  name: string;\n  title?: string;\n  icon?: string;\n}\nexport type Summary = {\n  name: string;\n  title?: string;\n  icon?: string;\n};\nexport declare function summarize(s: Summary): void;\n',
        'minor',
      ],
      [
        'an optional member dropped from an intersection result type',
        'export type R = {\n  a: string;\n} & {\n  b?: number;\n};\nexport declare function get(): R;\n',
        'export interface R {\n  a: string;\n}\nexport declare function get(): R;\n',
        'major',
      ],
      [
        'a namespace merged into a function (new members on it)',
        'export declare function debug(ns: string): void;\n',
        'export declare function debug(ns: string): void;\nexport declare namespace debug {\n  let enabled: boolean;\n}\n',
        'minor',
      ],
      [
        'a member of a namespace merged into a function removed',
        'export declare function debug(ns: string): void;\nexport declare namespace debug {\n  let enabled: boolean;\n  function extend(): void;\n}\n',
        'export declare function debug(ns: string): void;\nexport declare namespace debug {\n  let enabled: boolean;\n}\n',
        'major',
      ],
      [
        'a default-exported factory function turned into a class (calls need new)',
        'export interface E {\n  on(e: string): void;\n}\nexport default function create(): E;\n',
        'export interface E {\n  on(e: string): void;\n}\nexport default class Impl implements E {\n  on(e: string): void;\n}\n',
        'major',
      ],
      [
        'a type guard that became a plain boolean',
        'export declare function isText(x: unknown): x is string;\n',
        'export declare function isText(x: unknown): boolean;\n',
        'major',
      ],
      [
        'an assertion function that no longer asserts',
        'export interface Tool {\n  name: string;\n}\nexport declare function assertTool(x: unknown): asserts x is Tool;\n',
        'export interface Tool {\n  name: string;\n}\nexport declare function assertTool(x: unknown): void;\n',
        'major',
      ],
      [
        'a type guard that narrows further',
        'export declare function isLevel(x: unknown): x is string;\n',
        "export declare function isLevel(x: unknown): x is 'info' | 'warn';\n",
        'minor',
      ],
      [
        'a conditional type whose true branch now yields Partial<A>',
        'export interface Tool<A extends object> {\n  run(args: A): void;\n}\nexport type ArgsOf<T> = T extends Tool<infer A> ? A : never;\n',
        'export interface Tool<A extends object> {\n  run(args: A): void;\n}\nexport type ArgsOf<T> = T extends Tool<infer A> ? Partial<A> : never;\n',
        'major',
      ],
      [
        'a conditional type rewritten with the same branches',
        'export interface Tool<A extends object> {\n  run(args: A): void;\n}\nexport type ArgsOf<T> = T extends Tool<infer A> ? A : never;\n',
        'export interface Tool<A extends object> {\n  run(args: A): void;\n}\nexport type ArgsOf<T> = T extends Tool<infer Args> ? Args : never;\n',
        'patch',
      ],
      [
        'a class now exported for types only (export type)',
        'declare class Client {\n  close(): void;\n}\nexport { Client };\n',
        'declare class Client {\n  close(): void;\n}\nexport type { Client };\n',
        'major',
      ],
      [
        'a type now exported with export type',
        'interface Options {\n  a: string;\n}\nexport { Options };\n',
        'interface Options {\n  a: string;\n}\nexport type { Options };\n',
        'patch',
      ],
      [
        'overloads replaced by one generic signature (no caller passed type arguments)',
        'export declare function id(x: string): string;\nexport declare function id(x: number): number;\n',
        'export declare function id<T extends string | number>(x: T): T;\n',
        'minor',
      ],
      [
        'a second type parameter without a default on a generic function',
        'export declare function wrap<T>(x: T): T[];\n',
        'export declare function wrap<T, U>(x: T, y?: U): T[];\n',
        'major',
      ],
      [
        'a const enum made a regular enum',
        'export declare const enum E {\n  A = 0\n}\n',
        'export declare enum E {\n  A = 0\n}\n',
        'minor',
      ],
      [
        'a regular enum made a const enum',
        'export declare enum E {\n  A = 0\n}\n',
        'export declare const enum E {\n  A = 0\n}\n',
        'major',
      ],
      [
        'an @internal export removed',
        '/** @internal */\nexport declare function _reset(): void;\nexport declare function f(): void;\n',
        'export declare function f(): void;\n',
        'patch',
      ],
      [
        'the advice of a deprecation reworded',
        '/** @deprecated use g */\nexport declare function f(): void;\nexport declare function g(): void;\n',
        '/** @deprecated use g() instead */\nexport declare function f(): void;\nexport declare function g(): void;\n',
        'patch',
      ],
      [
        'an explicit @public tag added',
        'export declare function f(): void;\n',
        '/** @public */\nexport declare function f(): void;\n',
        'patch',
      ],
      [
        'an abstract class made concrete',
        'export declare abstract class Base {\n  abstract run(): void;\n}\n',
        'export declare class Base {\n  run(): void;\n}\n',
        'minor',
      ],
      [
        'a constant of a namespace widened',
        'export declare namespace Limits {\n  const max: number;\n}\n',
        'export declare namespace Limits {\n  const max: number | undefined;\n}\n',
        'major',
      ],
      [
        'a function of a namespace given an optional parameter',
        'export declare namespace Util {\n  function slug(s: string): string;\n}\n',
        'export declare namespace Util {\n  function slug(s: string, sep?: string): string;\n}\n',
        'minor',
      ],
      [
        'an interface of a namespace given a required member (read by consumers)',
        'export declare namespace Api {\n  interface Info {\n    name: string;\n  }\n}\n',
        'export declare namespace Api {\n  interface Info {\n    name: string;\n    id: number;\n  }\n}\n',
        'minor',
      ],
      ['quotes changed from single to double', "export type M = 'a' | 'b';\n", 'export type M = "a" | "b";\n', 'patch'],
      [
        'a member moved into a new base interface',
        'export interface O {\n  a: string;\n  b: string;\n}\nexport declare function f(): O;\n',
        'export interface Base {\n  a: string;\n}\nexport interface O extends Base {\n  b: string;\n}\nexport declare function f(): O;\n',
        'minor',
      ],
      [
        'an options type of a class constructor widened (a class passed back to the library does not flip it)',
        'export interface Opts {\n  key: string;\n}\nexport declare class Client {\n  constructor(opts: Opts);\n  with(opts: Partial<Opts>): Client;\n}\nexport declare function use(client: Client): void;\n',
        'export interface Opts {\n  key: string | null;\n}\nexport declare class Client {\n  constructor(opts: Opts);\n  with(opts: Partial<Opts>): Client;\n}\nexport declare function use(client: Client): void;\n',
        'minor',
      ],
      [
        'a required member added to a non-exported options type',
        'interface Opts {\n  a: string;\n}\nexport declare function f(o: Opts): void;\nexport {};\n',
        'interface Opts {\n  a: string;\n  b: number;\n}\nexport declare function f(o: Opts): void;\nexport {};\n',
        'major',
      ],
      [
        'documentation edited on a member only',
        'export interface A {\n  /** one */\n  x: number;\n}\n',
        'export interface A {\n  /** two */\n  x: number;\n}\n',
        'patch',
      ],
      [
        'a required parameter added to an export = function',
        'declare function f(a: string): void;\nexport = f;\n',
        'declare function f(a: string, b: string): void;\nexport = f;\n',
        'major',
      ],
      [
        'a required constructor parameter added',
        'export declare class C {\n  constructor(a: string);\n}\n',
        'export declare class C {\n  constructor(a: string, b: number);\n}\n',
        'major',
      ],
    ])('judges %s as the right level', (_what, oldDts, newDts, level) => {
      expect(compare(oldDts, newDts).bump).toBe(level);
    });
  });
});
