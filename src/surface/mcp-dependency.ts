// Tools that live in a dependency. Some servers declare no tool of their own: they construct a
// server that an npm package they depend on provides (`new StripeAgentToolkit(…)`), so their
// surface changes when the lockfile moves that package to another version. This finds such
// dependencies (dependency-pins.ts), takes the version the lockfile pins, and reads that version's
// published files (or its tarball or folder in the repository) statically. A dependency known to
// be an MCP server package that cannot be read is a gap that may hide items, never a silence.

import path from 'node:path';
import { SnapshotError } from './errors.ts';
import {
  candidates,
  isServerPackage,
  pinOf,
  readManifest,
  serverEvidenceOf,
  type Candidate,
  type Pin,
} from './dependency-pins.ts';
import { dependencyEntries, subpathOf } from './dependency-entries.ts';
import { explainGeneratedTools } from './generated-tools.ts';
import { findLockfile, repositoryTop } from './install.ts';
import { readLockfile, type LockfileReader } from './lockfiles/index.ts';
import { takeStaticMcpSurface, type StaticMcpSurface } from './mcp-static/index.ts';
import { packageFiles, tarballFiles, type PackageFiles } from './package-files.ts';
import type { McpDependency, McpReadingGap, McpSurface, SourceLocation, SurfaceWarning } from './types.ts';

export interface DependencySurface {
  dependency: McpDependency;
  /** How it was read, in words: `the tools of the dependency x@1.2.3, pinned in package-lock.json:40 (…)`. */
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
  /** Added to the environment of `npm pack` (a registry's address or token the config passes). */
  env?: Record<string, string>;
  setupTimeoutMs?: number;
  /** Dependencies already read as the server's code (pinned providers): not read again as servers of their own. */
  skip?: ReadonlySet<string>;
}

/** Find the dependencies that provide the server's tools, and read each at the version the lockfile pins. */
export async function readDependencySurfaces(
  dir: string,
  own: Pick<StaticMcpSurface, 'files'>,
  options: DependencyReadingOptions = {},
): Promise<DependencyReading> {
  const reading: DependencyReading = { surfaces: [], gaps: [], warnings: [] };
  const manifest = readManifest(dir);
  if (!manifest) return reading;
  const found = candidates(dir, manifest, own.files).filter((c) => !options.skip?.has(c.name));
  if (found.length === 0) return reading;
  const top = repositoryTop(dir);
  const lockfile = findLockfile(dir, top);
  let lock: LockfileReader | undefined;
  try {
    lock = lockfile ? readLockfile(lockfile, dir, manifest.name) : undefined;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    reading.warnings.push({
      part: 'mcp',
      message: `${error.message} The versions of dependencies that may provide tools are taken from package.json instead.`,
    });
  }
  const unknown: string[] = [];
  for (const candidate of found) {
    let pin: Pin | undefined;
    try {
      pin = pinOf(candidate, lock, dir, top);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      // One entry the lockfile holds ambiguously: said, and this dependency is judged without it.
      reading.warnings.push({ part: 'mcp', message: error.message, location: candidate.importedAt });
      pin = pinOf(candidate, undefined, dir, top);
    }
    if (!pin) continue;
    const server = isServerPackage(pin, dir, top);
    if (server === undefined) unknown.push(candidate.name);
    if (server) await readOne(dir, top, candidate, pin, options, reading);
  }
  if (unknown.length > 0 && reading.surfaces.length === 0) {
    const one = unknown.length === 1;
    const why =
      lock?.lockfile.manager === 'yarn-classic'
        ? 'yarn 1 lockfiles do not record peer dependencies'
        : lock
          ? `${path.basename(lock.lockfile.file)} does not record what ${one ? 'it depends' : 'they depend'} on`
          : 'no lockfile records what they depend on';
    // Not a place that hides items (most imports are libraries), but said where the reading is told.
    reading.gaps.push({
      part: 'mcp',
      message: `whether ${one ? 'the dependency' : `${unknown.length} dependencies`} ${listed(unknown)} provide${one ? 's' : ''} tools of ${one ? 'its' : 'their'} own is not known here (${why}, and ${one ? 'it is' : 'they are'} not installed); install the dependencies (\`install:\` in .github/mcpver.yml) to have ${one ? 'it' : 'them'} read`,
      location: found.find((c) => c.name === unknown[0])!.importedAt,
      hidesItems: false,
    });
  }
  return reading;
}

/** `a, b, c and 4 more`. */
function listed(names: string[], shown = 5): string {
  return names.length > shown
    ? `${names.slice(0, shown).join(', ')} and ${names.length - shown} more`
    : names.join(', ');
}

