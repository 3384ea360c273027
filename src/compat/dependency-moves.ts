// Which dependencies provided tools, prompts or resources at each version, and the version of each:
// a thin server whose tools live in a toolkit changes when its lockfile moves the toolkit, and the
// report says so beside the changes it explains.

import type { McpDependency, Snapshot } from '../surface/types.ts';

export interface McpDependencyMove {
  name: string;
  /** Its version at the previous release; null when it provided nothing there. */
  from: string | null;
  /** Its version at the version checked; null when it provides nothing any more. */
  to: string | null;
  /** Where the version checked pins it: `pnpm-lock.yaml:14`, a tarball or folder of the repository, or package.json. */
  pinnedIn: string;
  /** `folder`: a folder of the repository (a workspace), read at each release whatever its version says. */
  source?: 'tarball' | 'folder';
}

function pinnedIn(dependency: McpDependency): string {
  const where = dependency.lockfile
    ? `${dependency.lockfile.file}${dependency.lockfile.line ? `:${dependency.lockfile.line}` : ''}`
    : 'package.json';
  return dependency.source ? `a ${dependency.source} in the repository, ${where}` : where;
}

/** The dependencies that provide part of either version's MCP surface, in name order. */
export function mcpDependencyMoves(old: Snapshot | null, next: Snapshot): McpDependencyMove[] {
  const before = new Map((old?.provenance.mcpDependencies ?? []).map((d) => [d.name, d]));
  const after = new Map((next.provenance.mcpDependencies ?? []).map((d) => [d.name, d]));
  const names = [...new Set([...before.keys(), ...after.keys()])].sort();
  return names.map((name) => {
    const was = before.get(name);
    const is = after.get(name);
    const source = (is ?? was)!.source;
    return {
      name,
      from: was?.version ?? null,
      to: is?.version ?? null,
      pinnedIn: pinnedIn((is ?? was)!),
      ...(source ? { source } : {}),
    };
  });
}

/**
 * `@x/toolkit 0.7.9 → 0.7.11, pinned in pnpm-lock.yaml:14`, with names marked as the face marks
 * code and the versions (from the dependency's own package.json) as it marks text.
 */
export function describeMove(
  move: McpDependencyMove,
  mark: (text: string) => string = (t) => t,
  text: (t: string) => string = (t) => t,
): string {
  // A folder's sources may change under the same version: its tools are compared, not its version.
  const same = move.source === 'folder' ? `${move.to} (its sources at each release)` : `${move.to} (unchanged)`;
  const versions =
    move.from === move.to
      ? same
      : move.from === null
        ? `${move.to} (new)`
        : move.to === null
          ? `${move.from} (no longer read)`
          : `${move.from} → ${move.to}`;
  return `${mark(move.name)} ${text(versions)}, pinned in ${mark(move.pinnedIn)}`;
}
