#!/usr/bin/env node
// `npm run bundle`: build the committed bundles — the Action (dist/action/, what action.yml runs)
// and the CLI (dist/cli/, what bin/mcpver.js loads, in the repository and in the npm package).
// `--out DIR` builds elsewhere, so that test/dist.test.ts can compare a fresh build with the
// committed one; `--bundle NAME` builds only the bundles named (also `app` and `lambda`, the App's
// server and Lambda handler, which are built for deployment and never committed).
//
// Beside the committed bundles, dist/manifest.json records the sha256 of every file each one was built
// from (the sources and packages the bundler read, the lockfile, this script, the configs) and of
// every file it wrote: test/dist.test.ts checks it against the checkout in a second, where rebuilding
// the Action takes minutes; MCPVER_DIST_REBUILD=1 makes it rebuild and compare bytes instead.
//
// Every bundle is split at the code's dynamic import()s: a command or an Action mode loads its own
// chunk when it runs, and the TypeScript compiler (13 MB of the 19) only for a TypeScript surface.
//
// - The Action runs from the checkout of this repository, with no node_modules: everything is in
//   dist/action. tsc first emits plain ESM JavaScript (--noCheck: typechecking is `npm run
//   typecheck`'s job), and ncc bundles that. Why not `ncc build src/…ts` directly: ncc's TypeScript
//   loader either type-checks the whole project or, with --transpile-only, compiles each file without
//   knowing the package is ESM and emits require() of ESM-only packages (@actions/core 3).
// - The CLI is installed by npm, with its dependencies: ts-morph (and with it the TypeScript
//   compiler) stays a dependency, loaded from node_modules when a command needs it, and everything
//   else is bundled by esbuild (seconds, not minutes). ncc could not do this: it hoists a package
//   left outside the bundle into a static import of the entry, loaded at every start.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');
const NCC = path.join(ROOT, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

/**
 * Bundle name → its entry (a source path), how it is built, and whether `npm run bundle` commits it.
 * `external`: packages the CLI leaves to npm (see above); both are dependencies in package.json.
 */
export const BUNDLES = {
  action: { entry: 'src/action/index.ts', builder: 'ncc', committed: true },
  cli: { entry: 'src/cli.ts', builder: 'esbuild', committed: true, external: ['ts-morph', '@ts-morph/common'] },
  app: { entry: 'app/server.ts', builder: 'esbuild', committed: false, external: [] },
  lambda: { entry: 'app/lambda.ts', builder: 'esbuild', committed: false, external: [] },
};

/**
 * ESM output keeps CommonJS code that reads `__filename`, `__dirname` and `require` (the TypeScript
 * compiler does, at load time), which ES modules do not define (vercel/ncc#749; esbuild's
 * `__require` falls back to a `require` in scope). Define them at the top of the bundle and of each
 * chunk, from its own URL.
 */
const ESM_SHIM = [
  'import { createRequire as __mcpverCreateRequire } from "node:module";',
  'import { fileURLToPath as __mcpverFileURLToPath } from "node:url";',
  'import { dirname as __mcpverDirname } from "node:path";',
  'const require = __mcpverCreateRequire(import.meta.url);',
  'const __filename = __mcpverFileURLToPath(import.meta.url);',
  'const __dirname = __mcpverDirname(__filename);',
].join('\n');

/** The manifest of the committed bundles, in the folder they are written to. */
export const MANIFEST = 'manifest.json';

/**
 * Files every bundle's bytes depend on besides the modules its bundler read: the lockfile fixes the
 * bundlers' versions and every package's files (npm ci installs exactly it), the configs how sources
 * compile, and this script how they are put together.
 */
const COMMON_INPUTS = [
  'package.json',
  'package-lock.json',
  'scripts/bundle.mjs',
  'tsconfig.json',
  'tsconfig.build.json',
];

/** What makes Node load a bundle's .js files as ES modules. */
const MODULE_PACKAGE_JSON = `${JSON.stringify({ type: 'module' }, null, 2)}\n`;

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

/** Files under `dir`, relative to it, sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** ncc: the entry as tsc compiled it into the staging folder; index.js plus `NNN.index.js` chunks. */
function buildWithNcc(name, entry, stage, target) {
  const compiled = path.join(stage, entry.replace(/\.ts$/, '.js'));
  if (!existsSync(compiled)) throw new Error(`The entry ${entry} was not compiled (does it exist?).`);
  const nccOut = path.join(stage, '.ncc', name);
  const stats = path.join(stage, '.ncc', `${name}.stats.json`);
  run(
    [NCC, 'build', compiled, '--out', nccOut, '--target', 'es2022', '--no-cache', '--quiet', '--stats-out', stats],
    `ncc (${entry})`,
  );
  const written = [];
  // index.js, the chunks ncc splits off for dynamic import(), and its {"type":"module"} package.json.
  // Any assets ncc copied beside them are kept too, in their folders.
  for (const file of filesUnder(nccOut)) {
    const from = path.join(nccOut, file);
    const to = path.join(target, file);
    mkdirSync(path.dirname(to), { recursive: true });
    if (file.endsWith('.js')) {
      const code = readFileSync(from, 'utf8').replaceAll(`./${STAGE_NAME}/`, './');
      writeFileSync(to, `${ESM_SHIM}\n${code}`);
    } else {
      writeFileSync(to, readFileSync(from));
    }
    written.push(to);
  }
  return { written, inputs: nccInputs(JSON.parse(readFileSync(stats, 'utf8')), stage) };
}

/**
 * The files ncc read, from its webpack stats: every module's file (concatenated modules are nested),
 * with what tsc compiled into the staging folder traced back to its source in the repository.
 */
function nccInputs(stats, stage) {
  const found = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        // A module's identifier is "<type>|<loader>!…!<file>|<hash>"; nameForCondition is the file.
        if (key === 'nameForCondition' && typeof inner === 'string') found.add(inner);
        else if (key === 'identifier' && typeof inner === 'string')
          found.add(inner.split('|')[1]?.split('!').pop() ?? '');
        else visit(inner);
      }
    }
  };
  visit(stats);
  const inputs = new Set();
  for (const file of found) {
    if (!path.isAbsolute(file)) continue;
    let source = file;
    if (file.startsWith(stage + path.sep)) {
      const compiled = path.relative(stage, file);
      const stem = compiled.replace(/\.js$/, '');
      source = ['.ts', '.mts', '.tsx', '.js'].map((ext) => path.join(ROOT, stem + ext)).find(existsSync);
      if (!source) throw new Error(`ncc read ${compiled}, compiled from no source that exists: cannot record it.`);
    }
    // ncc's own loaders are part of ncc, which the lockfile fixes.
    if (
      source.startsWith(ROOT + path.sep) &&
      existsSync(source) &&
      !source.includes(`${path.sep}@vercel${path.sep}ncc${path.sep}`)
    )
      inputs.add(path.relative(ROOT, source));
  }
  return [...inputs];
}

