// What a lockfile says about one dependency of a package: the version it pins, the tarball's
// integrity where the lockfile keeps it, and what that version itself depends on.

import path from 'node:path';
import { SnapshotError } from '../errors.ts';

export interface LockedPackage {
  /** The package's own name: the dependency's, or the real one behind an alias (`"x": "npm:real@1"`). */
  name: string;
  /** The version; absent where the lockfile records none (a workspace folder: its package.json says). */
  version?: string;
  /**
   * Where it is resolved when not from a registry: a tarball file or a folder (a workspace, a
   * `link:`), as an absolute path; or `elsewhere`, a git repository or a URL, as the lockfile writes it.
   */
  local?: { kind: 'tarball' | 'folder'; path: string };
  elsewhere?: string;
  /** The line of its entry in the lockfile (1-based), for messages a maintainer can act on. */
  line?: number;
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
  /** The lockfile's folder, absolute: the paths it writes are relative to it (or to the package's folder, `from`). */
  root: string;
}

/** The 1-based line of the first line of `text` that `matches`, or undefined. */
export function lineWhere(text: string, matches: (line: string) => boolean): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex(matches);
  return index < 0 ? undefined : index + 1;
}

/** A path in a lockfile (`file:vendor/x.tgz`, `packages/x`) made absolute from `base`, as a tarball or a folder by its name. */
export function localPath(written: string, base: string): { kind: 'tarball' | 'folder'; path: string } {
  const relative = written.replace(/^(file|link):/, '').replace(/#.*$/, '');
  return { kind: /\.(tgz|tar\.gz|tar)$/.test(relative) ? 'tarball' : 'folder', path: path.resolve(base, relative) };
}

/** A git repository, a URL or a GitHub shorthand: a source mcpver does not fetch. */
export const ELSEWHERE = /^(git\+|git:|github:|gitlab:|bitbucket:|https?:|ssh:)|^[\w.-]+\/[\w.-]+(#.*)?$/;

/** A lockfile that is there but cannot be read: said with the file, never taken for "not pinned". */
export class LockfileError extends SnapshotError {
  override name = 'LockfileError';
}

export type Records = Record<string, unknown>;

export const isRecord = (value: unknown): value is Records =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

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
