// Tools that live in a dependency. Some servers declare no tool of their own: they construct a
// server that an npm package they depend on provides (`new StripeAgentToolkit(…)`), so their
// surface changes when the lockfile moves that package to another version. This finds such
// dependencies (named in package.json, imported by the sources, MCP server packages themselves),
// takes the version the lockfile pins, and reads that version's published files statically.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { ts } from 'ts-morph';
import { SnapshotError } from './errors.ts';
import { findLockfile } from './install.ts';
import { lineColumn } from './json-text.ts';
import { readLockfile, type LockedPackage, type LockfileReader } from './lockfiles/index.ts';
import { takeStaticMcpSurface, type StaticMcpSurface } from './mcp-static/index.ts';
import { MCP_SERVER_PACKAGES, mcpServerEvidence } from './mcp-server.ts';
import { findInstalledCopy, packageFiles } from './package-files.ts';
import type { McpDependency, McpReadingGap, McpSurface, SourceLocation, SurfaceWarning } from './types.ts';

export interface DependencySurface {
  dependency: McpDependency;
  /** How it was read, in words: `the tools of the dependency x@1.2.3, pinned in package-lock.json (…)`. */
  tried: string;
  /** Its items, located at the line of the package's sources that imports it. */
  mcp: McpSurface;
  /** Its gaps and warnings, their places in its published files said in the message. */
  gaps: McpReadingGap[];
  warnings: SurfaceWarning[];
}

export interface DependencyReading {
  surfaces: DependencySurface[];
  /** A dependency that provides tools but could not be read (not downloadable, unreadable): may hide items. */
  gaps: McpReadingGap[];
  /** What was noticed on the way (a lockfile that could not be read), without hiding anything. */
  warnings: SurfaceWarning[];
}

export interface DependencyReadingOptions {
  /** The cache of downloaded packages (default: in the OS temp folder, see package-files.ts). */
  cacheDir?: string;
  env?: Record<string, string>;
  setupTimeoutMs?: number;
}

/** A dependency to look at: imported by the sources, with the range package.json gives it. */
interface Candidate {
  name: string;
  range: string;
  importedAt: SourceLocation;
}

/** How the version to read was chosen. */
interface Pin {
  /** The published package's name (an alias `"x": "npm:real@1"` names `real`). */
  name: string;
  /** An exact version, or a range resolved when its files are fetched (no lockfile). */
  spec: string;
  from: McpDependency['from'];
  /** `pinned in package-lock.json`. */
  how: string;
  /** What the lockfile says of it (integrity, dependencies), when it pins it. */
  locked?: LockedPackage;
}

type Manifest = Record<string, unknown> & { name?: string; dependencies?: Record<string, string>; devDependencies?: Record<string, string>; peerDependencies?: Record<string, string>; optionalDependencies?: Record<string, string> };

const readManifest = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
};

/** `@scope/name/sub` → `@scope/name`; relative paths, `node:` builtins and `#imports` are no package. */
export function packageOfSpecifier(specifier: string): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}

/** The packages the sources import (static, dynamic and `require`), each with the first place that does. */
export function importedPackages(dir: string, files: readonly string[]): Map<string, SourceLocation> {
  const found = new Map<string, SourceLocation>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const name = packageOfSpecifier(imported.fileName);
      if (!name || found.has(name)) continue;
      found.set(name, { file, line: lineColumn(text, imported.pos).line });
    }
  }
  return found;
}

/** The repository's root above `dir` (a `.git` folder or file), where a lockfile is looked for up to; `dir` itself outside a repository. */
function repositoryTop(dir: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at;
    if (path.dirname(at) === at) return path.resolve(dir);
  }
}

/** Dependencies of `dir` named in package.json and imported by the sources the static reading read. */
function candidates(dir: string, manifest: Manifest, files: readonly string[]): Candidate[] {
  const ranges: Record<string, string> = { ...manifest.devDependencies, ...manifest.peerDependencies, ...manifest.optionalDependencies, ...manifest.dependencies };
  const out: Candidate[] = [];
  for (const [name, importedAt] of importedPackages(dir, files)) {
    const range = ranges[name];
    // The SDK and the frameworks make servers; they provide no server's tools.
    if (typeof range !== 'string' || MCP_SERVER_PACKAGES.includes(name) || name.startsWith('@types/')) continue;
    out.push({ name, range, importedAt });
  }
  return out;
}

