// package-lock.json and npm-shrinkwrap.json: `packages` keyed by install path (formats 2 and 3),
// or the nested `dependencies` tree of format 1.

import { isRecord, LockfileError, namesOf, splitIdent, type LockedPackage, type LockQuery, type Records } from './types.ts';

export function lockedInNpm(document: unknown, query: LockQuery, file: string): LockedPackage | undefined {
  if (!isRecord(document)) throw new LockfileError(`${file} is not an npm lockfile (expected a JSON object).`, { file });
  if (isRecord(document.packages)) return fromPackages(document.packages, query);
  if (isRecord(document.dependencies)) return fromTree(document.dependencies, query);
  return undefined;
}

/** Node's resolution, written down: `<from>/node_modules/<name>`, then each folder above, up to the lockfile's own. */
function fromPackages(packages: Records, query: LockQuery): LockedPackage | undefined {
  const segments = query.from ? query.from.split('/') : [];
  for (let i = segments.length; i >= 0; i--) {
    const base = segments.slice(0, i).join('/');
    const entry = packages[`${base ? `${base}/` : ''}node_modules/${query.name}`];
    if (!isRecord(entry)) continue;
    // A link is a workspace or a local folder, not a published version.
    if (entry.link === true || typeof entry.version !== 'string') return undefined;
    return {
      name: typeof entry.name === 'string' ? entry.name : query.name,
      version: entry.version,
      ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
      dependsOn: namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies),
    };
  }
  return undefined;
}

/** Format 1 (npm 5 and 6): only the root's dependencies are read; it records no peer dependencies. */
function fromTree(dependencies: Records, query: LockQuery): LockedPackage | undefined {
  const entry = dependencies[query.name];
  if (!isRecord(entry) || typeof entry.version !== 'string') return undefined;
  // An alias is written `npm:real@1.2.3`; a git or file dependency is no published version.
  const alias = entry.version.startsWith('npm:') ? splitIdent(entry.version.slice(4)) : undefined;
  if (!alias && !/^\d/.test(entry.version)) return undefined;
  return {
    name: alias?.name ?? query.name,
    version: alias?.version ?? entry.version,
    ...(typeof entry.integrity === 'string' ? { integrity: entry.integrity } : {}),
    dependsOn: namesOf(entry.requires),
    peersUnrecorded: true,
  };
}
