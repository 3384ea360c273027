// Migration records (`migrations/<id>.json` on the provider's state branch): one per package and
// dependent repository, following its pull request from opened to merged or closed.

import { slug } from '../rollback/metadata.ts';
import { statePaths, type StateStore } from '../state/types.ts';

export type MigrationStatus = 'open' | 'merged' | 'closed' | 'skipped' | 'blocked' | 'held';

export interface MigrationRecord {
  id: string;
  package: string;
  /** The provider repository `owner/name`. */
  provider: string;
  /** The dependent repository `owner/name`. */
  repo: string;
  branch: string;
  from: string | null;
  version: string;
  pullRequest: number | null;
  status: MigrationStatus;
  /** The rollback point in the dependent made when the pull request was merged. */
  rollbackPoint: string | null;
  /**
   * The provider's rollback point of the release being migrated to: kept by retention while the
   * migration is open, so the provider can still roll back the release its dependents are moving to.
   */
  releasePoint: string | null;
  updated: string;
  note: string;
}

/** The deterministic branch of a package's migration pull request in every dependent. */
export function migrationBranch(packageName: string): string {
  return `mcpver/migrate/${slug(packageName)}`;
}

export function migrationId(packageName: string, dependent: string): string {
  return `${slug(packageName)}--${slug(dependent.replace('/', '-'))}`;
}

/** Records are flat: sorting the top-level keys makes two equal records print the same. */
function canonical(record: object): string {
  return JSON.stringify(record, Object.keys(record).sort());
}

/** Write (or update) a record; fields not given keep their stored values. */
export async function saveMigrationRecord(
  store: StateStore,
  record: Omit<MigrationRecord, 'id' | 'updated' | 'rollbackPoint' | 'releasePoint'> & {
    rollbackPoint?: string | null;
    releasePoint?: string | null;
  },
  now: Date,
  actor: string,
): Promise<MigrationRecord> {
  const id = migrationId(record.package, record.repo);
  const { result } = await store.transact(
    `migrate: ${record.package} ${record.version} in ${record.repo} ${record.status}`,
    async (tx) => {
      const current = await tx.readJson<MigrationRecord>(statePaths.migration(id));
      const next: MigrationRecord = {
        ...current,
        ...record,
        id,
        rollbackPoint: record.rollbackPoint ?? current?.rollbackPoint ?? null,
        releasePoint: record.releasePoint ?? current?.releasePoint ?? null,
        updated: current?.updated ?? now.toISOString(),
      };
      // Only a real change gets a new timestamp and a commit: a redelivered webhook writes nothing.
      if (current && canonical({ ...current, updated: '' }) === canonical({ ...next, updated: '' })) return current;
      next.updated = now.toISOString();
      tx.writeJson(statePaths.migration(id), next);
      return next;
    },
    { actor, operation: 'migrate' },
  );
  return result;
}

/**
 * Close a record when its pull request was merged or closed; a record that was never written (the
 * state branch was reset) is recreated from what the pull request says.
 */
export async function closeMigrationRecord(
  store: StateStore,
  input: {
    package: string;
    provider: string;
    repo: string;
    version: string;
    pullRequest: number;
    status: 'merged' | 'closed';
    rollbackPoint: string | null;
    note: string;
  },
  now: Date,
  actor: string,
): Promise<MigrationRecord> {
  const current = await store.readJson<MigrationRecord>(statePaths.migration(migrationId(input.package, input.repo)));
  return saveMigrationRecord(
    store,
    {
      package: input.package,
      provider: input.provider,
      repo: input.repo,
      branch: current?.branch ?? migrationBranch(input.package),
      from: current?.from ?? null,
      version: input.version,
      pullRequest: input.pullRequest,
      status: input.status,
      rollbackPoint: input.rollbackPoint,
      note: input.note,
    },
    now,
    actor,
  );
}
