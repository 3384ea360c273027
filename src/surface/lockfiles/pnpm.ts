// pnpm-lock.yaml: each workspace folder is an importer (`.` at the root) whose dependencies name the
// resolved version, with the peers it was installed with in parentheses (5.x: after `_`); the
// package's own entry (`name@version`, `/name@version`, `/name/version`) holds its integrity and
// peer dependencies, and in format 9 its dependencies sit under `snapshots`.

import { isRecord, namesOf, type LockedPackage, type LockQuery, type Records } from './types.ts';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

export function lockedInPnpm(document: unknown, query: LockQuery): LockedPackage | undefined {
  if (!isRecord(document)) return undefined;
  const importers = isRecord(document.importers) ? document.importers : undefined;
  // A lockfile of one project (formats 5 and 6 without workspaces) is its own importer.
  const importer = importers ? importers[query.from || '.'] : query.from ? undefined : document;
  if (!isRecord(importer)) return undefined;
  const raw = DEPENDENCY_FIELDS.map((field) => (isRecord(importer[field]) ? importer[field][query.name] : undefined)).find((v) => v !== undefined);
  const written = isRecord(raw) ? raw.version : raw;
  if (typeof written !== 'string' || /^(link|file|workspace):/.test(written)) return undefined;

  // `0.7.11(peer@1.0.0)` (formats 6 and 9), `0.7.11_peerhash` (5); an alias names the real package
  // first: `real@1.2.3` (9), `/real@1.2.3` (6), `/real/1.2.3` (5).
  let name = query.name;
  let resolved = written.replace(/^\//, '');
  if (!/^\d/.test(resolved)) {
    const alias = /^(@[^/]+\/[^/@]+|[^/@]+)[/@](\d.*)$/.exec(resolved);
    if (!alias) return undefined;
    [name, resolved] = [alias[1]!, alias[2]!];
  }
  const version = resolved.replace(/[(_].*$/, '');
  const packages = isRecord(document.packages) ? document.packages : {};
  const snapshots = isRecord(document.snapshots) ? document.snapshots : {};
  const entry = findEntry(packages, [`${name}@${version}`, `/${name}@${resolved}`, `/${name}@${version}`, `/${name}/${resolved}`, `/${name}/${version}`]);
  const snapshot = findEntry(snapshots, [`${name}@${resolved}`, `${name}@${version}`]);
  const integrity = isRecord(entry?.resolution) && typeof entry.resolution.integrity === 'string' ? entry.resolution.integrity : undefined;
  return {
    name,
    version,
    ...(integrity ? { integrity } : {}),
    ...(entry ? { dependsOn: namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies, snapshot?.dependencies, snapshot?.optionalDependencies) } : {}),
  };
}

function findEntry(records: Records, keys: string[]): Records | undefined {
  for (const key of keys) if (isRecord(records[key])) return records[key];
  return undefined;
}