/** The version to read: the lockfile's pin, else package.json's exact version or range; undefined for a local or git dependency. */
function pinOf(candidate: Candidate, lock: LockfileReader | undefined, top: string): Pin | undefined {
  const alias = /^npm:((?:@[^/@]+\/)?[^/@]+)@(.+)$/.exec(candidate.range);
  const name = alias?.[1] ?? candidate.name;
  const range = alias?.[2] ?? candidate.range;
  const locked: LockedPackage | undefined = lock?.locked(candidate.name, candidate.range);
  if (locked) {
    const where = path.relative(top, lock!.lockfile.file).split(path.sep).join('/');
    return { name: locked.name, spec: locked.version, from: 'lockfile', how: `pinned in ${where}`, locked };
  }
  // A workspace, a folder, a git repository or a tarball URL: not a published version.
  if (!semver.validRange(range)) return undefined;
  if (semver.valid(range)) return { name, spec: range, from: 'package.json', how: 'pinned in package.json' };
  return { name, spec: range, from: 'package.json', how: `the version matching ${range} in package.json (no lockfile pins it)` };
}

/** Find the dependencies that provide the server's tools, and read each at the version the lockfile pins. */
export async function readDependencySurfaces(dir: string, own: Pick<StaticMcpSurface, 'files'>, options: DependencyReadingOptions = {}): Promise<DependencyReading> {
  const reading: DependencyReading = { surfaces: [], gaps: [], warnings: [] };
  const manifest = readManifest(dir);
  if (!manifest) return reading;
  const found = candidates(dir, manifest, own.files);
  if (found.length === 0) return reading;
  const top = repositoryTop(dir);
  const lockfile = findLockfile(dir, top);
  let lock: LockfileReader | undefined;
  try {
    lock = lockfile ? readLockfile(lockfile, dir, manifest.name) : undefined;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    reading.warnings.push({ part: 'mcp', message: `${error.message} The versions of dependencies that may provide tools are taken from package.json instead.` });
  }
  const unknown: string[] = [];
  for (const candidate of found) {
    const pin = pinOf(candidate, lock, top);
    if (!pin) continue;
    const server = isServerPackage(pin, dir);
    if (server === undefined) unknown.push(candidate.name);
    if (server) await readOne(dir, candidate, pin, options, reading);
  }
  if (unknown.length > 0 && reading.surfaces.length === 0) {
    reading.warnings.push({
      part: 'mcp',
      message: `Whether ${unknown.length === 1 ? 'the dependency' : `${unknown.length} dependencies`} ${listed(unknown)} provide${unknown.length === 1 ? 's' : ''} tools of ${unknown.length === 1 ? 'its' : 'their'} own is not known here (no lockfile records ${unknown.length === 1 ? 'its' : 'their'} dependencies, and ${unknown.length === 1 ? 'it is' : 'they are'} not installed); commit a lockfile or install the dependencies to have them read.`,
    });
  }
  return reading;
}

