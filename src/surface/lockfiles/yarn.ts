// yarn.lock, both flavours (yarn 1's own syntax and yarn 2+'s YAML, read alike by @yarnpkg/parsers):
// entries are keyed by the descriptors that resolved to them (`name@^1.2.0`, `name@npm:^1.2.0`), so
// the range package.json gives finds the entry; without one, a single locked version of the name.

import path from 'node:path';
import { parseSyml } from '@yarnpkg/parsers';
import {
  ELSEWHERE,
  isRecord,
  lineWhere,
  LockfileError,
  localPath,
  namesOf,
  splitIdent,
  type LockedPackage,
  type LockQuery,
  type Records,
} from './types.ts';

export function parseYarnLock(text: string, file: string): Records {
  try {
    return parseSyml(text) as Records;
  } catch (error) {
    throw new LockfileError(
      `${file} could not be read as a yarn lockfile: ${(error as Error).message.split('\n')[0]}`,
      { file, cause: error },
    );
  }
}

export function lockedInYarn(
  document: Records,
  query: LockQuery,
  file: string,
  text: string,
): LockedPackage | undefined {
  const wanted = query.range === undefined ? [] : [`${query.name}@${query.range}`, `${query.name}@npm:${query.range}`];
  const matching: [string, Records][] = [];
  for (const [key, entry] of Object.entries(document)) {
    if (key === '__metadata' || !isRecord(entry)) continue;
    const descriptors = key.split(/,\s*/).map((d) => d.trim().replace(/^"|"$/g, ''));
    if (descriptors.some((d) => wanted.includes(d))) return locked(query, descriptors, entry, text);
    if (descriptors.some((d) => d.startsWith(`${query.name}@`))) matching.push([key, entry]);
  }
  const versions = new Set(matching.map(([, e]) => e.version));
  if (versions.size > 1) {
    throw new LockfileError(
      `${file} locks ${versions.size} versions of ${query.name} and none under the range package.json gives (${query.range ?? 'none'}).`,
      { file },
    );
  }
  const only = matching[0];
  return only ? locked(query, only[0].split(/,\s*/), only[1], text) : undefined;
}

function locked(query: LockQuery, descriptors: string[], entry: Records, text: string): LockedPackage | undefined {
  const first = descriptors[0] ?? query.name;
  // An entry's key starts its line, unindented (quoted when it holds spaces or colons).
  const lineNumber = lineWhere(text, (l) => !/^\s/.test(l) && l.includes(first));
  const line = lineNumber ? { line: lineNumber } : {};
  // yarn 2+ writes what it resolved to (`real@npm:1.2.3`, `x@workspace:packages/x`, `x@file:…`).
  const resolution = typeof entry.resolution === 'string' ? entry.resolution : undefined;
  const dependsOn = namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies);
  const version = typeof entry.version === 'string' ? entry.version : undefined;
  if (resolution) {
    const protocol = /^((?:@[^/@]+\/)?[^/@]+)@([a-z]+):(.*)$/.exec(resolution);
    if (!protocol) return undefined;
    const [, realName, kind, rest] = protocol as unknown as [string, string, string, string];
    if (kind === 'workspace' || kind === 'link' || kind === 'portal') {
      return {
        name: realName,
        local: { kind: 'folder', path: path.resolve(query.root, decodeURIComponent(rest.replace(/::.*$/, ''))) },
        dependsOn,
        ...line,
      };
    }
    if (kind === 'file') {
      // `file:vendor/x.tgz#vendor/x.tgz::hash=…&locator=server%40workspace%3A.`: relative to the workspace that asked for it.
      const locator = /locator=([^&]+)/.exec(rest)?.[1];
      const workspace = locator ? (/@workspace:(.*)$/.exec(decodeURIComponent(locator))?.[1] ?? '.') : '.';
      return {
        name: realName,
        ...(version ? { version } : {}),
        local: localPath(rest.replace(/#.*$/, '').replace(/::.*$/, ''), path.resolve(query.root, workspace)),
        dependsOn,
        ...line,
      };
    }
    // `patch:` wraps a published version: its files are that version's, patched.
    if (kind !== 'npm' && kind !== 'patch')
      return { name: realName, ...(version ? { version } : {}), elsewhere: resolution, dependsOn, ...line };
    if (!version) return undefined;
    // yarn 2+'s checksum is its own archive's, not the npm tarball's.
    return { name: realName, version, dependsOn, ...line };
  }
  if (!version) return undefined;
  const range = first.slice(first.indexOf('@', 1) + 1);
  const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
  const source = range.startsWith('file:')
    ? { local: localPath(resolved.startsWith('file:') ? resolved : range, query.root), ...sha1Integrity(resolved) }
    : ELSEWHERE.test(range)
      ? { elsewhere: range }
      : typeof entry.integrity === 'string'
        ? { integrity: entry.integrity }
        : {};
  return {
    name: aliasTarget(first) ?? query.name,
    version,
    ...source,
    dependsOn,
    // yarn 1 records no peer dependencies (a toolkit often takes the MCP SDK as a peer).
    peersUnrecorded: true,
    ...line,
  };
}

/** yarn 1 writes a file tarball's SHA-1 after `#` in hex: the same digest as npm's `sha1-…`. */
function sha1Integrity(resolved: string): { integrity?: string } {
  const hex = /#([0-9a-f]{40})$/.exec(resolved)?.[1];
  return hex ? { integrity: `sha1-${Buffer.from(hex, 'hex').toString('base64')}` } : {};
}

/** `x@npm:real@^1` (a yarn 1 alias) → `real`. */
function aliasTarget(descriptor: string): string | undefined {
  const at = descriptor.indexOf('@npm:', 1);
  return at > 0 ? splitIdent(descriptor.slice(at + 5))?.name : undefined;
}