/** The files of the pinned version: published (installed, cached or downloaded), or the tarball or folder in the repository. */
async function filesOf(dir: string, top: string, pin: Pin, options: DependencyReadingOptions): Promise<PackageFiles> {
  const { source } = pin;
  switch (source.kind) {
    case 'registry':
      return packageFiles(pin.name, source.spec, {
        cwd: dir,
        top,
        integrity: pin.locked?.integrity,
        cacheDir: options.cacheDir,
        env: options.env,
        setupTimeoutMs: options.setupTimeoutMs,
      });
    case 'tarball':
      return tarballFiles(source.path, {
        integrity: pin.locked?.integrity,
        label: path.relative(top, source.path).split(path.sep).join('/'),
      });
    case 'folder': {
      const manifest = readManifest(source.path);
      if (!manifest)
        throw new SnapshotError(
          `the folder ${path.relative(top, source.path).split(path.sep).join('/') || '.'} has no readable package.json.`,
        );
      // A private workspace package often has no version: its sources are what a release serves.
      return {
        dir: source.path,
        version: typeof manifest.version === 'string' ? manifest.version : 'workspace',
        origin: 'in the repository',
        release: async () => undefined,
      };
    }
    case 'elsewhere':
      throw new SnapshotError(
        `it comes from ${source.spec}, which mcpver does not fetch (it reads published versions, and tarballs and folders inside the repository).`,
      );
    case 'unpinned':
      // Reading today's version for both releases would compare it with itself, and find nothing.
      throw new SnapshotError(
        `it is not pinned: package.json asks for the dist-tag "${source.spec}" and no lockfile pins a version, so which version a release serves depends on the day it is installed; pin it (commit a lockfile, or give an exact version) to have its tools compared.`,
      );
  }
}

/** `x@1.2.3` for a published version, else `x` (`pin.how` says where): the dependency as a maintainer names it before it is read. */
function pinLabel(pin: Pin): string {
  return pin.source.kind === 'registry' ? `${pin.name}@${pin.source.spec}` : pin.name;
}

async function readOne(
  dir: string,
  top: string,
  candidate: Candidate,
  pin: Pin,
  options: DependencyReadingOptions,
  reading: DependencyReading,
): Promise<void> {
  const label = pinLabel(pin);
  const cannot = (what: string, why: string, hidesItems = true): void => {
    reading.gaps.push({
      part: 'mcp',
      message: `the dependency ${what} (${pin.how}; imported here) is an MCP server package whose ${why}`,
      location: candidate.importedAt,
      hidesItems,
    });
  };
  let files: PackageFiles;
  try {
    files = await filesOf(dir, top, pin, options);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    cannot(label, `tools could not be read: ${error.message}`);
    return;
  }
  try {
    const published = readManifest(files.dir) ?? {};
    // An installed copy of another version said it was one; this version may not be.
    if (!serverEvidenceOf(published)) return;
    const dependency: McpDependency = {
      name: pin.name,
      version: files.version,
      from: pin.from,
      ...(pin.source.kind === 'folder' || pin.source.kind === 'tarball' ? { source: pin.source.kind } : {}),
      ...(pin.lockfile ? { lockfile: pin.lockfile } : {}),
    };
    const id = `${pin.name}@${files.version}`;
    // Only what the server imports: a toolkit ships a build per framework and per module format.
    const entries = dependencyEntries(
      files.dir,
      { name: pin.name, ...published },
      candidate.specifiers.map((s) => subpathOf(s, candidate.name)),
    );
    let extracted: StaticMcpSurface;
    try {
      // Its files are gone after the reading: a toolkit that makes tools from an OpenAPI document is told now.
      extracted = explainGeneratedTools(
        files.dir,
        await takeStaticMcpSurface(files.dir, entries.files ? { include: entries.files } : {}),
      ).surface;
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      cannot(id, `files could not be read: ${error.message}`);
      return;
    }
    const { mcp } = extracted;
    if (mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length === 0) {
      // Its own reading found nothing: what it could not follow may hide its tools; without such a
      // place it may well declare none (a helper library that only uses the SDK's types).
      const hiding = extracted.gaps.find((g) => g.hidesItems);
      const where = hiding?.location
        ? ` at ${hiding.location.file}${hiding.location.line ? `:${hiding.location.line}` : ''}`
        : '';
      cannot(
        id,
        `files (${extracted.files.length}, ${files.origin}) declare no tool that could be read${hiding ? `: ${hiding.message.replace(/^no tool could be read; /, '')}${where}` : ''}`,
        hiding !== undefined,
      );
      return;
    }
    const from = entries.files ? ` from ${entries.entries.join(', ')}` : '';
    const tried = `the tools of the dependency ${id}, ${pin.how} (static reading of ${extracted.files.length} file${extracted.files.length === 1 ? '' : 's'}${from}, ${files.origin})`;
    // Its places are in its files, not in this package's sources: said in the message, and each
    // item is located where the package imports it, where a maintainer can act.
    const inDependency = <W extends SurfaceWarning>({
      location,
      ...rest
    }: W): Omit<W, 'location'> & { location: SourceLocation } => ({
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
export function withDependencySurfaces(
  own: StaticMcpSurface,
  reading: DependencyReading,
): { surface: StaticMcpSurface; tried: string[]; dependencies: McpDependency[] } {
  const mcp: McpSurface = {
    ...own.mcp,
    tools: [...own.mcp.tools],
    prompts: [...own.mcp.prompts],
    resources: [...own.mcp.resources],
    resourceTemplates: [...own.mcp.resourceTemplates],
    locations: { ...own.mcp.locations },
    ...(own.mcp.conditions ? { conditions: { ...own.mcp.conditions } } : {}),
  };
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
