// Tools provided by pinned packages that the server's own code registers: a server that keeps a
// registry of providers (`new CodeAnalyzerProvider()` imported from a package it pins to an exact
// version) and registers what each provider's `provideTools()` returns. The tools change when the
// pin moves, and the copy of that package in the repository's workspace (if any) is not at the
// pinned version at a given tag: the surface is read from the files of the version pinned
// (installed, cached, or downloaded from the registry npm is configured with), as the server's code.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { candidates, isServerPackage, pinOf, readManifest, serverEvidenceOf, type Pin } from './dependency-pins.ts';
import { SnapshotError } from './errors.ts';
import { findLockfile, repositoryTop } from './install.ts';
import { readLockfile, type LockfileReader } from './lockfiles/index.ts';
import { workspacePackages } from './mcp-static/workspaces.ts';
import { packageFiles } from './package-files.ts';
import type { McpReadingGap } from './types.ts';

export interface PinnedPackages {
  /** Package name → the folder of the pinned version's files. */
  packages: Map<string, string>;
  /** `@x/provider@0.8.0 (pinned in package.json, downloaded from the npm registry)`, one per package. */
  read: string[];
  /** A package that provides tools and is too large to read as code: may hide items. */
  gaps: McpReadingGap[];
  /** Removes what was downloaded only for this reading. */
  release(): Promise<void>;
}

export interface PinnedPackagesOptions {
  cacheDir?: string;
  env?: Record<string, string>;
  setupTimeoutMs?: number;
}

/** At most this many packages are fetched for one reading (each is a download). */
const MAX_PACKAGES = 24;
/**
 * JavaScript a package may hold to be read as the server's code: a single bundle of a megabyte
 * (every dependency rolled in) takes the static reader minutes, and is said as a gap instead.
 */
const MAX_CODE_BYTES = 512 * 1024;

const REGISTRATION = /\.(registerTool|registerPrompt|registerResource|setRequestHandler|tool|addTool)\s*\(/;

/** Whether a package's JavaScript makes registrations on a server itself. */
function registersItself(dir: string): boolean {
  let found = false;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (found || entry.name === 'node_modules' || entry.isSymbolicLink()) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[cm]?js$/.test(entry.name) && REGISTRATION.test(readFileSync(full, 'utf8'))) found = true;
    }
  };
  walk(dir);
  return found;
}

/** The bytes of JavaScript in a package's files (its own node_modules left out). */
function codeSize(dir: string): number {
  let total = 0;
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.isSymbolicLink()) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.[cm]?js$/.test(entry.name)) total += statSync(full).size;
    }
  };
  walk(dir);
  return total;
}

/**
 * Whether a pinned dependency may provide the server's tools: it depends on an MCP SDK or framework
 * (the lockfile says so), or it is a package of the same workspace (published from the repository,
 * pinned to one of its releases) that does, or that builds on another such package.
 */
function providesTools(pin: Pin, dir: string, top: string, workspace: ReadonlyMap<string, string>): boolean {
  if (isServerPackage(pin, dir, top) === true) return true;
  const folder = workspace.get(pin.name);
  if (!folder) return false;
  const manifest = readManifest(folder);
  if (!manifest) return false;
  if (serverEvidenceOf(manifest)) return true;
  const needs = { ...manifest.dependencies, ...manifest.peerDependencies };
  return Object.keys(needs).some((name) => {
    const other = workspace.get(name);
    const theirs = other ? readManifest(other) : undefined;
    return theirs !== undefined && serverEvidenceOf(theirs) !== undefined;
  });
}

/** The packages the sources import, pinned to an exact published version, that may provide tools: fetched at that version. */
export async function pinnedPackages(
  dir: string,
  files: readonly string[],
  options: PinnedPackagesOptions = {},
): Promise<PinnedPackages> {
  const out: PinnedPackages = { packages: new Map(), read: [], gaps: [], release: async () => undefined };
  const manifest = readManifest(dir);
  if (!manifest) return out;
  const found = candidates(dir, manifest, files);
  if (found.length === 0) return out;
  const top = repositoryTop(dir);
  const workspace = workspacePackages(dir);
  let lock: LockfileReader | undefined;
  try {
    const lockfile = findLockfile(dir, top);
    lock = lockfile ? readLockfile(lockfile, dir, manifest.name) : undefined;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
  }
  const releases: Array<() => Promise<void>> = [];
  out.release = async () => {
    for (const release of releases.splice(0)) await release();
  };
  for (const candidate of found) {
    if (out.packages.size >= MAX_PACKAGES) break;
    let pin: Pin | undefined;
    try {
      pin = pinOf(candidate, lock, dir, top);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      pin = pinOf(candidate, undefined, dir, top);
    }
    // A lockfile entry of another version (an older range of the same package) is not this pin.
    if (pin?.source.kind === 'registry' && semver.valid(candidate.range) && pin.source.spec !== candidate.range)
      pin = pinOf(candidate, undefined, dir, top);
    // Only an exact published version: a range would be read at whatever version is newest today.
    if (!pin || pin.source.kind !== 'registry' || !semver.valid(pin.source.spec)) continue;
    if (!providesTools(pin, dir, top, workspace)) continue;
    // The workspace's copy at this version is the source of what was published: read from there.
    const copy = workspace.get(pin.name);
    if (copy && readManifest(copy)?.version === pin.source.spec) continue;
    try {
      const fetched = await packageFiles(pin.name, pin.source.spec, {
        cwd: dir,
        top,
        integrity: pin.locked?.integrity,
        cacheDir: options.cacheDir,
        env: options.env,
        setupTimeoutMs: options.setupTimeoutMs,
      });
      releases.push(fetched.release);
      // A package that registers on a server itself is a server of its own: read as one, by the
      // dependency reading (mcp-dependency.ts), not as code of this server.
      if (registersItself(fetched.dir)) continue;
      const size = codeSize(fetched.dir);
      if (size > MAX_CODE_BYTES) {
        out.gaps.push({
          part: 'mcp',
          message: `the dependency ${pin.name}@${fetched.version} (${pin.how}; imported here) may provide tools the server registers, and its files hold ${Math.round(size / 1024)} KiB of JavaScript (a bundle), more than mcpver reads as the server's code (${MAX_CODE_BYTES / 1024} KiB)`,
          location: candidate.importedAt,
          hidesItems: true,
        });
        continue;
      }
      out.packages.set(candidate.name, fetched.dir);
      out.read.push(`${pin.name}@${fetched.version} (${pin.how}, ${fetched.origin})`);
    } catch (error) {
      if (!(error instanceof SnapshotError)) throw error;
      // Not fetched: the dependency reading that follows tries it again and says it, as a gap that may hide items.
    }
  }
  return out;
}

/** `a@1 (…)`, `b@2 (…)`: said in what was tried. */
export function describePinned(read: readonly string[]): string {
  return `the tools of the pinned packages ${read.join(', ')}, read as the server's code`;
}
