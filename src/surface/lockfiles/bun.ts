// bun.lock (text, JSON with trailing commas): `packages` maps a name (or `<parent>/<name>` where a
// workspace or package needs a version of its own) to `[ident, registry, info, integrity]`.

import { isRecord, namesOf, splitIdent, type LockedPackage, type LockQuery } from './types.ts';

export function lockedInBun(document: unknown, query: LockQuery): LockedPackage | undefined {
  if (!isRecord(document) || !isRecord(document.packages)) return undefined;
  const keys = [...(query.packageName ? [`${query.packageName}/${query.name}`] : []), query.name];
  const entry = keys.map((k) => (document.packages as Record<string, unknown>)[k]).find(Array.isArray) as unknown[] | undefined;
  if (!entry || typeof entry[0] !== 'string') return undefined;
  const ident = splitIdent(entry[0]);
  // `name@workspace:…`, `name@github:…`, `name@file:…`: no published version.
  if (!ident || !/^\d/.test(ident.version)) return undefined;
  const info = entry[2];
  const integrity = typeof entry[3] === 'string' && entry[3] ? entry[3] : undefined;
  return {
    name: ident.name,
    version: ident.version,
    ...(integrity ? { integrity } : {}),
    ...(isRecord(info) ? { dependsOn: namesOf(info.dependencies, info.peerDependencies, info.optionalDependencies) } : {}),
  };
}
