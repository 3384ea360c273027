// Which files a package's TypeScript consumers import: every `exports` subpath with a `types`
// condition (wildcards expanded), else `types`/`typings`, else `main`; built `.d.ts` or `.ts` sources.

import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { join, posix } from 'node:path';
import type { SurfaceWarning } from '../types.ts';

export interface EntryPoint {
  /** The import subpath (`.`, `./server`, `./server/mcp.js`). */
  subpath: string;
  /** The file TypeScript resolves for it, relative to the package root. */
  file: string;
}

/** Conditions TypeScript reads for types, in the order it prefers them. */
const TYPE_CONDITIONS = ['types', 'typings', 'import', 'module', 'node', 'require', 'default'];
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts'];
/** Output folders whose layout usually mirrors `src/` when the declared types are not built yet. */
const BUILD_FOLDERS = ['dist', 'build', 'lib', 'out', 'esm', 'cjs'];

function pickTarget(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = pickTarget(v);
      if (t) return t;
    }
    return undefined;
  }
  if (value && typeof value === 'object') {
    const conditions = value as Record<string, unknown>;
    for (const key of TYPE_CONDITIONS) {
      if (key in conditions) {
        const t = pickTarget(conditions[key]);
        if (t) return t;
      }
    }
    // Unknown condition names (`workerd`, `browser`…): take the first that resolves.
    for (const v of Object.values(conditions)) {
      const t = pickTarget(v);
      if (t) return t;
    }
  }
  return undefined;
}

/** The JavaScript target of a subpath, used to tell whether a wildcard keeps its `.js` extension. */
function pickRuntimeTarget(value: unknown): string | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    for (const key of ['import', 'default', 'require', 'node']) if (typeof c[key] === 'string') return c[key] as string;
  }
  return undefined;
}