/** `a, b, c and 4 more`. */
function listed(names: string[], shown = 5): string {
  return names.length > shown ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more` : names.join(', ');
}

/**
 * Whether the pinned package is an MCP server package, from what is on this machine: the
 * lockfile's record of what it depends on, else an installed copy of any version. Undefined when
 * nothing here says (no network is used to find out: most imports are express or zod).
 */
function isServerPackage(pin: Pin, dir: string): boolean | undefined {
  const dependsOn = pin.locked?.dependsOn;
  if (dependsOn) {
    if (mcpServerEvidence({ dependencies: Object.fromEntries(dependsOn.map((n) => [n, '*'])), peerDependencies: {} })) return true;
    if (!pin.locked?.peersUnrecorded) return false;
  }
  const installed = findInstalledCopy(pin.name, () => true, dir);
  if (!installed) return undefined;
  const manifest = readManifest(installed.dir) ?? {};
  return mcpServerEvidence({ dependencies: manifest.dependencies ?? {}, peerDependencies: manifest.peerDependencies ?? {}, devDependencies: manifest.devDependencies }) !== undefined;
}

async function readOne(dir: string, candidate: Candidate, pin: Pin, options: DependencyReadingOptions, reading: DependencyReading): Promise<void> {
  const label = `${pin.name}@${pin.spec}`;
  let files;
  try {
    files = await packageFiles(pin.name, pin.spec, { cwd: dir, integrity: pin.locked?.integrity, cacheDir: options.cacheDir, env: options.env, setupTimeoutMs: options.setupTimeoutMs });
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    const message = `the dependency ${label} (${pin.how}, imported here) is an MCP server package whose tools could not be read: ${error.message}`;
    reading.gaps.push({ part: 'mcp', message, location: candidate.importedAt, hidesItems: true });
    return;
  }
  try {
    const published = readManifest(files.dir) ?? {};
    // An installed copy of another version said it was one; this version may not be.
    if (!mcpServerEvidence({ dependencies: published.dependencies ?? {}, peerDependencies: published.peerDependencies ?? {}, devDependencies: published.devDependencies })) return;
    const dependency: McpDependency = { name: pin.name, version: files.version, from: pin.from };
    const id = `${pin.name}@${files.version}`;
    let extracted: StaticMcpSurface;
    try {
      extracted = await takeStaticMcpSurface(files.dir);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      reading.gaps.push({ part: 'mcp', message: `the dependency ${id} (${pin.how}) is an MCP server package whose published files could not be read: ${error.message}`, location: candidate.importedAt, hidesItems: true });
      return;
    }
    const { mcp } = extracted;
    if (mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length === 0) return;
    const tried = `the tools of the dependency ${id}, ${pin.how} (static reading of ${extracted.files.length} published file${extracted.files.length === 1 ? '' : 's'}, ${files.origin})`;
    // Its places are in its published files, not in this repository: said in the message, and each
    // item is located where the package imports it, where a maintainer can act.
    const inDependency = <W extends SurfaceWarning>({ location, ...rest }: W): Omit<W, 'location'> & { location: SourceLocation } => ({
      ...rest,
      message: `in ${id}${location ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : ''}: ${rest.message}`,
      location: candidate.importedAt,
    });
    const locations = Object.fromEntries(Object.keys(mcp.locations ?? {}).map((item) => [item, candidate.importedAt]));
    reading.surfaces.push({
      dependency,
      tried,
      mcp: { ...mcp, locations },
      gaps: extracted.gaps.map(inDependency),
      warnings: extracted.warnings.map(inDependency),
    });
  } finally {
    await files.release();
  }
}

/** Each list, the field that names its items, and the prefix of their keys in `locations` (as the static reader writes them). */
const LISTS = [
  ['tools', 'name', 'tool'],
  ['prompts', 'name', 'prompt'],
  ['resources', 'uri', 'resource'],
  ['resourceTemplates', 'uriTemplate', 'resource-template'],
] as const;

/** The package's own reading with the dependencies' items added (its own items win a name both declare), and what that took. */
export function withDependencySurfaces(own: StaticMcpSurface, reading: DependencyReading): { surface: StaticMcpSurface; tried: string[]; dependencies: McpDependency[] } {
  const mcp: McpSurface = { ...own.mcp, tools: [...own.mcp.tools], prompts: [...own.mcp.prompts], resources: [...own.mcp.resources], resourceTemplates: [...own.mcp.resourceTemplates], locations: { ...own.mcp.locations }, ...(own.mcp.conditions ? { conditions: { ...own.mcp.conditions } } : {}) };
  const gaps = [...own.gaps, ...reading.gaps];
  const warnings = [...own.warnings, ...reading.warnings, ...reading.gaps.map(({ hidesItems: _, ...w }) => w)];
  for (const { mcp: theirs, gaps: theirGaps, warnings: theirWarnings } of reading.surfaces) {
    for (const [list, key, prefix] of LISTS) {
      const mine = mcp[list] as unknown as Record<string, unknown>[];
      const have = new Set(mine.map((item) => item[key]));
      for (const item of theirs[list] as unknown as Record<string, unknown>[]) {
        if (have.has(item[key])) continue;
        mine.push(item);
        const id = `${prefix}:${String(item[key])}`;
        if (theirs.locations?.[id]) mcp.locations![id] = theirs.locations[id];
        if (theirs.conditions?.[id]) mcp.conditions = { ...mcp.conditions, [id]: theirs.conditions[id] };
      }
    }
    mcp.capabilities = { ...theirs.capabilities, ...mcp.capabilities };
    gaps.push(...theirGaps);
    warnings.push(...theirWarnings);
  }
  return {
    surface: { ...own, mcp, gaps, warnings },
    tried: reading.surfaces.map((s) => s.tried),
    dependencies: reading.surfaces.map((s) => s.dependency),
  };
}
