// pnpm-lock.yaml: each workspace folder is an importer (`.` at the root) whose dependencies name the
// resolved version, with the peers it was installed with in parentheses (5.x: after `_`); the
// package's own entry (`name@version`, `/name@version`, `/name/version`) holds its integrity and
// peer dependencies, and in format 9 its dependencies sit under `snapshots`. A workspace package is
// `link:<folder>` (relative to the importer), a tarball file `file:<path>` (relative to the lockfile).

import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import {
  isRecord,
  LockfileError,
  localPath,
  namesOf,
  type LockedPackage,
  type LockQuery,
  type Records,
} from './types.ts';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'devDependencies'] as const;

/** The lockfile as data, and the line of a dependency of an importer (from the document's own positions). */
export interface PnpmLock {
  document: unknown;
  lineOf(importer: string | undefined, field: string, name: string): number | undefined;
}

export function parsePnpmLock(text: string, file: string): PnpmLock {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const at = error.linePos?.[0];
    throw new LockfileError(
      `${file}${at ? `:${at.line}:${at.col}` : ''} is not valid YAML: ${error.message.split('\n')[0]}`,
      { file },
    );
  }
  return {
    document: doc.toJS({ maxAliasCount: -1 }) as unknown,
    lineOf(importer, field, name) {
      const map = doc.getIn(importer === undefined ? [field] : ['importers', importer, field], true);
      if (!isMap(map)) return undefined;
      const pair = map.items.find((p) => isScalar(p.key) && p.key.value === name);
      const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
      return offset === undefined ? undefined : lines.linePos(offset).line;
    },
  };
}

export function lockedInPnpm(lock: PnpmLock, query: LockQuery): LockedPackage | undefined {
  const { document } = lock;
  if (!isRecord(document)) return undefined;
  const importers = isRecord(document.importers) ? document.importers : undefined;
  // A lockfile of one project (formats 5 and 6 without workspaces) is its own importer.
  const importerKey = importers ? query.from || '.' : undefined;
  const importer = importers ? importers[importerKey!] : query.from ? undefined : document;
  if (!isRecord(importer)) return undefined;
  const field = DEPENDENCY_FIELDS.find((f) => isRecord(importer[f]) && importer[f][query.name] !== undefined);
  if (!field) return undefined;
  const raw = (importer[field] as Records)[query.name];
  const written = isRecord(raw) ? raw.version : raw;
  if (typeof written !== 'string') return undefined;
  const lineNumber = lock.lineOf(importerKey, field, query.name);
  const line = lineNumber ? { line: lineNumber } : {};

  if (written.startsWith('link:'))
    return {
      name: query.name,
      local: { kind: 'folder', path: path.resolve(query.root, query.from, written.slice(5)) },
      ...line,
    };
  const packages = isRecord(document.packages) ? document.packages : {};
  const snapshots = isRecord(document.snapshots) ? document.snapshots : {};
  if (written.startsWith('file:')) {
    // `file:vendor/x.tgz(peer@1.0.0)`: the entry is keyed by the path without the peers.
    const source = written.replace(/\(.*$/, '');
    const entry = findEntry(packages, [`${query.name}@${source}`, source]);
    return {
      name: query.name,
      ...(typeof entry?.version === 'string' ? { version: entry.version } : {}),
      local: localPath(source, query.root),
      ...integrityOf(entry),
      ...(entry ? { dependsOn: namesOf(entry.dependencies, entry.peerDependencies, entry.optionalDependencies) } : {}),
      ...line,
    };
  }

  // `0.7.11(peer@1.0.0)` (formats 6 and 9), `0.7.11_peerhash` (5); an alias names the real package
  // first: `real@1.2.3` (9), `/real@1.2.3` (6), `/real/1.2.3` (5).
  let name = query.name;
  let resolved = written.replace(/^\//, '');
  if (!/^\d/.test(resolved)) {
    const alias = /^(@[^/]+\/[^/@]+|[^/@]+)[/@](\d.*)$/.exec(resolved);
    // A git repository or a tarball URL.
    if (!alias) return { name: query.name, elsewhere: written, ...line };
    [name, resolved] = [alias[1]!, alias[2]!];
  }
  const version = resolved.replace(/[(_].*$/, '');
  const entry = findEntry(packages, [
    `${name}@${version}`,
    `/${name}@${resolved}`,
    `/${name}@${version}`,
    `/${name}/${resolved}`,
    `/${name}/${version}`,
  ]);
  const snapshot = findEntry(snapshots, [`${name}@${resolved}`, `${name}@${version}`]);
  return {
    name,
    version,
    ...integrityOf(entry),
    ...(entry
      ? {
          dependsOn: namesOf(
            entry.dependencies,
            entry.peerDependencies,
            entry.optionalDependencies,
            snapshot?.dependencies,
            snapshot?.optionalDependencies,
          ),
        }
      : {}),
    ...line,
  };
}

function integrityOf(entry: Records | undefined): { integrity?: string } {
  return isRecord(entry?.resolution) && typeof entry.resolution.integrity === 'string'
    ? { integrity: entry.resolution.integrity }
    : {};
}

function findEntry(records: Records, keys: string[]): Records | undefined {
  for (const key of keys) if (isRecord(records[key])) return records[key];
  return undefined;
}
