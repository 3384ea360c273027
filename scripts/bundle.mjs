#!/usr/bin/env node
// `npm run bundle`: build the committed bundles with ncc — the Action (dist/action/index.js, what
// action.yml runs) and the CLI (dist/cli/index.js, what bin/mcpver.js loads). `--out DIR` builds
// elsewhere, so that test/dist.test.ts can compare a fresh build with the committed one.
//
// Why not `ncc build src/…ts` directly: ncc's TypeScript loader either type-checks the whole
// project (any error anywhere stops the bundle) or, with --transpile-only, compiles each file
// without knowing the package is ESM and emits require() of ESM-only packages (@actions/core 3).
// So tsc first emits plain ESM JavaScript (--noCheck: typechecking is `npm run typecheck`'s job),
// and ncc bundles that.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const NCC = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

/** Bundle name → its entry, as a source path (compiled to .js under the staging folder). */
const ENTRIES = {
  action: 'src/action/index.ts',
  cli: 'src/cli.ts',
};

/**
 * ncc's ESM output keeps CommonJS code that reads `__filename`, `__dirname` and `require` (the
 * TypeScript compiler inside ts-morph does, at load time), which ES modules do not define
 * (vercel/ncc#749). Define them at the top of the bundle and of each chunk, from its own URL.
 */
const ESM_SHIM = [
  'import { createRequire as __mcpverCreateRequire } from "node:module";',
  'import { fileURLToPath as __mcpverFileURLToPath } from "node:url";',
  'import { dirname as __mcpverDirname } from "node:path";',
  'const require = __mcpverCreateRequire(import.meta.url);',
  'const __filename = __mcpverFileURLToPath(import.meta.url);',
  'const __dirname = __mcpverDirname(__filename);',
].join('\n');

function run(args, what) {
  try {
    execFileSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim();
    throw new Error(`${what} failed:\n${output || error.message}`);
  }
}

/**
 * The staging folder is inside the repository, so that node_modules resolves from it, and always
 * the same: ncc derives module ids and comments from paths relative to the repository, so a
 * different folder would give different bytes. One build at a time holds it (a lock folder).
 */
const STAGE_NAME = '.tmp/bundle-stage';
const LOCK = path.join(ROOT, '.tmp/bundle.lock');
/** A lock older than this was left by a build that died; builds take well under a minute. */
const STALE_LOCK_MS = 10 * 60 * 1000;

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function lock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(LOCK, { recursive: true, force: true });
      else sleep(500);
    }
  }
}

/** Build every bundle into `outDir` (dist/ by default); returns the files written. */
export function bundle(outDir) {
  const stageName = STAGE_NAME;
  const stage = path.join(ROOT, stageName);
  lock();
  try {
    rmSync(stage, { recursive: true, force: true });
    run([TSC, '-p', 'tsconfig.build.json', '--noCheck', '--outDir', stage, '--declaration', 'false', '--sourceMap', 'false'], 'tsc');
    const written = [];
    for (const [name, entry] of Object.entries(ENTRIES)) {
      const compiled = path.join(stage, entry.replace(/\.ts$/, '.js'));
      if (!existsSync(compiled)) throw new Error(`The entry ${entry} was not compiled (does it exist?).`);
      const nccOut = path.join(stage, '.ncc', name);
      run([NCC, 'build', compiled, '--out', nccOut, '--target', 'es2022', '--no-cache', '--quiet'], `ncc (${entry})`);
      const target = path.join(outDir, name);
      // Replace the folder whole, so a file an older build wrote cannot linger.
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      // index.js, the chunks ncc splits off for dynamic import() (`542.index.js`), and the
      // {"type":"module"} package.json that makes Node load them as ES modules.
      // Any assets ncc copied beside them are kept too, in their folders.
      const files = readdirSync(nccOut, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(nccOut, path.join(entry.parentPath, entry.name)))
        .sort();
      for (const file of files) {
        const from = path.join(nccOut, file);
        const to = path.join(target, file);
        mkdirSync(path.dirname(to), { recursive: true });
        if (file.endsWith('.js')) {
          const code = readFileSync(from, 'utf8').replaceAll(`./${stageName}/`, './');
          writeFileSync(to, `${ESM_SHIM}\n${code}`);
        } else {
          writeFileSync(to, readFileSync(from));
        }
        written.push(to);
      }
    }
    return written;
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'dist'));
  try {
    for (const file of bundle(outDir)) process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  } catch (error) {
    process.stderr.write(`bundle: ${error.message}\n`);
    process.exitCode = 1;
  }
}
