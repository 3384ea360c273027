// What a lockfile says about one dependency of a package: the version it pins, the tarball's
// integrity where the lockfile keeps it, and what that version itself depends on.

import { SnapshotError } from '../errors.ts';

export interface LockedPackage {
  /** The package's own name: the dependency's, or the real one behind an alias (`"x": "npm:real@1"`). */
  name: string;
  version: string;
  /** Subresource integrity of the published tarball (`sha512-…`), where the lockfile records it in npm's form. */
  integrity?: string;
  /**
   * The names of its dependencies and peer dependencies, as the lockfile records them: enough to
   * know whether it is an MCP server package without downloading it.
   */
  dependsOn?: string[];
  /** Set when `dependsOn` lists dependencies but the lockfile does not record peers (yarn 1): a missing MCP SDK there proves nothing. */
  peersUnrecorded?: true;
}

/** Where a dependency is looked up: its name, and the range package.json gives (yarn keys entries by it). */
export interface LockQuery {
  name: string;
  range?: string;
  /** The package's folder relative to the lockfile's folder, with `/` (`''` at the root): workspaces resolve from there. */
  from: string;
  /** The package's own name (bun keys a workspace's own versions by it). */
  packageName?: string;
}

/** A lockfile that is there but cannot be read: said with the file, never taken for "not pinned". */
export class LockfileError extends SnapshotError {
  override name = 'LockfileError';
}

export type Records = Record<string, unknown>;

export const isRecord = (value: unknown): value is Records => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The keys of each of `records` that is an object: dependency names. */
export function namesOf(...records: unknown[]): string[] {
  return records.flatMap((r) => (isRecord(r) ? Object.keys(r) : []));
}

/** `@scope/name@1.2.3` → name and version (the last `@` that is not the scope's). */
export function splitIdent(ident: string): { name: string; version: string } | undefined {
  const at = ident.lastIndexOf('@');
  if (at <= 0) return undefined;
  return { name: ident.slice(0, at), version: ident.slice(at + 1) };
}
