// bun.lock (text, JSON with trailing commas): `packages` maps a name (or `<parent>/<name>` where a
// workspace or package needs a version of its own) to `[ident, registry, info, integrity]` for a
// published version, `[ident, info]` for a tarball file or a workspace (`name@workspace:packages/x`),
// and `[ident, info, commit]` for a git repository.

import { isRecord, lineWhere, localPath, namesOf, splitIdent, type LockedPackage, type LockQuery } from './types.ts';

export function lockedInBun(document: unknown, query: LockQuery, text: string): LockedPackage | undefined {
  if (!isRecord(document) || !isRecord(document.packages)) return undefined;
  const keys = [...(query.packageName ? [`${query.packageName}/${query.name}`] : []), query.name];
  const key = keys.find((k) => Array.isArray((document.packages as Record<string, unknown>)[k]));
  if (key === undefined) return undefined;
  const entry = (document.packages as Record<string, unknown[]>)[key]!;
  if (typeof entry[0] !== 'string') return undefined;
  const ident = splitIdent(entry[0]);
  if (!ident) return undefined;
  const lineNumber = lineWhere(text, (l) => l.trimStart().startsWith(`${JSON.stringify(key)}: [`));
  const line = lineNumber ? { line: lineNumber } : {};
  const info = entry.find(isRecord);
  const dependsOn = info
    ? { dependsOn: namesOf(info.dependencies, info.peerDependencies, info.optionalDependencies) }
    : {};
  if (/^\d/.test(ident.version)) {
    const integrity = typeof entry[3] === 'string' && entry[3] ? entry[3] : undefined;
    return { name: ident.name, version: ident.version, ...(integrity ? { integrity } : {}), ...dependsOn, ...line };
  }
  const written = ident.version;
  if (written.startsWith('workspace:'))
    return {
      name: ident.name,
      local: { kind: 'folder', path: localPath(written.slice('workspace:'.length), query.root).path },
      ...dependsOn,
      ...line,
    };
  // A tarball file or a folder is written as its path (`vendor/x.tgz`, `file:../x`); anything else is a git repository or a URL.
  if (/^(file:|link:|\.{0,2}\/)/.test(written) || (/\.(tgz|tar\.gz|tar)$/.test(written) && !/^[a-z]+:/.test(written))) {
    return { name: ident.name, local: localPath(written, query.root), ...dependsOn, ...line };
  }
  return { name: ident.name, elsewhere: written, ...dependsOn, ...line };
}
