// Which dependencies of a package may provide its MCP tools, and which version of each to read: the
// dependencies package.json names and the sources import, each pinned as the lockfile resolves it
// (a published version, a tarball file or a folder of the repository, or somewhere mcpver does not
// fetch), and whether it is an MCP server package, from what is on this machine.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { ts } from 'ts-morph';
import { lineColumn } from './json-text.ts';
import { ELSEWHERE, localPath } from './lockfiles/types.ts';
import type { LockedPackage, LockfileReader } from './lockfiles/index.ts';
import { MCP_SERVER_PACKAGES, mcpServerEvidence } from './mcp-server.ts';
import { findInstalledCopy } from './package-files.ts';
import type { McpDependency, SourceLocation } from './types.ts';

export type Manifest = Record<string, unknown> & {
  name?: string;
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
};

export const readManifest = (dir: string): Manifest | undefined => {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
};

/** Why a manifest is an MCP server package (with its development dependencies), or undefined. */
export const serverEvidenceOf = (manifest: Manifest): string | undefined =>
  mcpServerEvidence({
    dependencies: manifest.dependencies ?? {},
    peerDependencies: manifest.peerDependencies ?? {},
    devDependencies: manifest.devDependencies,
  });

/** A dependency to look at: imported by the sources, with the range package.json gives it. */
export interface Candidate {
  name: string;
  range: string;
  importedAt: SourceLocation;
  /** The specifiers the sources import it by (`@x/toolkit/modelcontextprotocol`): the entry points to read. */
  specifiers: string[];
}

/** Where the files of the version to read are. */
export type PinnedSource =
  /** A published version (exact), or a range resolved when its files are fetched (no lockfile). */
  | { kind: 'registry'; spec: string }
  /** A tarball file or a folder inside the repository. */
  | { kind: 'tarball' | 'folder'; path: string }
  /** A git repository, a URL, or a folder outside the repository: not fetched. */
  | { kind: 'elsewhere'; spec: string }
  /** A dist-tag (`latest`, `next`) that no lockfile pins: what a release serves depends on the day it is installed. */
  | { kind: 'unpinned'; spec: string };

/** How the version to read was chosen. */
export interface Pin {
  /** The package's name (an alias `"x": "npm:real@1"` names `real`). */
  name: string;
  source: PinnedSource;
  from: McpDependency['from'];
  /** The lockfile and the line of its entry, relative to the repository. */
  lockfile?: { file: string; line?: number };
  /** `pinned in pnpm-lock.yaml:16`, `file:vendor/x.tgz in package.json`. */
  how: string;
  /** What the lockfile says of it (integrity, dependencies), when it pins it. */
  locked?: LockedPackage;
}

/** `@scope/name/sub` → `@scope/name`; relative paths, `node:` builtins and `#imports` are no package. */
export function packageOfSpecifier(specifier: string): string | undefined {
  if (/^[./#]/.test(specifier) || specifier.includes(':')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
}

/** A package the sources import: the first place that does, and each specifier used (`x`, `x/sub`). */
export interface ImportedPackage {
  at: SourceLocation;
  specifiers: string[];
}

/** The packages the sources import (static, dynamic and `require`). */
export function importedPackages(dir: string, files: readonly string[]): Map<string, ImportedPackage> {
  const found = new Map<string, ImportedPackage>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(path.join(dir, file), 'utf8');
    } catch {
      continue;
    }
    for (const imported of ts.preProcessFile(text, true, true).importedFiles) {
      const name = packageOfSpecifier(imported.fileName);
      if (!name) continue;
      const known = found.get(name);
      if (!known)
        found.set(name, { at: { file, line: lineColumn(text, imported.pos).line }, specifiers: [imported.fileName] });
      else if (!known.specifiers.includes(imported.fileName)) known.specifiers.push(imported.fileName);
    }
  }
  return found;
}

/** Dependencies of `dir` named in package.json and imported by the sources the static reading read. */
export function candidates(dir: string, manifest: Manifest, files: readonly string[]): Candidate[] {
  const ranges: Record<string, string> = {
    ...manifest.devDependencies,
    ...manifest.peerDependencies,
    ...manifest.optionalDependencies,
    ...manifest.dependencies,
  };
  const out: Candidate[] = [];
  for (const [name, { at: importedAt, specifiers }] of importedPackages(dir, files)) {
    const range = ranges[name];
    // The SDK and the frameworks make servers; they provide no server's tools.
    if (typeof range !== 'string' || MCP_SERVER_PACKAGES.includes(name) || name.startsWith('@types/')) continue;
    out.push({ name, range, importedAt, specifiers });
  }
  return out;
}

const posix = (p: string): string => p.split(path.sep).join('/');

