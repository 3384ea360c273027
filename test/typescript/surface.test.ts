// Reading the exported TypeScript API of real packages: entry points from package.json, re-exports
// followed, declarations recorded with kind, members, tags and location; bad input as warnings.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Project, ts } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { partReaders } from '../../src/surface/readers.ts';
import { takeSnapshot } from '../../src/surface/snapshot.ts';
import {
  NO_ENTRY_POINT_WARNING,
  takeTypeScriptSurface,
  TypeScriptSurfaceError,
} from '../../src/surface/typescript/index.ts';
import { TS_FIXTURES } from './helpers.ts';

const fixture = (name: string) => path.join(TS_FIXTURES, name);
const byName = (name: string, dir: string) =>
  takeTypeScriptSurface(fixture(dir)).surface.declarations.find((d) => d.name === name);

describe('takeTypeScriptSurface', () => {
  describe('when a package exports built declarations through "exports"', () => {
    const { surface, warnings } = takeTypeScriptSurface(fixture('reexports'));
    const get = (name: string) => surface.declarations.find((d) => d.name === name);

    it('reads every subpath with a types condition, expands wildcards and skips non-code subpaths', () => {
      expect(surface.entryPoints).toEqual({ '.': 'dist/index.d.ts', './inner/tools.js': 'dist/inner/tools.d.ts' });
      expect(warnings).toEqual([]);
    });

    it('follows export *, export { x as y }, export * as ns and the default export', () => {
      expect(surface.declarations.filter((d) => d.entry === '.').map((d) => d.name)).toEqual([
        'Circle',
        'computeArea',
        'default',
        'math',
        'Round',
        'Unit',
      ]);
      expect(get('computeArea')).toMatchObject({ kind: 'function', location: { file: 'dist/math.d.ts', line: 3 } });
      expect(get('math')).toMatchObject({ kind: 'namespace', members: [{ name: 'area', kind: 'export' }] });
      expect(get('default')).toMatchObject({
        kind: 'variable',
        signature: 'const defaultShape: Circle',
        docs: '/** The default shape. */',
      });
    });

    it('records overloads with parameters, type parameters and constraints, and release tags', () => {
      const area = get('computeArea')!;
      expect(area.tags).toEqual({ release: 'beta' });
      expect(area.signatures).toEqual([
        {
          parameters: [
            { name: 'shape', type: 'T', optional: false, rest: false },
            { name: 'precision', type: 'number', optional: true, rest: false },
          ],
          returnType: 'number',
          typeParameters: [{ name: 'T', constraint: 'Circle' }],
        },
        {
          parameters: [{ name: 'radius', type: 'number', optional: false, rest: false }],
          returnType: 'number',
          typeParameters: [],
        },
      ]);
    });

    it('records members with their modifiers and @deprecated, leaving #private fields out', () => {
      const round = get('Round')!;
      expect(round.tags.deprecated).toBe('Use Circle.');
      expect(round.members?.map((m) => [m.name, m.kind, m.static ?? false, m.visibility ?? 'public'])).toEqual([
        ['unit', 'property', true, 'public'],
        ['size', 'property', false, 'protected'],
        ['secret', 'property', false, 'private'],
        ['constructor', 'constructor', false, 'public'],
        ['grow', 'method', false, 'public'],
      ]);
      expect(get('Circle')!.members).toEqual([
        { name: 'radius', kind: 'property', signature: 'readonly radius: number', type: 'number', readonly: true },
        { name: 'label', kind: 'property', signature: 'label?: string', type: 'string', optional: true },
      ]);
      expect(get('Unit')!.members?.map((m) => [m.name, m.value])).toEqual([
        ['Px', '0'],
        ['Em', '1'],
      ]);
      expect(surface.declarations.find((d) => d.name === 'tool')!.signatures![0]!.parameters[0]).toEqual({
        name: 'names',
        type: 'string[]',
        optional: false,
        rest: true,
      });
    });

    it('keeps the declaration files so that the diff can type-check against them', () => {
      expect(Object.keys(surface.files).sort()).toEqual([
        'dist/index.d.ts',
        'dist/inner/tools.d.ts',
        'dist/math.d.ts',
        'dist/shapes.d.ts',
      ]);
    });
  });

  describe('when a package ships every module twice (ESM .d.mts and CommonJS .d.ts) under aliased subpaths', () => {
    it('reads each module once, under its shortest subpath', () => {
      const { surface, warnings } = takeTypeScriptSurface(fixture('dual'));
      expect(warnings).toEqual([]);
      expect(surface.entryPoints).toEqual({ '.': 'index.d.mts', './lib/util': 'lib/util.d.mts' });
      expect(surface.declarations.map((d) => `${d.entry} ${d.name}`)).toEqual(['. util', './lib/util util']);
    });
  });

  describe('when a package has only .ts sources', () => {
    const { surface, warnings } = takeTypeScriptSurface(fixture('sources'));

    it('maps the declared dist/index.d.ts to src/index.ts and emits declarations with inferred types', () => {
      expect(warnings).toEqual([]);
      expect(surface.from).toBe('source');
      expect(surface.entryPoints).toEqual({ '.': 'src/index.d.ts' });
      expect(surface.declarations.find((d) => d.name === 'configure')!.signature).toBe(
        'export declare function configure(settings: Settings): { ready: boolean; verbose: boolean; }',
      );
      expect(surface.declarations.find((d) => d.name === 'VERSION')!.signature).toBe('const VERSION: "1.2.3"');
    });

    it('locates declarations in the sources, not in the emitted declarations', () => {
      expect(surface.declarations.find((d) => d.name === 'configure')!.location).toEqual({
        file: 'src/index.ts',
        line: 7,
      });
    });
  });

  describe('doc comments', () => {
    it("reads tags of the extraction's files on demand, and leaves other projects in the process their doc comments", () => {
      // The extraction parses without doc comments (as tsc does) and parses a tagged comment when asked.
      const { surface } = takeTypeScriptSurface(fixture('reexports'));
      expect(surface.declarations.filter((d) => d.tags.deprecated !== undefined).length).toBeGreaterThan(0);
      // A project of its own (the static MCP reader, the codemods) still gets them from the parser.
      const project = new Project({ useInMemoryFileSystem: true });
      const file = project.createSourceFile(
        '/x.ts',
        '/** Old.\n * @deprecated use g */\nexport function f(): void {}\n',
      );
      const f = file.getFunctionOrThrow('f').compilerNode;
      expect((f as unknown as { jsDoc?: unknown[] }).jsDoc).toHaveLength(1);
      expect(ts.getJSDocTags(f).map((t) => t.tagName.text)).toEqual(['deprecated']);
    });
  });

  describe('with bad input', () => {
    it('reports declarations that do not compile with file:line from the compiler and keeps the rest', () => {
      const { surface, warnings } = takeTypeScriptSurface(fixture('broken'));
      expect(warnings.map((w) => w.message)).toEqual([
        expect.stringMatching(/^index\.d\.ts:4:39 error TS2304: Cannot find name 'Optoins'\./),
      ]);
      expect(warnings[0]!.location).toEqual({ file: 'index.d.ts', line: 4, column: 39 });
      expect(surface.declarations.map((d) => d.name)).toEqual(['fine', 'Good', 'make']);
    });

    it('finds the same unresolved names in the fast check used for large packages', () => {
      const { warnings } = takeTypeScriptSurface(fixture('broken'), { checkDeclarations: 'names' });
      expect(warnings.map((w) => w.location)).toEqual([{ file: 'index.d.ts', line: 4, column: 39 }]);
    });

    it('finds in the fast check every unresolved name the compiler finds, in every scope', () => {
      // A type parameter, an `infer` or a mapped key resolves only inside its declaration; a
      // namespace's member only inside the namespace; a global (also one a module declares in
      // `declare global`) everywhere; a value is no type.
      const where = (mode: 'full' | 'names') =>
        takeTypeScriptSurface(fixture('unresolved-scopes'), { checkDeclarations: mode })
          .warnings.filter((w) => w.location?.column !== undefined)
          .map((w) => w.location);
      const compiler = where('full');
      expect(compiler).toHaveLength(10);
      expect(where('names')).toEqual(compiler);
    });

    it('warns about an entry point that does not exist and reads the others', () => {
      const { surface, warnings } = takeTypeScriptSurface(fixture('missing-entry'));
      expect(warnings.map((w) => w.message)).toEqual([
        'exports["./extra"] points to "./dist/extra.d.ts", which does not exist (no .d.ts and no .ts source found for it)',
      ]);
      expect(surface.declarations.map((d) => `${d.entry} ${d.name}`)).toEqual(['. present']);
    });

    it('terminates on circular re-exports and finds the exports of both files', () => {
      expect(takeTypeScriptSurface(fixture('circular')).surface.declarations.map((d) => d.name)).toEqual([
        'fromA',
        'fromB',
      ]);
    });

    it('flags any-typed exports, written so or through an import that does not resolve', () => {
      const { surface, warnings } = takeTypeScriptSurface(fixture('any-export'));
      expect(surface.declarations.filter((d) => d.any).map((d) => d.name)).toEqual(['Alias', 'loose']);
      expect(warnings.map((w) => w.message)).toEqual([
        expect.stringContaining(
          'The package not-installed-anywhere, imported by the TypeScript, is not installed here',
        ),
        expect.stringContaining('export "loose" of entry "." is typed any'),
        expect.stringContaining('export "Alias" of entry "." is typed any'),
      ]);
    });

    it('keeps the warning in the snapshot when the declared types are missing altogether', async () => {
      const snapshot = await takeSnapshot({
        dir: fixture('missing-types'),
        extraParts: partReaders({ surface: 'auto', typescript: true }),
      });
      expect(snapshot.typescript).toBeNull();
      expect(snapshot.provenance.warnings).toEqual([
        {
          part: 'typescript',
          message:
            '"types" points to "dist/index.d.ts", which does not exist (no .d.ts and no .ts source found for it)',
          location: { file: 'package.json' },
        },
      ]);
    });

    it('reads a folder without package.json or TypeScript files as having no TypeScript API, and says so', () => {
      const { surface, warnings } = takeTypeScriptSurface(TS_FIXTURES);
      expect(surface.declarations).toEqual([]);
      expect(warnings).toEqual([expect.objectContaining({ message: NO_ENTRY_POINT_WARNING })]);
    });

    it('fails with a clear error on a package.json that is not JSON', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'mcpver-bad-manifest-'));
      writeFileSync(path.join(dir, 'package.json'), '{ "name": ');
      try {
        expect(() => takeTypeScriptSurface(dir)).toThrow(TypeScriptSurfaceError);
        expect(() => takeTypeScriptSurface(dir)).toThrow(/package\.json is not valid JSON/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('reads the wildcard subpaths of the real MCP SDK, where McpServer lives', () => {
    const mcpServer = byName('McpServer', '../../../node_modules/@modelcontextprotocol/sdk');
    expect(mcpServer).toMatchObject({
      entry: './server/mcp.js',
      kind: 'class',
      location: { file: 'dist/esm/server/mcp.d.ts' },
    });
    expect(mcpServer!.members!.some((m) => m.name === 'registerTool' && m.kind === 'method')).toBe(true);
  }, 120_000);
});
