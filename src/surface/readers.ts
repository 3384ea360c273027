// Which parts a snapshot reads beyond package.json and the runtime MCP surface, from the package's
// settings: the MCP surface from source (static mode, or as a cross-check) and the TypeScript API;
// and, last, how completely the MCP surface of a package that is an MCP server was read.
// Each reader loads its extractor (and with it the TypeScript compiler) when it runs, so that what
// reads no source, such as a diff of captures or the Action's A/B mode, starts without it.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PackageConfig } from '../config.ts';
import { SnapshotError } from './errors.ts';
import { explainGeneratedTools } from './generated-tools.ts';
import type { StaticMcpSurface } from './mcp-static/index.ts';
import { mcpServerEvidence } from './mcp-server.ts';
import type { SnapshotPartReader } from './snapshot.ts';
import type { McpReading, McpSurface } from './types.ts';

export type PartSettings = Pick<PackageConfig, 'surface' | 'typescript'> & {
  command?: string;
  url?: string;
  /** Where published dependencies are kept once downloaded (default: a private folder in the OS temp folder). */
  packageCache?: string;
};

/**
 * `static` reads the MCP surface from source; `auto` does so when there is no command to start the
 * server (runtime is the truth wherever the server can be started); `runtime` never does.
 */
export function wantsStaticMcp(settings: PartSettings): boolean {
  return settings.surface === 'static' || (settings.surface === 'auto' && !settings.command && !settings.url);
}

/** How many tools, prompts, resources and templates a surface lists. */
function itemCount(mcp: McpSurface): number {
  return mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length;
}

export function isEmptySurface(mcp: McpSurface | null | undefined): boolean {
  return !mcp || itemCount(mcp) === 0;
}

/** What a maintainer can configure so that the surface is read from the running server instead. */
export const RUNTIME_ADVICE =
  'Configure how to start the server (`command:` for stdio or `url:` for streamable HTTP in .github/mcpver.yml, or `--command`/`--url`), ' +
  'with the environment it needs at start-up (`pass-env:` / `--env NAME`), so that mcpver lists what it really serves.';

/** Why the package in `dir` is an MCP server, from its package.json (with development dependencies), or undefined. */
async function serverEvidence(dir: string, settings: PartSettings): Promise<string | undefined> {
  try {
    const manifest = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const evidence = mcpServerEvidence({
      dependencies: manifest.dependencies ?? {},
      peerDependencies: manifest.peerDependencies ?? {},
      devDependencies: manifest.devDependencies,
    });
    if (evidence) return evidence;
  } catch {
    // No package.json (bare declarations) or one that the package part already reported.
  }
  if (settings.surface === 'static' || settings.surface === 'runtime')
    return `the config reads its MCP surface (surface: ${settings.surface})`;
  if (settings.command || settings.url) return 'the config gives a way to start it';
  return undefined;
}

