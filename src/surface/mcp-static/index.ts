// Static extraction of an MCP server's surface from its sources (TypeScript or JavaScript), for
// servers that cannot be started in CI. What cannot be known without running the code is reported
// as a warning with file and line, and marked in the snapshot (`x-mcpver-unresolved`), never guessed.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { Project, ts, type SourceFile } from 'ts-morph';
import type { McpReadingGap, McpSurface, SourceLocation, SurfaceWarning } from '../types.ts';
import { SnapshotError } from '../errors.ts';
import { Evaluator } from './evaluator.ts';
import { allOf } from '../conditions.ts';
import { autoLoadedItems } from './auto-loaded.ts';
import { mergeConditions, type Unresolved } from './values.ts';
import { loadHostModules, Markers, prepareHostArguments, zodMajorOf } from './host.ts';
import { findDeclarations } from './registrations.ts';
import { listSurface } from './replay.ts';
import { findSourceFiles, MAX_SOURCE_FILES } from './files.ts';
import { resolveInWorkspace, workspacePackages } from './workspaces.ts';

export interface StaticMcpOptions {
  /** Files or folders to read, relative to `dir` (default: `src/` if present, else the whole package). */
  include?: string[];
  /** Which zod the sources use (default: from the package's dependencies). */
  zodMajor?: 3 | 4;
  /**
   * Dependencies read as the server's code, from these folders (package name → the files of the
   * version the repository pins): tools provided by a pinned package (`new XProvider()` whose
   * `provideTools()` the server registers), which the workspace's copy may not be at that version.
   */
  packages?: ReadonlyMap<string, string>;
}

export interface StaticMcpSurface {
  mcp: McpSurface;
  warnings: SurfaceWarning[];
  /** The files read, relative to `dir`. */
  files: string[];
  /** The folders read, relative to `dir` (`src/`, `.`). */
  roots: string[];
  /** What could not be followed: the same warnings, each saying whether it may hide whole items. */
  gaps: McpReadingGap[];
}

