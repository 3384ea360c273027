// package-lock.json and npm-shrinkwrap.json: `packages` keyed by install path (formats 2 and 3),
// or the nested `dependencies` tree of format 1.

import {
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

export function lockedInNpm(
  document: unknown,
  query: LockQuery,
  file: string,
  text: string,
): LockedPackage | undefined {
  if (!isRecord(document))
    throw new LockfileError(`${file} is not an npm lockfile (expected a JSON object).`, { file });
  if (isRecord(document.packages)) return fromPackages(document.packages, query, text);
  if (isRecord(document.dependencies)) return fromTree(document.dependencies, query, text);
  return undefined;
}

/** The line of a key of `packages` (each key is written once, on a line of its own). */
const keyLine = (text: string, key: string): number | undefined =>
  lineWhere(text, (l) => l.trimStart().startsWith(`${JSON.stringify(key)}:`));

/** Node's resolution, written down: `<from>/node_modules/<name>`, then each folder above, up to the lockfile's own. */
function fromPackages(packages: Records, query: LockQuery, text: string): LockedPackage | undefined {
  const segments = query.from ? query.from.split('/') : [];
  for (let i = segments.length; i >= 0; i--) {
    const base = segments.slice(0, i).join('/');
    const key = `${base ? `${base}/` : ''}node_modules/${query.name}`;
    const entry = packages[key];
    if (!isRecord(entry)) continue;
    const line = keyLine(text, key);
    if (entry.link === true) {
      // A workspace or a local folder: the entry under its own path has its name and version.
      if (typeof entry.resolved !== 'string') return undefined;
      const target = isRecord(packages[entry.resolved]) ? (packages[entry.resolved] as Records) : {};
      return {
        name: typeof target.name === 'string' ? target.name : query.name,
        ...(typeof target.version === 'string' ? { version: target.version } : {}),
        local: { kind: 'folder', path: localPath(entry.resolved, query.root).path },
        dependsOn: namesOf(target.dependencies, target.peerDependencies, target.optionalDependencies),
        ...(line ? { line } : {}),
      };
    }
    if (typeof entry.version !== 'string') return undefined;
    const resolved = typeof entry.resolved === 'string' ? entry.resolved : '';
    return {
      name: typeof entry.name === 'string' ? entry.name : query.name,
      version: entry.version,
      ...(resolved.startsWith('file:') ? { local: localPath(resolved, query.root) } : {}),
      ...(/^git(\+|:)/.test(resolved) ? { elsewhere: resolved } : {}),
      ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
      dependsOn: namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies),
      ...(line ? { line } : {}),
    };
  }
  return undefined;
}

/** Format 1 (npm 5 and 6): only the root's dependencies are read; it records no peer dependencies. */
function fromTree(dependencies: Records, query: LockQuery, text: string): LockedPackage | undefined {
  const entry = dependencies[query.name];
  if (!isRecord(entry) || typeof entry.version !== 'string') return undefined;
  // An alias is written `npm:real@1.2.3`; a git or file dependency has its source as its version.
  const alias = entry.version.startsWith('npm:') ? splitIdent(entry.version.slice(4)) : undefined;
  // Nested entries are indented deeper: the root's own is the first at four spaces.
  const line = lineWhere(text, (l) => l.startsWith(`    ${JSON.stringify(query.name)}:`));
  const source =
    alias || /^\d/.test(entry.version)
      ? {}
      : entry.version.startsWith('file:')
        ? { local: localPath(entry.version, query.root) }
        : { elsewhere: entry.version };
  return {
    name: alias?.name ?? query.name,
    ...(alias || /^\d/.test(entry.version) ? { version: alias?.version ?? entry.version } : {}),
    ...source,
    ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
    dependsOn: namesOf(entry.requires),
    peersUnrecorded: true,
    ...(line ? { line } : {}),
  };
}
