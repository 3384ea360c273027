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
import { describe, expect, it } from 'vitest';
import { mcpver } from './helpers/cli.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Files under `dir`, relative to it, with `/`. */
function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

// @ts-expect-error: a JavaScript module without declarations
const bundleScript = (await import('../scripts/bundle.mjs')) as {
  BUNDLES: Record<string, { committed: boolean }>;
  MANIFEST: string;
  sha256: (file: string) => string;
};
const DIST = path.join(ROOT, 'dist');
const COMMITTED = Object.keys(bundleScript.BUNDLES).filter((name) => bundleScript.BUNDLES[name]!.committed);
/** Set to rebuild every bundle and compare bytes (minutes: ncc builds the Action with the TypeScript compiler). */
const REBUILD = Boolean(process.env.MCPVER_DIST_REBUILD);

interface Manifest {
  bundles: Record<string, { inputs: Record<string, string>; outputs: Record<string, string> }>;
}

/** Like check-dist in actions/typescript-action: rebuild elsewhere and list what differs from dist/. */
function staleAfterRebuild(): string[] {
  const fresh = mkdtempSync(path.join(tmpdir(), 'mcpver-dist-'));
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/bundle.mjs'), '--out', fresh], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    const built = files(fresh);
    expect(built).toEqual(
      expect.arrayContaining(['action/index.js', 'action/package.json', 'cli/index.js', 'cli/package.json']),
    );
    const committed = [
      bundleScript.MANIFEST,
      ...COMMITTED.flatMap((name) => files(path.join(DIST, name)).map((f) => `${name}/${f}`)),
    ];
    return [...new Set([...built, ...committed])]
      .sort()
      .filter((file) => {
        const a = path.join(fresh, file);
        const b = path.join(DIST, file);
        return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
      })
      .map((file) => `dist/${file}`);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

describe('the committed bundle', () => {
  // npm run bundle records in dist/manifest.json the sha256 of every file each bundle was built from
  // (every module its bundler read, the lockfile that fixes every package and bundler, the configs
  // and the bundling script) and of every file it wrote. If every input still hashes the same, a
  // fresh build reads the same bytes and writes the same bundle; if every output does, nobody edited
  // the bundle since. That proves in a second what rebuilding proves in minutes (ncc builds the
  // Action with the TypeScript compiler), short of someone forging the manifest by hand:
  // MCPVER_DIST_REBUILD=1 (set by .ci/run; the release workflow rebuilds too) also rebuilds and
  // compares bytes, the manifest included.
  it('is what npm run bundle builds from the sources in this commit, not edited since', { timeout: 600_000 }, () => {
    const manifestFile = path.join(DIST, bundleScript.MANIFEST);
    expect(existsSync(manifestFile), 'dist/manifest.json is missing: run npm run bundle and commit dist/').toBe(true);
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
    expect(Object.keys(manifest.bundles).sort()).toEqual([...COMMITTED].sort());
    for (const name of COMMITTED) {
      const { inputs, outputs } = manifest.bundles[name]!;
      // The script, the lockfile and the entry's own sources at least: an empty list would prove nothing.
      expect(Object.keys(inputs)).toEqual(expect.arrayContaining(['package-lock.json', 'scripts/bundle.mjs']));
      expect(Object.keys(inputs).filter((f) => f.startsWith('src/')).length).toBeGreaterThan(10);
      const changed = Object.entries(inputs)
        .filter(
          ([file, hash]) => !existsSync(path.join(ROOT, file)) || bundleScript.sha256(path.join(ROOT, file)) !== hash,
        )
        .map(([file]) => file);
      expect(
        changed,
        `dist/${name} was built from other files than these (${changed.join(', ')}): run npm run bundle and commit dist/`,
      ).toEqual([]);
      const onDisk = Object.fromEntries(
        files(path.join(DIST, name)).map((f) => [`${name}/${f}`, bundleScript.sha256(path.join(DIST, name, f))]),
      );
      const edited = [...new Set([...Object.keys(onDisk), ...Object.keys(outputs)])]
        .sort()
        .filter((file) => onDisk[file] !== outputs[file])
        .map((file) => `dist/${file}`);
      expect(
        edited,
        `${edited.join(', ')} differ from what npm run bundle wrote: run npm run bundle and commit dist/`,
      ).toEqual([]);
    }
    if (REBUILD)
      expect(staleAfterRebuild(), 'differ from a fresh build: run npm run bundle and commit dist/').toEqual([]);
  });

  it('leaves the TypeScript compiler out of the CLI (npm installs ts-morph) and in the Action (it has no node_modules)', () => {
    // A line only the compiler's own source has.
    const holdsCompiler = (bundle: string) =>
      files(path.join(DIST, bundle)).some((f) =>
        readFileSync(path.join(DIST, bundle, f), 'utf8').includes('versionMajorMinor = "'),
      );
    expect(holdsCompiler('cli')).toBe(false);
    expect(holdsCompiler('action')).toBe(true);
    const cliImports = files(path.join(DIST, 'cli'))
      .map((f) => readFileSync(path.join(DIST, 'cli', f), 'utf8'))
      .join('\n');
    expect(cliImports).toMatch(/from "ts-morph"/);
  });

  it(
    'reads tools from source and a TypeScript API exactly as the sources do (ts-morph and the split chunks load)',
    { timeout: 300_000 },
    async () => {
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
        const fromBundle = (dir: string) =>
          JSON.parse(
            execFileSync(process.execPath, [path.join(ROOT, 'bin/mcpver.js'), 'snapshot', '--dir', dir], {
              cwd: ROOT,
              encoding: 'utf8',
            }),
          );
        // The sources, through the dispatcher src/cli.ts runs, in this process (no compile per start).
        const fromSource = async (dir: string) => {
          const run = await mcpver(['snapshot', '--dir', dir], ROOT);
          expect(run.code, run.stderr).toBe(0);
          return JSON.parse(run.stdout);
        };
        const serverSnapshot = fromBundle(server);
        expect(serverSnapshot.mcp.tools.map((t: { name: string }) => t.name)).toEqual([
          'add_note',
          'list_notes',
          'search_notes',
          'delete_note',
        ]);
        expect(serverSnapshot).toEqual(await fromSource(server));
        const librarySnapshot = fromBundle(library);
        expect(librarySnapshot.typescript.declarations.map((d: { name: string }) => d.name)).toEqual(['greet']);
        expect(librarySnapshot).toEqual(await fromSource(library));
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