/** esbuild: from the TypeScript sources; index.js plus `chunks/<name>-<hash>.js`. */
async function buildWithEsbuild(entry, external, target) {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: { index: entry },
    outdir: target,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external,
    // Packages that ship an ES module build beside a UMD one (jsonc-parser) are read as ES modules:
    // the UMD wrapper hides its require()s from the bundler.
    mainFields: ['module', 'main'],
    chunkNames: 'chunks/[name]-[hash]',
    banner: { js: ESM_SHIM },
    logLevel: 'silent',
    metafile: true,
  });
  writeFileSync(path.join(target, 'package.json'), MODULE_PACKAGE_JSON);
  return {
    written: filesUnder(target).map((file) => path.join(target, file)),
    // Paths relative to absWorkingDir; a namespace prefix ("file:…") marks no real file.
    inputs: Object.keys(metafile.inputs).filter((input) => !input.includes(':')),
  };
}

/** The sha256 of a file's bytes, in hex. */
export function sha256(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** Path (with `/`) → sha256, sorted, for files relative to `base`. */
function hashes(base, files) {
  return Object.fromEntries(
    [...new Set(files)]
      .map((file) => file.split(path.sep).join('/'))
      .sort()
      .map((file) => [file, sha256(path.join(base, file))]),
  );
}

/** Record what a bundle was built from and what it wrote in the manifest of `outDir`, keeping the others' entries. */
function recordInManifest(outDir, name, inputs, written) {
  const file = path.join(outDir, MANIFEST);
  const manifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  manifest.about =
    'Written by npm run bundle: the sha256 of every file each committed bundle was built from and of every file it wrote. test/dist.test.ts checks it against the checkout.';
  manifest.bundles = {
    ...manifest.bundles,
    [name]: {
      inputs: hashes(ROOT, [...COMMON_INPUTS, ...inputs]),
      outputs: hashes(
        outDir,
        written.map((w) => path.relative(outDir, w)),
      ),
    },
  };
  manifest.bundles = Object.fromEntries(Object.entries(manifest.bundles).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

/** Build the bundles named (by default those committed) into `outDir` (dist/ by default); returns the files written. */
export async function bundle(outDir, names = Object.keys(BUNDLES).filter((n) => BUNDLES[n].committed)) {
  for (const name of names)
    if (!BUNDLES[name]) throw new Error(`No bundle "${name}": use ${Object.keys(BUNDLES).join(', ')}.`);
  const stage = path.join(ROOT, STAGE_NAME);
  lock();
  try {
    rmSync(stage, { recursive: true, force: true });
    if (names.some((n) => BUNDLES[n].builder === 'ncc')) {
      run(
        [
          TSC,
          '-p',
          'tsconfig.build.json',
          '--noCheck',
          '--outDir',
          stage,
          '--declaration',
          'false',
          '--sourceMap',
          'false',
        ],
        'tsc',
      );
    }
    const written = [];
    for (const name of names) {
      const { entry, builder, external } = BUNDLES[name];
      const target = path.join(outDir, name);
      // Replace the folder whole, so a file an older build wrote cannot linger.
      rmSync(target, { recursive: true, force: true });
      mkdirSync(target, { recursive: true });
      const built =
        builder === 'ncc' ? buildWithNcc(name, entry, stage, target) : await buildWithEsbuild(entry, external, target);
      written.push(...built.written);
      if (BUNDLES[name].committed) written.push(recordInManifest(outDir, name, built.inputs, built.written));
    }
    return [...new Set(written)];
  } finally {
    rmSync(stage, { recursive: true, force: true });
    rmSync(LOCK, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { out: { type: 'string' }, bundle: { type: 'string', multiple: true } } });
  const outDir = path.resolve(values.out ?? path.join(ROOT, 'dist'));
  try {
    // The committed bundles carry the readers' revision (src/surface/reader-revision.ts): bring it up
    // to date first, so a bundle never stamps snapshots with the revision of other readers.
    if (!values.out) {
      const { readerDigest, recordedRevision, writeRevision } = await import('./reader-revision.mjs');
      const digest = readerDigest();
      if (recordedRevision() !== digest) process.stdout.write(`wrote ${writeRevision(digest)}\n`);
    }
    for (const file of await bundle(outDir, values.bundle))
      process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
  } catch (error) {
    process.stderr.write(`bundle: ${error.message}\n`);
    process.exitCode = 1;
  }
}
