// Which files of a package hold its server's sources: `src/` when there is one, else the package
// (the published `dist/` of a package from npm), never tests, declarations or dependencies.

import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx)$/;
const SKIPPED_DIRS = new Set(['node_modules', '.git', '__tests__', 'test', 'tests', '__mocks__', 'coverage', 'examples', 'fixtures']);
const SKIPPED_FILES = /(\.d\.[cm]?ts|\.(test|spec)\.[cm]?[jt]sx?|(vitest|jest|vite|eslint|rollup|webpack|tsup)\.config\.[cm]?[jt]s)$/;

/** Source files under `dir` (absolute), or under each of `include` (relative to `dir`) when given. */
export function sourceFiles(dir: string, include?: readonly string[]): string[] {
  const roots = include?.length ? include.map((p) => path.resolve(dir, p)) : defaultRoots(dir);
  const files: string[] = [];
  for (const root of roots) walk(root, files);
  return [...new Set(files)].sort();
}

function defaultRoots(dir: string): string[] {
  const src = path.join(dir, 'src');
  // With sources present, the build output would list every item twice.
  return existsSync(src) && statSync(src).isDirectory() ? [src] : [dir];
}

function walk(entry: string, out: string[]): void {
  if (!existsSync(entry)) return;
  if (statSync(entry).isFile()) {
    if (SOURCE.test(entry) && !SKIPPED_FILES.test(entry)) out.push(entry);
    return;
  }
  for (const child of readdirSync(entry, { withFileTypes: true })) {
    if (child.isDirectory() && (SKIPPED_DIRS.has(child.name) || child.name.startsWith('.'))) continue;
    walk(path.join(entry, child.name), out);
  }
}
