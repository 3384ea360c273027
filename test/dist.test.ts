import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files under `dir`, relative to it, with `/`. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

describe('the committed bundle', () => {
  const fresh = mkdtempSync(path.join(tmpdir(), 'mcpver-dist-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  // An ncc build of the Action, which holds the TypeScript compiler: a minute or more on a busy machine.
  it('is exactly what npm run bundle builds from the sources in this commit', { timeout: 600_000 }, () => {
    // Like check-dist in actions/typescript-action, but in-process: rebuild elsewhere, compare bytes.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--out', fresh], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const built = files(fresh);
    expect(built).toEqual(
      expect.arrayContaining(['action/index.js', 'action/package.json', 'cli/index.js', 'cli/package.json']),
    );
    const committed = new Set(
      built.flatMap((file) =>
        files(path.join(ROOT, 'dist', path.dirname(file))).map((f) => `${path.dirname(file)}/${f}`),
      ),
    );
    const stale = [...new Set([...built, ...committed])]
      .sort()
      .filter((file) => {
        const a = path.join(fresh, file);
        const b = path.join(ROOT, 'dist', file);
        return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
      })
      .map((file) => `dist/${file}`);
    expect(stale, `${stale.join(', ')} differ from a fresh build: run npm run bundle and commit dist/`).toEqual([]);
  });

  it('leaves the TypeScript compiler out of the CLI (npm installs ts-morph) and in the Action (it has no node_modules)', () => {
    // A line only the compiler's own source has.
    const holdsCompiler = (bundle: string) =>
      files(path.join(fresh, bundle)).some((f) =>
        readFileSync(path.join(fresh, bundle, f), 'utf8').includes('versionMajorMinor = "'),
      );
    expect(holdsCompiler('cli')).toBe(false);
    expect(holdsCompiler('action')).toBe(true);
    const cliImports = files(path.join(fresh, 'cli'))
      .map((f) => readFileSync(path.join(fresh, 'cli', f), 'utf8'))
      .join('\n');
    expect(cliImports).toMatch(/from "ts-morph"/);
  });

  it(
    'reads tools from source and a TypeScript API exactly as the sources do (ts-morph and the split chunks load)',
    { timeout: 300_000 },
    () => {
      const work = mkdtempSync(path.join(tmpdir(), 'mcpver-dist-run-'));
      try {
        // The example server, with the repository's node_modules so its imports resolve.
        const server = path.join(work, 'server');
        cpSync(path.join(ROOT, 'examples/server-v1'), server, { recursive: true });
        symlinkSync(path.join(ROOT, 'node_modules'), path.join(server, 'node_modules'));
        const library = path.join(work, 'library');
        mkdirSync(library);
        writeFileSync(
          path.join(library, 'package.json'),
          JSON.stringify({ name: 'greeter', version: '1.0.0', types: 'index.d.ts' }),
        );
        writeFileSync(
          path.join(library, 'index.d.ts'),
          'export declare function greet(name: string, loud?: boolean): string;\n',
        );
        const snapshot = (cli: string[], dir: string) =>
          JSON.parse(
            execFileSync(process.execPath, [...cli, 'snapshot', '--dir', dir], { cwd: ROOT, encoding: 'utf8' }),
          );
        const fromBundle = [path.join(ROOT, 'bin/mcpver.js')];
        const fromSource = ['--import', 'tsx', path.join(ROOT, 'src/cli.ts')];
        const serverSnapshot = snapshot(fromBundle, server);
        expect(serverSnapshot.mcp.tools.map((t: { name: string }) => t.name)).toEqual([
          'add_note',
          'list_notes',
          'search_notes',
          'delete_note',
        ]);
        expect(serverSnapshot).toEqual(snapshot(fromSource, server));
        const librarySnapshot = snapshot(fromBundle, library);
        expect(librarySnapshot.typescript.declarations.map((d: { name: string }) => d.name)).toEqual(['greet']);
        expect(librarySnapshot).toEqual(snapshot(fromSource, library));
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
  );

  it('runs: the CLI answers --help from the bundle, through the package bin', () => {
    const help = execFileSync(process.execPath, [path.join(ROOT, 'bin/mcpver.js'), '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(help).toMatch(/^mcpver — semantic versioning for MCP servers/);
  });
});
