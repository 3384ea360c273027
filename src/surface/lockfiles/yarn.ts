// yarn.lock, both flavours (yarn 1's own syntax and yarn 2+'s YAML, read alike by @yarnpkg/parsers):
// entries are keyed by the descriptors that resolved to them (`name@^1.2.0`, `name@npm:^1.2.0`), so
// the range package.json gives finds the entry; without one, a single locked version of the name.

import { parseSyml } from '@yarnpkg/parsers';
import { isRecord, LockfileError, namesOf, splitIdent, type LockedPackage, type LockQuery, type Records } from './types.ts';

export function parseYarnLock(text: string, file: string): Records {
  try {
    return parseSyml(text) as Records;
  } catch (error) {
    throw new LockfileError(`${file} could not be read as a yarn lockfile: ${(error as Error).message.split('\n')[0]}`, { file, cause: error });
  }
}

export function lockedInYarn(document: Records, query: LockQuery, file: string): LockedPackage | undefined {
  const wanted = query.range === undefined ? [] : [`${query.name}@${query.range}`, `${query.name}@npm:${query.range}`];
  const matching: [string, Records][] = [];
  for (const [key, entry] of Object.entries(document)) {
    if (key === '__metadata' || !isRecord(entry)) continue;
    const descriptors = key.split(/,\s*/).map((d) => d.trim().replace(/^"|"$/g, ''));
    if (descriptors.some((d) => wanted.includes(d))) return locked(query.name, descriptors, entry);
    if (descriptors.some((d) => d.startsWith(`${query.name}@`))) matching.push([key, entry]);
  }
  const versions = new Set(matching.map(([, e]) => e.version));
  if (versions.size > 1) {
    throw new LockfileError(`${file} locks ${versions.size} versions of ${query.name} and none under the range package.json gives (${query.range ?? 'none'}).`, { file });
  }
  const only = matching[0];
  return only ? locked(query.name, only[0].split(/,\s*/), only[1]) : undefined;
}

function locked(name: string, descriptors: string[], entry: Records): LockedPackage | undefined {
  if (typeof entry.version !== 'string') return undefined;
  // yarn 2+ writes what it resolved to (`real@npm:1.2.3`); a workspace or a link is no published version.
  const resolution = typeof entry.resolution === 'string' ? entry.resolution : undefined;
  if (resolution && !/@npm:/.test(resolution)) return undefined;
  const realName = resolution ? resolution.slice(0, resolution.indexOf('@npm:')) : aliasTarget(descriptors[0] ?? '') ?? name;
  const berry = resolution !== undefined;
  return {
    name: realName,
    version: entry.version,
    // yarn 2+'s checksum is its own archive's, not the npm tarball's.
    ...(!berry && typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
    dependsOn: namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies),
    // yarn 1 records no peer dependencies (a toolkit often takes the MCP SDK as a peer).
    ...(berry ? {} : { peersUnrecorded: true as const }),
  };
}

/** `x@npm:real@^1` (a yarn 1 alias) → `real`. */
function aliasTarget(descriptor: string): string | undefined {
  const at = descriptor.indexOf('@npm:', 1);
  return at > 0 ? splitIdent(descriptor.slice(at + 5))?.name : undefined;
}