/** Whether `target` is `top` or inside it. */
const inside = (top: string, target: string): boolean => {
  const relative = path.relative(top, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * The version to read: as the lockfile resolves it, else as package.json says (an exact version, a
 * range, a `file:`/`link:` path). Undefined when nothing says (a `workspace:` range the lockfile
 * does not resolve). A lockfile entry that cannot be read is a LockfileError, for the caller to say.
 */
export function pinOf(
  candidate: Candidate,
  lock: LockfileReader | undefined,
  dir: string,
  top: string,
): Pin | undefined {
  const alias = /^npm:((?:@[^/@]+\/)?[^/@]+)@(.+)$/.exec(candidate.range);
  const name = alias?.[1] ?? candidate.name;
  const range = alias?.[2] ?? candidate.range;
  const locked = lock?.locked(candidate.name, candidate.range);
  const lockfile = lock ? posix(path.relative(top, lock.lockfile.file)) : undefined;
  const at = locked && lockfile ? { file: lockfile, ...(locked.line ? { line: locked.line } : {}) } : undefined;
  const where = at ? `${at.file}${at.line ? `:${at.line}` : ''}` : undefined;
  const local = (
    source: { kind: 'tarball' | 'folder'; path: string },
    how: string,
    from: McpDependency['from'],
  ): Pin => {
    const pin = {
      name: locked?.name ?? name,
      from,
      how,
      ...(at ? { lockfile: at } : {}),
      ...(locked ? { locked } : {}),
    };
    // Nothing outside the repository is read: it is not part of what the repository pins.
    if (!inside(top, source.path))
      return { ...pin, source: { kind: 'elsewhere', spec: `${source.path} (outside the repository)` } };
    return { ...pin, source };
  };
  if (locked && where) {
    if (locked.local)
      return local(
        locked.local,
        `${locked.local.kind === 'folder' ? 'the folder' : 'the tarball'} ${posix(path.relative(top, locked.local.path))}, pinned in ${where}`,
        'lockfile',
      );
    if (locked.elsewhere)
      return {
        name: locked.name,
        source: { kind: 'elsewhere', spec: locked.elsewhere },
        from: 'lockfile',
        how: `pinned to ${locked.elsewhere} in ${where}`,
        lockfile: at,
        locked,
      };
    if (locked.version)
      return {
        name: locked.name,
        source: { kind: 'registry', spec: locked.version },
        from: 'lockfile',
        how: `pinned in ${where}`,
        lockfile: at,
        locked,
      };
  }
  if (/^(file|link):/.test(range)) return local(localPath(range, dir), `${range} in package.json`, 'package.json');
  if (ELSEWHERE.test(range))
    return { name, source: { kind: 'elsewhere', spec: range }, from: 'package.json', how: `${range} in package.json` };
  // `latest`, `next`: a name the registry moves from version to version.
  if (/^[a-z][\w.-]*$/i.test(range) && !semver.validRange(range))
    return {
      name,
      source: { kind: 'unpinned', spec: range },
      from: 'package.json',
      how: `"${range}" in package.json${lock ? ` (${lockfile} does not pin it)` : ', with no lockfile'}`,
    };
  // A workspace, or anything else that is not a version: not a published version.
  if (!semver.validRange(range)) return undefined;
  const unpinned = lock ? ` (${lockfile} does not pin it)` : ' (no lockfile pins it)';
  if (semver.valid(range))
    return {
      name,
      source: { kind: 'registry', spec: range },
      from: 'package.json',
      how: `pinned in package.json${lock ? unpinned : ''}`,
    };
  return {
    name,
    source: { kind: 'registry', spec: range },
    from: 'package.json',
    how: `the version matching ${range} in package.json${unpinned}`,
  };
}

/**
 * Whether the pinned package is an MCP server package, from what is on this machine: the
 * lockfile's record of what it depends on, its folder or tarball in the repository (read later),
 * else an installed copy of any version. Undefined when nothing here says (no network is used to
 * find out: most imports are express or zod).
 */
export function isServerPackage(pin: Pin, dir: string, top: string): boolean | undefined {
  const dependsOn = pin.locked?.dependsOn;
  if (dependsOn) {
    if (mcpServerEvidence({ dependencies: Object.fromEntries(dependsOn.map((n) => [n, '*'])), peerDependencies: {} }))
      return true;
    if (!pin.locked?.peersUnrecorded) return false;
  }
  if (pin.source.kind === 'folder') {
    const manifest = readManifest(pin.source.path);
    return manifest ? serverEvidenceOf(manifest) !== undefined : undefined;
  }
  // Its package.json is inside: the tarball is unpacked to read it, and read when it is one.
  if (pin.source.kind === 'tarball') return true;
  const installed = findInstalledCopy(pin.name, () => true, dir, top);
  if (!installed) return undefined;
  return serverEvidenceOf(readManifest(installed.dir) ?? {}) !== undefined;
}
