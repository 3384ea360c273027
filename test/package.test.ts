// The npm package as a user gets it: packed with `npm pack` from what package.json's `files` names
// (with dist/cli freshly built from these sources, as the release workflow checks the committed one
// is), installed from the tarball into an empty folder (its dependencies from the npm registry), and
// run: `npx mcpver --version`, `npx mcpver diff` of two captures, a TypeScript snapshot (ts-morph
// comes from the installed dependencies), and the documented library import, in JavaScript and in
// TypeScript.

import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignVariant } from '../src/ab/assign.ts';
import { ROOT } from './helpers/cli.ts';

/** The goal of issue 16: a package that installs quickly. */
const MAX_PACKED_BYTES = 3 * 1024 * 1024;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

const work = mkdtempSync(path.join(tmpdir(), 'mcpver-package-'));
const source = path.join(work, 'source');
const user = path.join(work, 'user');
let packed: PackResult;

const npm = (args: string[], cwd: string) =>
  execFileSync(NPM, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' },
  });
const npx = (args: string[]) =>
  spawnSync(NPM, ['exec', '--no', '--', ...args], {
    cwd: user,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 120_000,
  });

beforeAll(async () => {
  // What npm would pack from the repository, copied, with dist/cli built fresh in place of the committed one.
  const listed = (
    JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts'], ROOT)) as PackResult[]
  )[0]!.files.map((f) => f.path);
  for (const file of listed.filter((f) => !f.startsWith('dist/cli/')))
    cpSync(path.join(ROOT, file), path.join(source, file));
  for (const file of ['tsconfig.json', 'tsconfig.lib.json', 'src/ab/assign.ts'])
    cpSync(path.join(ROOT, file), path.join(source, file));
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'));
  // @ts-expect-error: a JavaScript module without declarations
  const { bundle } = (await import('../scripts/bundle.mjs')) as {
    bundle: (out: string, names: string[]) => Promise<string[]>;
  };
  await bundle(path.join(source, 'dist'), ['cli']);
  // prepack (npm run build:lib) builds the library entry, as on publish.
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', work], source)) as PackResult[])[0]!;
  mkdirSync(user);
  npm(['install', path.join(work, packed.filename)], user);
}, 900_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

const capture = (tools: string[]) =>
  JSON.stringify({
    tools: tools.map((name) => ({
      name,
      inputSchema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] },
    })),
  });

describe('the npm package', () => {
  it(`packs to under ${MAX_PACKED_BYTES / 2 ** 20} MB, with the command, the CLI bundle, the library entry and the notices, and nothing else`, () => {
    expect(packed.size).toBeLessThan(MAX_PACKED_BYTES);
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'CHANGELOG.md',
        'bin/mcpver.js',
        'dist/cli/index.js',
        'dist/cli/package.json',
        'build/src/ab/assign.js',
        'build/src/ab/assign.d.ts',
      ]),
    );
    expect(
      paths.filter(
        (p) =>
          !/^(package\.json|README\.md|LICENSE|CHANGELOG\.md|bin\/mcpver\.js|dist\/cli\/.+|build\/src\/ab\/assign\.(js|d\.ts))$/.test(
            p,
          ),
      ),
    ).toEqual([]);
  });

  it('installs with only its runtime dependencies (ts-morph), not the Action, the App or the test tools', () => {
    const installed = JSON.parse(npm(['ls', '--all', '--json'], user)) as {
      dependencies: { mcpver: { dependencies?: Record<string, unknown> } };
    };
    expect(Object.keys(installed.dependencies.mcpver.dependencies ?? {}).sort()).toEqual(
      Object.keys(manifest.dependencies).sort(),
    );
    const tree = npm(['ls', '--all', '--parseable'], user);
    const installedPaths = tree.split('\n');
    for (const name of ['probot', '@actions/core', 'openai', 'tsx', 'vitest', '@modelcontextprotocol/sdk'])
      expect(installedPaths.filter((p) => p.endsWith(`node_modules/${name}`))).toEqual([]);
  });

  it('answers npx mcpver --version with the package version', () => {
    const run = npx(['mcpver', '--version']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout.trim()).toBe(manifest.version);
  });

  it('diffs two captures with npx mcpver diff: a removed tool is major, exit 1', () => {
    writeFileSync(path.join(user, 'old.json'), capture(['search', 'fetch']));
    writeFileSync(path.join(user, 'new.json'), capture(['search']));
    const run = npx(['mcpver', 'diff', 'old.json', 'new.json', '--json']);
    expect(run.status, run.stderr).toBe(1);
    const report = JSON.parse(run.stdout) as { required: string; changes: { rule: string; subject: string }[] };
    expect(report.required).toBe('major');
    expect(report.changes.map((c) => `${c.rule} ${c.subject}`)).toEqual(['tool-removed tool:fetch']);
  });

  it('reads a TypeScript API with the ts-morph it installed', () => {
    const library = path.join(user, 'library');
    mkdirSync(library);
    writeFileSync(
      path.join(library, 'package.json'),
      JSON.stringify({ name: 'greeter', version: '1.0.0', types: 'index.d.ts' }),
    );
    writeFileSync(
      path.join(library, 'index.d.ts'),
      'export declare function greet(name: string, loud?: boolean): string;\n',
    );
    const run = npx(['mcpver', 'snapshot', '--dir', 'library']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).typescript.declarations.map((d: { name: string }) => d.name)).toEqual(['greet']);
  });

  it("imports { assignVariant } from 'mcpver/ab/assign' as docs/ab.md shows, with the same answers as the sources", () => {
    const code =
      "import { assignVariant } from 'mcpver/ab/assign'; process.stdout.write(['u1', 'u2', 'u3', 'u4'].map((u) => assignVariant('search-1-5', u)).join(''));";
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: user, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(['u1', 'u2', 'u3', 'u4'].map((u) => assignVariant('search-1-5', u)).join(''));
  });

  it('gives TypeScript users the declarations of mcpver/ab/assign', () => {
    // .mts: the user's folder is not a module package, and the package is ES modules only.
    writeFileSync(
      path.join(user, 'consumer.mts'),
      "import { assignVariant, type AssignedVariant } from 'mcpver/ab/assign';\nexport const v: AssignedVariant = assignVariant('t', 'u', { A: 1, B: 1 });\n",
    );
    writeFileSync(
      path.join(user, 'wrong.mts'),
      "import { assignVariant } from 'mcpver/ab/assign';\nexport const n: number = assignVariant('t', 'u');\n",
    );
    const tsc = spawnSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/typescript/bin/tsc'),
        '--noEmit',
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--types',
        'node',
        '--typeRoots',
        path.join(ROOT, 'node_modules/@types'),
        'consumer.mts',
        'wrong.mts',
      ],
      { cwd: user, encoding: 'utf8' },
    );
    // The right use compiles; the wrong one does not, so the declarations are typed, not `any`.
    expect(tsc.stdout.split('\n').filter((l) => /error TS/.test(l))).toEqual([
      expect.stringMatching(/^wrong\.mts\(2,14\): error TS2322/),
    ]);
  });
});
