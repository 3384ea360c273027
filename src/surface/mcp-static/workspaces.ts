// The packages of the monorepo a server lives in (npm/yarn/bun `workspaces`, pnpm-workspace.yaml),
// so that `import { registerKVTools } from '@repo/mcp-common/src/tools/kv'` is read from the
// repository's own sources even when nothing is installed: a workspace package is the server's
// code, not a dependency.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

/** How far up from the package the monorepo's root is looked for. */
const MAX_LEVELS_UP = 6;

/** Package name → its folder, for the workspace the package at `dir` belongs to (empty when none). */
export function workspacePackages(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (let root = path.resolve(dir), level = 0; level <= MAX_LEVELS_UP; root = path.dirname(root), level += 1) {
    const patterns = workspacePatterns(root);
    if (patterns) {
      for (const folder of expand(root, patterns)) {
        const name = packageName(folder);
        if (name && !out.has(name)) out.set(name, folder);
      }
      return out;
    }
    if (path.dirname(root) === root || existsSync(path.join(root, '.git'))) break;
  }
  return out;
}

function readJson(file: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function packageName(folder: string): string | undefined {
  const name = readJson(path.join(folder, 'package.json'))?.name;
  return typeof name === 'string' ? name : undefined;
}

function workspacePatterns(root: string): string[] | undefined {
  const pnpm = path.join(root, 'pnpm-workspace.yaml');
  if (existsSync(pnpm)) {
    try {
      const packages = (parseYaml(readFileSync(pnpm, 'utf8')) as { packages?: unknown } | null)?.packages;
      if (Array.isArray(packages)) return packages.filter((p): p is string => typeof p === 'string');
    } catch {
      return undefined;
    }
  }
  const workspaces = readJson(path.join(root, 'package.json'))?.workspaces;
  if (Array.isArray(workspaces)) return workspaces.filter((p): p is string => typeof p === 'string');
  const nested = (workspaces as { packages?: unknown } | undefined)?.packages;
  return Array.isArray(nested) ? nested.filter((p): p is string => typeof p === 'string') : undefined;
}

/** `packages/*`, `apps/**`, `tools/server`: the folders they name (negations and deeper globs skipped). */
function expand(root: string, patterns: string[]): string[] {
  const out: string[] = [];
  for (const pattern of patterns) {
    if (pattern.startsWith('!')) continue;
    const clean = pattern.replace(/\/+$/, '');
    const star = clean.indexOf('*');
    if (star < 0) {
      out.push(path.join(root, clean));
      continue;
    }
    const base = path.join(root, clean.slice(0, star).replace(/\/$/, ''));
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base, { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
        out.push(path.join(base, entry.name));
    }
  }
  return out.filter((folder) => existsSync(path.join(folder, 'package.json')));
}

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '/index.ts', '/index.tsx', '/index.js'];

/**
 * The file `specifier` names inside a workspace package (`@repo/common/src/tools/kv` → that file;
 * `@repo/common` → its sources' entry), or undefined when it is not a workspace package.
 */
export function resolveInWorkspace(specifier: string, packages: ReadonlyMap<string, string>): string | undefined {
  const scoped = specifier.startsWith('@');
  const parts = specifier.split('/');
  const name = parts.slice(0, scoped ? 2 : 1).join('/');
  const folder = packages.get(name);
  if (!folder) return undefined;
  const subpath = parts.slice(scoped ? 2 : 1).join('/');
  const candidates = subpath ? [path.join(folder, subpath)] : entryCandidates(folder);
  for (const candidate of candidates) {
    const file = withExtension(candidate);
    if (file) return file;
  }
  return undefined;
}

/** A package's entry as its sources: what `exports`/`main`/`types` name, with `dist/…js` read from `src/…ts` when it is not built. */
function entryCandidates(folder: string): string[] {
  const manifest = readJson(path.join(folder, 'package.json')) ?? {};
  const named: string[] = [];
  const exportsField = manifest.exports as unknown;
  const dot =
    typeof exportsField === 'string' ? exportsField : (exportsField as Record<string, unknown> | undefined)?.['.'];
  const pick = (value: unknown): void => {
    if (typeof value === 'string') named.push(value);
    else if (value && typeof value === 'object')
      for (const key of ['types', 'import', 'default', 'require', 'node'])
        pick((value as Record<string, unknown>)[key]);
  };
  pick(dot);
  for (const key of ['types', 'module', 'main'])
    if (typeof manifest[key] === 'string') named.push(manifest[key] as string);
  const out: string[] = [];
  for (const entry of named) {
    out.push(path.join(folder, entry.replace(/\.d\.[cm]?ts$/, '').replace(/\.[cm]?js$/, '')));
    out.push(
      path.join(
        folder,
        entry
          .replace(/^\.?\/?(dist|build|lib|out)\//, 'src/')
          .replace(/\.d\.[cm]?ts$/, '')
          .replace(/\.[cm]?js$/, ''),
      ),
    );
  }
  out.push(path.join(folder, 'src/index'), path.join(folder, 'index'));
  return out;
}

function withExtension(candidate: string): string | undefined {
  if (
    existsSync(candidate) &&
    statSync(candidate).isFile() &&
    /\.[cm]?[jt]sx?$/.test(candidate) &&
    !/\.d\.[cm]?ts$/.test(candidate)
  )
    return candidate;
  const bare = candidate.replace(/\.[cm]?js$/, '');
  for (const extension of EXTENSIONS) {
    const file = `${bare}${extension}`;
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}