export async function takeStaticMcpSurface(dir: string, options: StaticMcpOptions = {}): Promise<StaticMcpSurface> {
  try {
    return await extract(path.resolve(dir), options);
  } catch (error) {
    if (error instanceof SnapshotError) throw error;
    // Whatever else goes wrong (a source the compiler cannot read, a library that refuses a rebuilt
    // value) is still a failure to take this part of the snapshot, said as one.
    throw new SnapshotError(`Static extraction of the MCP surface in ${dir} failed: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

async function extract(root: string, options: StaticMcpOptions): Promise<StaticMcpSurface> {
  const { files, roots, capped } = findSourceFiles(root, options.include);
  if (files.length === 0)
    throw new SnapshotError(
      `No source files to read in ${root}${options.include ? ` (include: ${options.include.join(', ')})` : ''}.`,
    );
  const workspace = workspacePackages(root);
  const project = new Project({
    compilerOptions: {
      allowJs: true,
      checkJs: false,
      noEmit: true,
      skipLibCheck: true,
      noLib: true,
      types: [],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      target: ts.ScriptTarget.ES2022,
      ...pathMapping(root),
    },
    skipAddingFilesFromTsConfig: true,
    skipFileDependencyResolution: true,
    // Dependencies are never read (their values come from the libraries mcpver loads itself, or are
    // unknown): resolving them would parse thousands of declaration files for nothing.
    resolutionHost: (moduleHost, getOptions) => ({
      resolveModuleNames: (names: string[], containingFile: string) =>
        names.map((name) => {
          // A pinned dependency read as the server's code: the files of the version pinned, first.
          // A package of the same monorepo is the server's own code, installed or not.
          const inWorkspace =
            (options.packages && resolveInWorkspace(name, options.packages)) ?? resolveInWorkspace(name, workspace);
          if (inWorkspace)
            return {
              resolvedFileName: inWorkspace,
              extension: extensionOf(inWorkspace),
              isExternalLibraryImport: false,
            };
          const resolved = ts.resolveModuleName(name, containingFile, getOptions(), moduleHost).resolvedModule;
          if (!resolved) return undefined;
          // Relative to the package: a package read from its own node_modules folder (a published release) keeps its files.
          const inside = resolved.resolvedFileName.startsWith(`${root}/`)
            ? resolved.resolvedFileName.slice(root.length)
            : resolved.resolvedFileName;
          const pinned = [...(options.packages?.values() ?? [])].some((folder) =>
            resolved.resolvedFileName.startsWith(`${folder}/`),
          );
          if (/[\\/]node_modules[\\/]/.test(inside) && !pinned) return undefined;
          if (/\.d\.[cm]?ts$/.test(inside)) {
            // A published package ships `x.d.ts` beside `x.js`, and the compiler prefers the
            // declaration: the code is in the JavaScript file.
            const code = resolved.resolvedFileName.replace(/\.d\.([cm]?)ts$/, '.$1js');
            return existsSync(code)
              ? { resolvedFileName: code, extension: extensionOf(code), isExternalLibraryImport: false }
              : undefined;
          }
          return { ...resolved, isExternalLibraryImport: false };
        }),
      resolveTypeReferenceDirectives: (names: readonly unknown[]) => names.map(() => undefined),
    }),
  });
  const own = files.map((file) => project.addSourceFileAtPath(file));
  // Files the package imports from beside it (a workspace package, a shared folder): read too, but
  // what they declare counts only where the package's own code reaches it (see Contexts).
  project.resolveSourceFileDependencies();
  const sources = [
    ...own,
    ...project
      .getSourceFiles()
      .filter(
        (f) =>
          !own.includes(f) &&
          !f.isDeclarationFile() &&
          (!/[\\/]node_modules[\\/]/.test(f.getFilePath().slice(root.length)) ||
            [...(options.packages?.values() ?? [])].some((folder) => f.getFilePath().startsWith(`${folder}/`))),
      ),
  ];
  const host = await loadHostModules(options.zodMajor ?? zodMajorOf(root));
  const markers = new Markers();
  const evaluator = new Evaluator({
    root,
    linked: [...(options.packages?.values() ?? [])],
    hostModule: (specifier: string) =>
      host.modules.get(specifier) ??
      host.modules.get(specifier.replace(/\.js$/, '')) ??
      host.modules.get(`${specifier}.js`),
    hostArguments: prepareHostArguments(host, markers),
  });
  const found = findDeclarations(sources, evaluator);
  const locations: Record<string, SourceLocation> = {};
  const conditionLists: Record<string, string[]> = {};
  const listing = await listSurface(found, host, markers, (item, at, when) => {
    locations[item] ??= at;
    // An item declared on several paths exists under either path's conditions.
    conditionLists[item] = item in conditionLists ? mergeConditions(conditionLists[item]!, when) : [...when];
  });
  const conditions: Record<string, string> = Object.fromEntries(
    Object.entries(conditionLists)
      .filter(([, when]) => when.length > 0)
      .map(([item, when]) => [item, allOf(when)]),
  );

  const gaps: McpReadingGap[] = [];
  const warn = (u: Unresolved, about?: string, hidesItems = false) =>
    gaps.push({ part: 'mcp', message: `${about ? `${about}: ` : ''}${u.reason}`, location: u.location, hidesItems });
  if (capped)
    gaps.push({ part: 'mcp', message: `only the first ${MAX_SOURCE_FILES} source files were read`, hidesItems: true });
  for (const at of bundledSdk(own, root))
    gaps.push({
      part: 'mcp',
      message:
        'this file carries its own copy of the MCP SDK (bundled): registrations made through the copy are not read reliably, so tools may be missing; start the server (`command:`) to list them',
      location: at,
      hidesItems: true,
    });
  gaps.push(...autoLoadedItems(own, root));
  for (const u of found.unresolved) warn(u, undefined, u.hidesItems);
  for (const u of markers.notes) warn(u, undefined, u.hidesItems);
  const mcp = resolveMarkers(listing, markers, warn) as McpSurface;
  mcp.locations = locations;
  if (Object.keys(conditions).length > 0) mcp.conditions = conditions;
  const kept = dedupe(gaps);
  // Conditional items were read on every branch: said, but not a gap in the reading.
  const notes: SurfaceWarning[] = [
    ...Object.entries(conditions).map(([item, when]) => ({
      part: 'mcp',
      message: `the ${item.replace(/:.*/, '')} "${item.replace(/^[^:]*:/, '')}" is registered only when \`${when}\``,
      ...(locations[item] ? { location: locations[item] } : {}),
    })),
    ...found.notes.map((u) => ({ part: 'mcp', message: u.reason, location: u.location })),
    ...dedupe(evaluator.notes.map((u) => ({ part: 'mcp', message: u.reason, location: u.location }))),
  ];
  const warnings: SurfaceWarning[] = [...kept.map(({ hidesItems: _, ...w }) => w), ...notes];
  return { mcp, warnings, gaps: kept, roots, files: files.map((f) => path.relative(root, f).replace(/\\/g, '/')) };
}