function normalize(path: string): string {
  return posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '');
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function readOutDirMapping(dir: string): { outDir?: string; rootDir?: string } {
  const file = join(dir, 'tsconfig.json');
  if (!existsSync(file)) return {};
  try {
    // tsconfig allows comments and trailing commas; strip the common forms before JSON.parse.
    const text = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\/|(^|[^:"])\/\/.*$/gm, '$1')
      .replace(/,(\s*[}\]])/g, '$1');
    const options =
      (JSON.parse(text) as { compilerOptions?: { outDir?: string; rootDir?: string; declarationDir?: string } })
        .compilerOptions ?? {};
    const outDir = options.declarationDir ?? options.outDir;
    return {
      ...(outDir ? { outDir: normalize(outDir) } : {}),
      ...(options.rootDir ? { rootDir: normalize(options.rootDir) } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The file that stands for a declared path: the path itself, its `.d.ts` twin, or (when the
 * package is not built) the `.ts` source that the build would turn into it.
 */
export function resolveDeclaredFile(dir: string, declared: string): string | undefined {
  const path = normalize(declared);
  const stem = path.replace(/(\.d)?\.(m|c)?(t|j)sx?$/, '');
  const dts = [`${stem}.d.ts`, `${stem}.d.mts`, `${stem}.d.cts`];
  const candidates = /\.(m|c)?tsx?$/.test(path) ? [path, ...dts] : [...dts, `${stem}/index.d.ts`];
  const { outDir, rootDir } = readOutDirMapping(dir);
  const sourceStems: string[] = [];
  if (outDir && (stem === outDir || stem.startsWith(`${outDir}/`))) {
    sourceStems.push(posix.join(rootDir ?? 'src', stem.slice(outDir.length)));
    if (!rootDir) sourceStems.push(stem.slice(outDir.length + 1));
  }
  for (const folder of BUILD_FOLDERS) {
    const m = new RegExp(`^${folder}/(?:(?:esm|cjs|types|src)/)?(.*)$`).exec(stem);
    if (m) sourceStems.push(`src/${m[1]}`, m[1] as string);
  }
  sourceStems.push(stem);
  for (const s of sourceStems) for (const ext of SOURCE_EXTENSIONS) candidates.push(`${s}${ext}`);
  return candidates.find((c) => isFile(join(dir, c)));
}

/** Files below `folder`, sorted (for wildcard subpaths). */
function listFiles(dir: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules') continue;
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      // A symbolic link says what it points to only when followed.
      const isDirectory = entry.isSymbolicLink() ? statSync(join(dir, child)).isDirectory() : entry.isDirectory();
      if (isDirectory) walk(child);
      else out.push(child);
    }
  };
  walk(folder);
  return out.sort();
}

/** `x.d.ts` → `x.js`, `x.d.mts` → `x.mjs`: the JavaScript file a declaration file describes. */
function runtimeTwin(dts: string): string {
  return dts
    .replace(/\.d\.ts$/, '.js')
    .replace(/\.d\.mts$/, '.mjs')
    .replace(/\.d\.cts$/, '.cjs');
}

function expandWildcard(
  dir: string,
  subpath: string,
  value: unknown,
  warnings: SurfaceWarning[],
  listed: Map<string, string[]>,
): EntryPoint[] {
  const target = pickTarget(value);
  if (!target || target.split('*').length !== 2) return [];
  const [prefix = '', suffix = ''] = normalize(target).split('*');
  const runtime = pickRuntimeTarget(value);
  const [subPrefix = '', subSuffix = ''] = subpath.split('*');
  const folder = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
  const entries: EntryPoint[] = [];
  const declarationTarget = /\.d\.(m|c)?ts$/.test(suffix);
  // Dual packages export each folder three ways (`./lib/*`, `./lib/*.js`, `./lib/*.mjs`): one walk serves them all.
  let files = listed.get(folder);
  if (!files) listed.set(folder, (files = listFiles(dir, folder)));
  for (const file of files) {
    if (!file.startsWith(prefix) || !/\.d\.(m|c)?ts$/.test(file)) continue;
    let captured: string;
    if (declarationTarget) {
      // `"./*": {"types": "./dist/*.d.ts", "import": "./dist/*"}` is imported as `pkg/server/mcp.js`.
      if (!file.endsWith(suffix)) continue;
      captured = file.slice(prefix.length, file.length - suffix.length);
      if (runtime !== undefined && runtime.endsWith('*') && suffix.endsWith('.d.ts')) captured += '.js';
    } else {
      // A JavaScript target (`./dist/*`, `./x/*.mjs`): TypeScript reads the declaration file beside each module.
      const twin = runtimeTwin(file);
      if (!twin.endsWith(suffix) || twin.length < prefix.length + suffix.length) continue;
      captured = twin.slice(prefix.length, twin.length - suffix.length);
    }
    entries.push({ subpath: `${subPrefix}${captured}${subSuffix}`, file });
  }
  if (entries.length === 0) {
    warnings.push({
      part: 'typescript',
      message: `exports["${subpath}"] matches no declaration file (${target})`,
      location: { file: 'package.json' },
    });
  }
  return entries;
}

/**
 * What makes two entry files the same module: the file itself, or for the `.d.ts`/`.d.mts`/`.d.cts`
 * builds of one module, their text once module specifiers are read without their extensions.
 */
function moduleIdentity(dir: string, file: string): string {
  const stem = buildStem(file);
  if (stem === file) return file;
  try {
    return `${stem}\u0000${withoutModuleExtensions(readFileSync(join(dir, file), 'utf8'))}`;
  } catch {
    return file;
  }
}

/** `x.d.ts`, `x.d.mts`, `x.d.cts` → `x`: the module a declaration file is one build of. */
export function buildStem(file: string): string {
  return file.replace(/\.d\.(m|c)?ts$/, '');
}

/** A declaration file's text with module specifiers read without extensions (and no source map comment): the builds of one module read alike. */
export function withoutModuleExtensions(text: string): string {
  return text
    .replace(/\/\/# sourceMappingURL=.*$/m, '')
    .replace(/\.(m|c)?js(['"])/g, '$2')
    .replace(/\.d\.(m|c)?ts(['"])/g, '$2');
}

/** The entry points of the package in `dir`, with warnings for each declared one that is missing. */
export function findEntryPoints(
  dir: string,
  manifest: Record<string, unknown>,
  warnings: SurfaceWarning[],
): EntryPoint[] {
  const entries: EntryPoint[] = [];
  const listed = new Map<string, string[]>();
  const missing = (what: string, declared: string) =>
    warnings.push({
      part: 'typescript',
      message: `${what} points to "${declared}", which does not exist (no .d.ts and no .ts source found for it)`,
      location: { file: 'package.json' },
    });
  const exportsField = manifest.exports;
  const subpaths: [string, unknown][] =
    exportsField === undefined || exportsField === null
      ? []
      : typeof exportsField === 'string' ||
          Array.isArray(exportsField) ||
          Object.keys(exportsField).every((k) => !k.startsWith('.'))
        ? [['.', exportsField]]
        : Object.entries(exportsField as Record<string, unknown>);
  for (const [subpath, value] of subpaths) {
    if (value === null || subpath.endsWith('package.json')) continue;
    if (subpath.includes('*')) {
      entries.push(...expandWildcard(dir, subpath, value, warnings, listed));
      continue;
    }
    const target = pickTarget(value);
    // Subpaths that only export data files (`./styles.css`) carry no TypeScript API.
    if (!target || (!/\.(m|c)?(j|t)sx?$/.test(target) && !target.endsWith('/'))) continue;
    const file = resolveDeclaredFile(dir, target);
    if (file) entries.push({ subpath, file });
    else missing(`exports["${subpath}"]`, target);
  }
  if (entries.length === 0 && subpaths.length === 0) {
    const declared = [manifest.types, manifest.typings, manifest.main].find((v): v is string => typeof v === 'string');
    const file = declared ? resolveDeclaredFile(dir, declared) : resolveDeclaredFile(dir, 'index.js');
    if (file) entries.push({ subpath: '.', file });
    else if (declared) missing(manifest.types ? '"types"' : manifest.typings ? '"typings"' : '"main"', declared);
  }
  // One subpath per module: aliases of the same module (`./x`, `./x.js`, `./x.mjs`) export the same
  // declarations, and dual packages ship each module twice (`x.d.mts` for import, `x.d.ts` for
  // require) with the same declarations; their removal is a package-level change (export-path-removed).
  const seenSubpaths = new Set<string>();
  const seenModules = new Set<string>();
  // Many subpaths name one file (`./x`, `./x.js`): it is read once.
  const identities = new Map<string, string>();
  return entries
    .sort((a, b) => a.subpath.length - b.subpath.length || a.subpath.localeCompare(b.subpath))
    .filter((e) => {
      let module = identities.get(e.file);
      if (module === undefined) identities.set(e.file, (module = moduleIdentity(dir, e.file)));
      if (seenSubpaths.has(e.subpath) || seenModules.has(module)) return false;
      seenSubpaths.add(e.subpath);
      seenModules.add(module);
      return true;
    })
    .sort((a, b) => a.subpath.localeCompare(b.subpath));
}

const BARE_FILE = /^(?!.*\.test\.)[^.].*\.(d\.)?(m|c)?tsx?$/;
/** Folders a bare folder's code may sit in when its top level has none. */
const BARE_FOLDERS = ['.', 'src', 'types', 'lib', 'dist'];

/**
 * The entry points of a folder of TypeScript files without package.json (declarations handed to
 * `mcpver snapshot --dir`): its `index` module is `.`; without one, a single file is `.`, and each
 * of several files is a subpath of its own (`./client` for `client.d.ts`). Declarations are
 * preferred over a source of the same module.
 */
export function findBareEntryPoints(dir: string): EntryPoint[] {
  for (const folder of BARE_FOLDERS) {
    let names: string[];
    try {
      names = readdirSync(join(dir, folder)).filter((n) => BARE_FILE.test(n) && isFile(join(dir, folder, n)));
    } catch {
      continue;
    }
    if (names.length === 0) continue;
    const byModule = new Map<string, string>();
    for (const name of names.sort()) {
      const stem = name.replace(/(\.d)?\.(m|c)?tsx?$/, '');
      const kept = byModule.get(stem);
      if (!kept || (/\.d\.(m|c)?ts$/.test(name) && !/\.d\.(m|c)?ts$/.test(kept))) byModule.set(stem, name);
    }
    const file = (name: string) => normalize(posix.join(folder, name));
    const index = byModule.get('index');
    if (index) return [{ subpath: '.', file: file(index) }];
    if (byModule.size === 1) return [{ subpath: '.', file: file([...byModule.values()][0]!) }];
    return [...byModule].map(([stem, name]) => ({ subpath: `./${stem}`, file: file(name) }));
  }
  return [];
}
