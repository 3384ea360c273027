// Which files of a dependency make the part the server uses: the entry points its imports name
// (`@x/toolkit/modelcontextprotocol`), resolved through the package's `exports` as an ES module
// import resolves them (else `module`/`main`), and the files those reach by relative imports. A
// toolkit ships one build per framework and per module format; reading all of them would mix the
// tools of other frameworks in, and the same tool twice.

import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { exports as resolveExports, legacy, type Package } from 'resolve.exports';
import { ts } from 'ts-morph';

/** Files followed from the entry points before the rest is left out (a vendored tree is not one toolkit). */
const MAX_REACHED = 2_000;
/** What a relative specifier may leave out, tried in order (`./x` → `./x.js`, `./x/index.js`; `./x.js` → `./x.ts` in sources). */
const EXTENSIONS = ['', '.js', '.mjs', '.cjs', '.ts', '.mts', '.cts', '.tsx', '.jsx'];
const INDEXES = ['index.js', 'index.mjs', 'index.cjs', 'index.ts'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;

const isFile = (file: string): boolean => existsSync(file) && statSync(file).isFile();

/** `@x/toolkit/mcp` → `./mcp`; `@x/toolkit` → `.`. */
export function subpathOf(specifier: string, name: string): string {
  return specifier === name ? '.' : `.${specifier.slice(name.length)}`;
}

/** The file a relative (or package-internal) path names, with the extensions and index files a bundler would try. */
function resolveFile(base: string): string | undefined {
  for (const extension of EXTENSIONS) if (isFile(base + extension)) return base + extension;
  // Sources import `./x.js` for `./x.ts`.
  const swapped = base
    .replace(/\.js$/, '.ts')
    .replace(/\.mjs$/, '.mts')
    .replace(/\.cjs$/, '.cts');
  if (swapped !== base && isFile(swapped)) return swapped;
  for (const index of INDEXES) if (isFile(path.join(base, index))) return path.join(base, index);
  return undefined;
}

/** The file one subpath of the package resolves to for an ES module import, or undefined. */
function entryFile(dir: string, manifest: Package, subpath: string): string | undefined {
  let targets: string[] = [];
  if (manifest.exports !== undefined) {
    try {
      targets = resolveExports(manifest, subpath, { require: false, conditions: ['module', 'node'] }) ?? [];
    } catch {
      // The subpath is not exported (or only under other conditions): a CommonJS require may still reach it.
      try {
        targets = resolveExports(manifest, subpath, { require: true, conditions: ['node'] }) ?? [];
      } catch {
        targets = [];
      }
    }
  } else if (subpath === '.') {
    const main = legacy(manifest, { fields: ['module', 'main'] });
    targets = typeof main === 'string' ? [main] : ['./index.js'];
  } else {
    targets = [subpath];
  }
  for (const target of targets) {
    if (/\.d\.[cm]?ts$/.test(target)) continue;
    const file = resolveFile(path.resolve(dir, target));
    if (file && SOURCE.test(file)) return file;
  }
  return undefined;
}

/** The relative imports of one file, resolved to files of the package. */
function relativeImports(file: string, dir: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
    if (!imported.fileName.startsWith('.')) continue;
    const target = resolveFile(path.resolve(path.dirname(file), imported.fileName));
    if (
      target &&
      target.startsWith(dir + path.sep) &&
      !target.includes(`${path.sep}node_modules${path.sep}`) &&
      SOURCE.test(target)
    )
      out.push(target);
  }
  return out;
}

export interface DependencyEntries {
  /** The files to read, relative to the package's folder; undefined when no entry point resolved (read the whole package). */
  files?: string[];
  /** The entry points, relative, in words for what was tried (`modelcontextprotocol/index.mjs`). */
  entries: string[];
}

/** The files of the package in `dir` that `subpaths` (`.`, `./mcp`) reach. */
export function dependencyEntries(dir: string, manifest: Package, subpaths: readonly string[]): DependencyEntries {
  const root = path.resolve(dir);
  const entries = [...new Set(subpaths.map((s) => entryFile(root, manifest, s)).filter((f) => f !== undefined))];
  if (entries.length === 0) return { entries: [] };
  const reached = new Set<string>(entries);
  const queue = [...entries];
  while (queue.length > 0 && reached.size < MAX_REACHED) {
    for (const next of relativeImports(queue.shift()!, root)) {
      if (reached.has(next)) continue;
      reached.add(next);
      queue.push(next);
    }
  }
  const relative = (f: string) => path.relative(root, f).split(path.sep).join('/');
  return { files: [...reached].map(relative).sort(), entries: entries.map(relative) };
}