/**
 * Where a bundle carries the MCP SDK itself (esbuild's `// node_modules/@modelcontextprotocol/sdk/…`
 * section comments): its McpServer is then code of the sources, not the library mcpver replays on.
 */
function bundledSdk(files: SourceFile[], root: string): SourceLocation[] {
  const out: SourceLocation[] = [];
  for (const file of files) {
    const text = file.getFullText();
    const at = text.search(/\n\/\/ (?:.*\/)?node_modules\/@modelcontextprotocol\/sdk\//);
    if (at >= 0)
      out.push({
        file: path.relative(root, file.getFilePath()).replace(/\\/g, '/'),
        line: file.getLineAndColumnAtPos(at + 1).line,
      });
  }
  return out;
}

function extensionOf(file: string): ts.Extension {
  const ext = path.extname(file);
  return (
    (
      {
        '.ts': ts.Extension.Ts,
        '.tsx': ts.Extension.Tsx,
        '.mts': ts.Extension.Mts,
        '.cts': ts.Extension.Cts,
        '.js': ts.Extension.Js,
        '.jsx': ts.Extension.Jsx,
        '.mjs': ts.Extension.Mjs,
        '.cjs': ts.Extension.Cjs,
      } as Record<string, ts.Extension>
    )[ext] ?? ts.Extension.Ts
  );
}

/** `baseUrl` and `paths` of the package's tsconfig.json, so that aliased imports (`@/schemas`) are followed. */
function pathMapping(root: string): Pick<ts.CompilerOptions, 'baseUrl' | 'paths'> {
  const file = ts.findConfigFile(root, ts.sys.fileExists, 'tsconfig.json');
  if (!file || path.dirname(file) !== root) return {};
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) return {};
  const { options } = ts.parseJsonConfigFileContent(read.config, ts.sys, root);
  // `paths` without `baseUrl` are relative to the tsconfig.json that declares them.
  const baseUrl = options.baseUrl ?? (options.paths ? path.dirname(file) : undefined);
  return { ...(baseUrl ? { baseUrl } : {}), ...(options.paths ? { paths: options.paths } : {}) };
}

/** Replace the markers left in the listing by `x-mcpver-unresolved` schemas and strings, warning once for each. */
function resolveMarkers(
  value: unknown,
  markers: Markers,
  warn: (u: Unresolved, about?: string) => void,
  where = '',
  inSchema = false,
): unknown {
  if (typeof value === 'string') {
    const unresolved = markers.get(value);
    if (!unresolved) return value;
    warn(unresolved, where);
    return `[not statically resolvable: ${unresolved.reason}]`;
  }
  if (Array.isArray(value)) return value.map((v) => resolveMarkers(v, markers, warn, where, inSchema));
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    // Inside a schema, a node carrying a marker stands for a part that could not be rebuilt.
    const unresolved = inSchema ? markers.get(record.description) : undefined;
    if (unresolved) {
      warn(unresolved, where);
      return { ...(record.type === 'object' ? { type: 'object' } : {}), 'x-mcpver-unresolved': unresolved.reason };
    }
    const name =
      typeof record.name === 'string' && where === '' && !markers.get(record.name) ? `"${record.name}"` : where;
    return Object.fromEntries(
      Object.entries(record).map(([k, v]) => [
        k,
        resolveMarkers(v, markers, warn, name, inSchema || k === 'inputSchema' || k === 'outputSchema'),
      ]),
    );
  }
  return value;
}

function dedupe<T extends SurfaceWarning>(warnings: T[]): T[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.message}@${w.location?.file}:${w.location?.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export { crossCheckSurfaces } from './cross-check.ts';
