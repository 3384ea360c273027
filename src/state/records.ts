// The records the Action and the App keep about releases and pull requests on the state branch:
// registry.json (every release of every tracked package, linked to its snapshot and report) and
// pulls/<n>.json (the latest check of a pull request). Pure transaction functions, safe to re-run.

import type { Report } from '../compat/report.ts';
import type { Snapshot } from '../surface/types.ts';
import { statePaths, type StateStore, type StateTransaction } from './types.ts';

export const REGISTRY_SCHEMA_VERSION = 1;

export interface ReleaseEntry {
  tag: string;
  commit: string;
  /** State paths of what the Action stored for this release, or null when it has not (yet). */
  snapshot: string | null;
  report: string | null;
  verdict: Report['verdict'] | null;
  required: Report['required'] | null;
  /** Where the verdict was posted (a commit comment or a release), once it was. */
  posted?: { kind: 'commit-comment' | 'release'; id: number; url: string };
  recordedAt: string;
  recordedBy: string;
  /** When the App ran its release steps (rollback point, migrations) for this release: once only. */
  handledAt?: string;
}

export interface Registry {
  schemaVersion: typeof REGISTRY_SCHEMA_VERSION;
  packages: Record<string, { releases: Record<string, ReleaseEntry> }>;
}

export function emptyRegistry(): Registry {
  return { schemaVersion: REGISTRY_SCHEMA_VERSION, packages: {} };
}

export async function readRegistry(tx: Pick<StateTransaction, 'readJson'> | StateStore): Promise<Registry> {
  return (await tx.readJson<Registry>(statePaths.registry())) ?? emptyRegistry();
}

/** The stored report whose `to` is this version (from the previous release), if the Action stored one. */
export async function findReportTo(
  tx: Pick<StateTransaction, 'list'>,
  pkg: string,
  version: string,
): Promise<string | null> {
  const paths = (await tx.list(`reports/${pkg}/`)).filter((p) => p.endsWith(`..${version}.json`));
  return paths.sort().at(-1) ?? null;
}

/**
 * Record a release in registry.json, linking the snapshot and report that exist for it. Keeps what
 * an earlier record of the same release said (where its verdict was posted), so a redelivered event
 * or a second replica changes nothing.
 */
export async function recordRelease(
  tx: StateTransaction,
  release: { package: string; version: string; tag: string; commit: string; at: string; by: string },
): Promise<ReleaseEntry> {
  const registry = await readRegistry(tx);
  const snapshotPath = statePaths.snapshot(release.package, release.version);
  const snapshot = (await tx.read(snapshotPath)) === null ? null : snapshotPath;
  const reportPath = await findReportTo(tx, release.package, release.version);
  const report = reportPath ? await tx.readJson<Report>(reportPath) : null;
  const releases = (registry.packages[release.package] ??= { releases: {} }).releases;
  const previous = releases[release.version];
  const entry: ReleaseEntry = {
    tag: release.tag,
    commit: release.commit,
    snapshot,
    report: reportPath,
    verdict: report?.verdict ?? null,
    required: report?.required ?? null,
    ...(previous?.posted ? { posted: previous.posted } : {}),
    ...(previous?.handledAt ? { handledAt: previous.handledAt } : {}),
    recordedAt:
      previous && previous.commit === release.commit && previous.snapshot === snapshot && previous.report === reportPath
        ? previous.recordedAt
        : release.at,
    recordedBy: previous && previous.commit === release.commit ? previous.recordedBy : release.by,
  };
  releases[release.version] = entry;
  tx.writeJson(statePaths.registry(), registry);
  return entry;
}

/** Mark the release as handled by the App; false when it already was (a redelivery, another replica). */
export async function markReleaseHandled(
  tx: StateTransaction,
  pkg: string,
  version: string,
  at: string,
): Promise<boolean> {
  const registry = await readRegistry(tx);
  const entry = registry.packages[pkg]?.releases[version];
  if (!entry || entry.handledAt) return false;
  entry.handledAt = at;
  tx.writeJson(statePaths.registry(), registry);
  return true;
}

export async function markVerdictPosted(
  tx: StateTransaction,
  pkg: string,
  version: string,
  posted: NonNullable<ReleaseEntry['posted']>,
): Promise<void> {
  const registry = await readRegistry(tx);
  const entry = registry.packages[pkg]?.releases[version];
  if (!entry) return;
  entry.posted = posted;
  tx.writeJson(statePaths.registry(), registry);
}

/** What the Action stores on a tag push: the release's snapshot and the report against the previous release. */
export function storeReleaseCheck(
  tx: StateTransaction,
  pkg: string,
  snapshot: Snapshot,
  report: Report,
): { snapshot: string; report: string | null } {
  const version = report.to.version ?? snapshot.package?.version;
  if (!version) throw new Error('storeReleaseCheck: the report names no version to store the snapshot under');
  const snapshotPath = statePaths.snapshot(pkg, version);
  tx.writeJson(snapshotPath, snapshot);
  const from = report.from?.version;
  const reportPath = from ? statePaths.report(pkg, from, version) : null;
  if (reportPath) tx.writeJson(reportPath, report);
  return { snapshot: snapshotPath, report: reportPath };
}

export interface PullRequestCheck {
  number: number;
  /** The head commit that was checked. */
  head: string;
  checkedAt: string;
  reports: Array<{ package: string; report: Report }>;
}

export function storePullRequestCheck(tx: StateTransaction, check: PullRequestCheck): void {
  tx.writeJson(statePaths.pullRequest(check.number), check);
}

export function readPullRequestCheck(
  store: Pick<StateStore, 'readJson'>,
  number: number,
): Promise<PullRequestCheck | null> {
  return store.readJson<PullRequestCheck>(statePaths.pullRequest(number));
}