/** What only a server's sources mention: the SDK's server modules, its server classes, a request handler. */
const SERVER_SIDE = /@modelcontextprotocol\/sdk\/server|\bMcpServer\b|\bnew Server\(|setRequestHandler/;

/** Whether any of the sources read uses the server side of the SDK. */
async function usesServerSide(dir: string, files: readonly string[]): Promise<boolean> {
  for (const file of files) {
    try {
      if (SERVER_SIDE.test(await readFile(path.join(dir, file), 'utf8'))) return true;
    } catch {
      return true; // a file that cannot be read again proves nothing: stay on the side of saying so
    }
  }
  return false;
}

/** The reading of a static extraction: complete, partial (with its gaps) or unread; `also` tried after it (dependencies), `why` before the advice. */
function staticReading(server: string, extracted: StaticMcpSurface, also: string[] = [], why?: string): McpReading {
  const tried = [
    `static reading of ${extracted.files.length} source file${extracted.files.length === 1 ? '' : 's'}${extracted.roots.length ? ` under ${extracted.roots.join(', ')}` : ''}`,
    ...also,
  ];
  const empty = isEmptySurface(extracted.mcp);
  const status = empty ? 'unread' : extracted.gaps.length > 0 ? 'partial' : 'complete';
  return {
    server,
    status,
    tried,
    gaps: extracted.gaps,
    ...(status === 'complete' ? {} : { advice: why ? `${why} ${RUNTIME_ADVICE}` : RUNTIME_ADVICE }),
  };
}

/** The MCP surface from source. Under `auto`, a package that is not an MCP server and registers nothing has no MCP part. */
function staticMcpReader(settings: PartSettings): SnapshotPartReader {
  const required = settings.surface === 'static';
  return async ({ dir, env, setupTimeoutMs }) => {
    const server = await serverEvidence(dir, settings);
    const { takeStaticMcpSurface } = await import('./mcp-static/index.ts');
    let extracted: StaticMcpSurface;
    try {
      extracted = await takeStaticMcpSurface(dir);
    } catch (error) {
      if (required || !(error instanceof SnapshotError)) throw error;
      if (!server) return {};
      // An MCP server whose sources could not be read at all: said first in the report, never taken for "no tools".
      const reading: McpReading = {
        server,
        status: 'unread',
        tried: [`static reading of the sources in ${path.basename(dir) || dir}`],
        gaps: [{ part: 'mcp', message: error.message, hidesItems: true }],
        advice: RUNTIME_ADVICE,
      };
      return { provenance: { mcpReading: reading } };
    }
    // Nothing read, or places that may hide items: the tools may come from pinned packages the
    // server registers (providers), or live in a dependency it only wires up.
    const hiding = (s: StaticMcpSurface) => s.gaps.filter((g) => g.hidesItems).length;
    let pinnedRead: string[] = [];
    const linked = new Set<string>();
    if ((server || required) && (isEmptySurface(extracted.mcp) || hiding(extracted) > 0)) {
      const { pinnedPackages, describePinned } = await import('./pinned-packages.ts');
      const pinned = await pinnedPackages(dir, extracted.files, {
        env,
        setupTimeoutMs,
        cacheDir: settings.packageCache,
      });
      try {
        if (pinned.packages.size > 0) {
          const withPinned = await takeStaticMcpSurface(dir, { packages: pinned.packages });
          // Kept only when the pinned packages' code explains more than the reading without them.
          if (
            itemCount(withPinned.mcp) > itemCount(extracted.mcp) ||
            (itemCount(withPinned.mcp) === itemCount(extracted.mcp) && hiding(withPinned) < hiding(extracted))
          ) {
            extracted = { ...withPinned, gaps: [...withPinned.gaps, ...pinned.gaps] };
            pinnedRead = [describePinned(pinned.read)];
            for (const name of pinned.packages.keys()) linked.add(name);
          }
        } else if (pinned.gaps.length > 0) extracted = { ...extracted, gaps: [...extracted.gaps, ...pinned.gaps] };
      } finally {
        await pinned.release();
      }
    }
    let fromDependencies;
    if ((server || required) && (isEmptySurface(extracted.mcp) || extracted.gaps.some((g) => g.hidesItems))) {
      const { readDependencySurfaces, withDependencySurfaces } = await import('./mcp-dependency.ts');
      fromDependencies = withDependencySurfaces(
        extracted,
        await readDependencySurfaces(dir, extracted, {
          env,
          setupTimeoutMs,
          cacheDir: settings.packageCache,
          skip: linked,
        }),
      );
      extracted = fromDependencies.surface;
    }
    const explained = explainGeneratedTools(dir, extracted);
    extracted = explained.surface;
    const { mcp, warnings } = extracted;
    if (isEmptySurface(mcp) && !required && !server) return {};
    // The SDK is a client too: a package that only imports its client side, and registers nothing, is no server.
    if (
      isEmptySurface(mcp) &&
      extracted.gaps.length === 0 &&
      !required &&
      server?.endsWith('@modelcontextprotocol/sdk') &&
      !(await usesServerSide(dir, extracted.files))
    )
      return {};
    const dependencies = fromDependencies?.dependencies.length
      ? { mcpDependencies: fromDependencies.dependencies }
      : {};
    return {
      mcp,
      provenance: {
        mcp: 'static',
        warnings,
        ...dependencies,
        ...(server
          ? {
              mcpReading: staticReading(
                server,
                extracted,
                [...pinnedRead, ...(fromDependencies?.tried ?? [])],
                explained.advice,
              ),
            }
          : {}),
      },
    };
  };
}

/**
 * With a running server and sources beside it, read both and report where they disagree (a
 * conditional registration, a schema built at runtime): the runtime surface stays the truth, and
 * takes the source locations of its items.
 */
const crossCheckReader: SnapshotPartReader = async ({ dir, snapshot }) => {
  if (!snapshot.mcp) return {};
  const { crossCheckSurfaces, takeStaticMcpSurface } = await import('./mcp-static/index.ts');
  let fromSource;
  try {
    fromSource = await takeStaticMcpSurface(dir);
  } catch {
    return {};
  }
  const { mcp } = fromSource;
  if (isEmptySurface(mcp)) return {};
  // Source locations make annotations land on the line that registers a broken tool.
  return {
    mcp: { ...snapshot.mcp, locations: { ...mcp.locations, ...snapshot.mcp.locations } },
    provenance: { warnings: crossCheckSurfaces(snapshot.mcp, mcp) },
  };
};

/** A surface listed by the running server is read completely; record it for an MCP server, so that reports can say so. */
function runtimeReading(settings: PartSettings): SnapshotPartReader {
  return async ({ dir, snapshot }) => {
    // Told to read the running server, and given no way to run or reach it: never a silent empty surface.
    if (settings.surface === 'runtime' && !settings.command && !settings.url) {
      throw new SnapshotError(
        'surface: runtime is set, but neither command nor url says how to start or reach the server: give the package a command: (stdio) or url: (streamable HTTP) in .github/mcpver.yml, or pass --command or --url.',
      );
    }
    if (snapshot.provenance.mcp !== 'runtime' || snapshot.provenance.mcpReading) return {};
    const server = await serverEvidence(dir, settings);
    if (!server) return {};
    const how = snapshot.provenance.command
      ? `the running server (\`${snapshot.provenance.command}\`)`
      : 'the running server';
    return { provenance: { mcpReading: { server, status: 'complete', tried: [`listing ${how}`], gaps: [] } } };
  };
}

/** The exported TypeScript API; a package that declares no TypeScript entry point has none, silently. */
const typeScriptReader: SnapshotPartReader = async ({ dir }) => {
  const { NO_ENTRY_POINT_WARNING, takeTypeScriptSurface } = await import('./typescript/index.ts');
  const { surface, warnings } = takeTypeScriptSurface(dir);
  if (Object.keys(surface.entryPoints).length === 0) {
    // Declared types that are missing are worth a warning; a package that declares none is not.
    const declaredButMissing = warnings.filter((w) => w.message !== NO_ENTRY_POINT_WARNING);
    return declaredButMissing.length > 0 ? { provenance: { warnings: declaredButMissing } } : {};
  }
  return { typescript: surface, provenance: { typescript: 'static', warnings } };
};

typeScriptReader.label = 'TypeScript';

export function partReaders(settings: PartSettings): SnapshotPartReader[] {
  const readers: SnapshotPartReader[] = [];
  if (wantsStaticMcp(settings)) readers.push(staticMcpReader(settings));
  else {
    if (settings.surface === 'auto') readers.push(crossCheckReader);
    readers.push(runtimeReading(settings));
  }
  if (settings.typescript) readers.push(typeScriptReader);
  return readers;
}
