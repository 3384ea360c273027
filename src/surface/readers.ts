// Which parts a snapshot reads beyond package.json and the runtime MCP surface, from the package's
// settings: the MCP surface from source (static mode, or as a cross-check) and the TypeScript API.
// Each reader loads its extractor (and with it the TypeScript compiler) when it runs, so that what
// reads no source, such as a diff of captures or the Action's A/B mode, starts without it.

import type { PackageConfig } from '../config.ts';
import { SnapshotError } from './errors.ts';
import type { SnapshotPartReader } from './snapshot.ts';
import type { McpSurface } from './types.ts';

export type PartSettings = Pick<PackageConfig, 'surface' | 'typescript'> & { command?: string };

/**
 * `static` reads the MCP surface from source; `auto` does so when there is no command to start the
 * server (runtime is the truth wherever the server can be started); `runtime` never does.
 */
export function wantsStaticMcp(settings: PartSettings): boolean {
  return settings.surface === 'static' || (settings.surface === 'auto' && !settings.command);
}

function isEmpty(mcp: McpSurface): boolean {
  return mcp.tools.length + mcp.prompts.length + mcp.resources.length + mcp.resourceTemplates.length === 0;
}

/** The MCP surface from source. Under `auto`, a package with no sources to read simply has no MCP part. */
function staticMcpReader(required: boolean): SnapshotPartReader {
  return async ({ dir }) => {
    const { takeStaticMcpSurface } = await import('./mcp-static/index.ts');
    try {
      const { mcp, warnings } = await takeStaticMcpSurface(dir);
      // Under `auto`, a package that registers nothing is not an MCP server we can read: say nothing.
      if (isEmpty(mcp) && !required) return {};
      return { mcp, provenance: { mcp: 'static', warnings } };
    } catch (error) {
      if (required || !(error instanceof SnapshotError)) throw error;
      return {};
    }
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
  if (isEmpty(mcp)) return {};
  // Source locations make annotations land on the line that registers a broken tool.
  return {
    mcp: { ...snapshot.mcp, locations: { ...mcp.locations, ...snapshot.mcp.locations } },
    provenance: { warnings: crossCheckSurfaces(snapshot.mcp, mcp) },
  };
};

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

export function partReaders(settings: PartSettings): SnapshotPartReader[] {
  const readers: SnapshotPartReader[] = [];
  if (wantsStaticMcp(settings)) readers.push(staticMcpReader(settings.surface === 'static'));
  else if (settings.surface === 'auto') readers.push(crossCheckReader);
  if (settings.typescript) readers.push(typeScriptReader);
  return readers;
}
