// Which files of a package hold its server's sources: `src/` when there is one (with the source files
// at the package's root beside it, where many servers keep their entry), else the package
// (the published `dist/` of a package from npm), never tests, declarations or dependencies, and
// never through a symbolic link to a folder (a `node_modules` linked into a worktree would
// otherwise be read file by file) or to a file outside the package.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const SKIPPED_DIRS = new Set([
  'node_modules',
  '.git',
  '__tests__',
  'test',
  'tests',
  '__mocks__',
  'coverage',
  'examples',
  'fixtures',
  'e2e',
  'evals',
  'scripts',
  'docs',
  'bench',
  'benchmarks',
]);
const SKIPPED_FILES =
  /(\.d\.[cm]?ts|\.(test|spec|e2e)\.[cm]?[jt]sx?|(vitest|jest|vite|eslint|rollup|webpack|tsup|tsdown|prettier|playwright|next|babel|esbuild)\.config\.[cm]?[jt]s)$/;

/** At most this many source files are read: a folder with more is not one server's sources (a vendored tree). */
export const MAX_SOURCE_FILES = 5_000;

export interface SourceFiles {
  /** Absolute paths, sorted. */
  files: string[];
  /** The folders read, relative to the package root (`src/`, `.`). */
  roots: string[];
  /** True when the walk stopped at MAX_SOURCE_FILES. */
  capped: boolean;
}

/** Source files under `dir` (absolute), or under each of `include` (relative to `dir`) when given. */
export function sourceFiles(dir: string, include?: readonly string[]): string[] {
  return findSourceFiles(dir, include).files;
}

export function findSourceFiles(dir: string, include?: readonly string[]): SourceFiles {
  const roots = include?.length ? include.map((p) => path.resolve(dir, p)) : defaultRoots(dir);
  const files: string[] = [];
  const inside = realpathOr(dir);
  for (const root of roots) walk(root, files, inside);
  const beside = include?.length || !roots.includes(path.join(dir, 'src')) ? [] : entryFilesBeside(dir);
  return {
    files: withoutBuildOutput(dir, [...new Set([...files, ...beside])].sort()),
    capped: files.length >= MAX_SOURCE_FILES,
    roots: [
      ...roots.map((r) => `${path.relative(dir, r).replace(/\\/g, '/') || '.'}${r === dir ? '' : '/'}`),
      ...beside.map((f) => path.basename(f)),
    ],
  };
}

/** A configuration file of a tool (`tsup.config.ts`, `.eslintrc.cjs`), never a server's source. */
const TOOL_CONFIG = /(^\.|\.config\.[cm]?[jt]sx?$|^(Gruntfile|Gulpfile|gulpfile|Jakefile|plopfile)\.)/;

/** An import of the package's own build output: a bin shim whose sources are read from `src/` already. */
const BUILD_IMPORT = /(?:from\s*|import\s*\(?\s*|require\s*\(\s*)['"]\.\/(?:dist|build|out|lib)\//;

/**
 * Source files at the package's root beside a `src/`: servers often keep their entry there
 * (`index.ts` or `server.ts` registering tools, importing helpers from `src/`). Only the root's own
 * files, never its folders; a shim that only starts the build output is left out (its sources are
 * the ones under `src/`).
 */
function entryFilesBeside(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && SOURCE.test(e.name) && !SKIPPED_FILES.test(e.name) && !TOOL_CONFIG.test(e.name))
    .map((e) => path.join(dir, e.name))
    .filter((file) => {
      try {
        return !BUILD_IMPORT.test(readFileSync(file, 'utf8'));
      } catch {
        return false;
      }
    });
}

/** A package read from its root with TypeScript sources beside a `dist/` or `build/`: the build output would list every item twice. */
function withoutBuildOutput(dir: string, files: string[]): string[] {
  const built = (f: string) => /^(dist|build|out)[\\/]/.test(path.relative(dir, f));
  const sources = files.some((f) => !built(f) && /\.[cm]?tsx?$/.test(f));
  return sources ? files.filter((f) => !built(f)) : files;
}

function realpathOr(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

function defaultRoots(dir: string): string[] {
  const src = path.join(dir, 'src');
  // With sources present, the build output would list every item twice.
  return existsSync(src) && statSync(src).isDirectory() ? [src] : [dir];
}

/**
 * A folder with a package.json of its own that names a package is another package (a second server
 * kept in the same repository, a companion tool): its files are read only where this package's
 * sources import them. A package.json that only sets `type` (`dist/esm/package.json`) is no package.
 */
function isNestedPackage(folder: string): boolean {
  const file = path.join(folder, 'package.json');
  if (!existsSync(file)) return false;
  try {
    return typeof (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'string';
  } catch {
    return false;
  }
}

function walk(entry: string, out: string[], packageRoot: string): void {
  if (!existsSync(entry) || out.length >= MAX_SOURCE_FILES) return;
  if (statSync(entry).isFile()) {
    if (SOURCE.test(entry) && !SKIPPED_FILES.test(entry)) out.push(entry);
    return;
  }
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    const full = path.join(entry, child.name);
    if (child.isSymbolicLink()) {
      // A linked file inside the package is one of its sources; a linked folder or anything outside is not.
      const target = realpathOr(full);
      if (target.startsWith(packageRoot + path.sep) && statSync(full, { throwIfNoEntry: false })?.isFile())
        walk(full, out, packageRoot);
      continue;
    }
    if (child.isDirectory()) {
      if (SKIPPED_DIRS.has(child.name) || child.name.startsWith('.') || isNestedPackage(full)) continue;
      walk(full, out, packageRoot);
    } else if (child.isFile()) walk(full, out, packageRoot);
  }
}
