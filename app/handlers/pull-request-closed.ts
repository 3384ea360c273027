// `pull_request.closed` for mcpver's own pull requests. A merged migration closes its record on the
// provider's state branch and gets a rollback point at its base commit in the dependent; an unmerged
// one is recorded as closed. A closed rollback pull request releases its point for retention.

import { ConfigError, defaultConfig, type Config } from '../../src/config.ts';
import { readMigrationMarker, readRollbackMarker } from '../../src/github/markers.ts';
import { closeMigrationRecord } from '../../src/migrate/record.ts';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { createRollbackPoint } from '../../src/rollback/points.ts';
import { closeRestore } from '../../src/rollback/restore.ts';
import type { OctokitLike } from '../../src/state/github-store.ts';
import type { StateStore } from '../../src/state/types.ts';
import type { Logger, RepoName } from './release-migrations.ts';

export interface PullRequestClosedDeps {
  octokit: OctokitLike;
  repo: RepoName;
  payload: any;
  log: Logger;
  /** The state branch of the repository the pull request is in. */
  store: StateStore;
  /** The state branch of another repository of the installation (the provider of a migration). */
  storeFor: (repo: RepoName) => StateStore;
  /** The repository's configuration (its rollback retention), or the error reading it gave: then the defaults. */
  config: Config | ConfigError;
  now?: () => Date;
}

export type PullRequestClosedOutcome =
  | { kind: 'ignored' }
  | { kind: 'migration'; status: 'merged' | 'closed'; rollbackPoint: string | null }
  | { kind: 'rollback'; point: string; status: 'merged' | 'closed' };

/**
 * The default branch as it was just before the merge: the first parent of the merge commit (for a
 * merge, a squash, and a rebase of mcpver's single-commit branches alike). `base.sha` is only a
 * fallback: it is the base the pull request was last compared with, which may be older.
 */
async function baseBeforeMerge(deps: PullRequestClosedDeps, pull: any): Promise<string> {
  if (!pull.merge_commit_sha) return pull.base.sha;
  try {
    const { data } = await deps.octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
      ...deps.repo,
      commit_sha: pull.merge_commit_sha,
    });
    return (data.parents as Array<{ sha: string }>)[0]?.sha ?? pull.base.sha;
  } catch (error) {
    deps.log.warn(
      `merge commit ${pull.merge_commit_sha} of #${pull.number} is not readable (${(error as Error).message}); using base.sha`,
    );
    return pull.base.sha;
  }
}

export async function onPullRequestClosed(deps: PullRequestClosedDeps): Promise<PullRequestClosedOutcome> {
  const pull = deps.payload.pull_request;
  // Only mcpver's own pull requests carry the markers, and only the App opens them: a person who
  // pastes a marker into their pull request does not get a rollback point or a record out of it.
  if (!pull || pull.user?.type !== 'Bot') return { kind: 'ignored' };
  const merged = pull.merged === true;
  const status = merged ? 'merged' : 'closed';
  const actor = deps.payload.sender?.login ?? 'unknown';
  const now = deps.now?.() ?? new Date();
  const migration = readMigrationMarker(pull.body);
  if (migration?.provider) {
    let rollbackPoint: string | null = null;
    if (merged) {
      const ctx = {
        repo: new GitHubRollbackRepository(deps.octokit, deps.repo),
        store: deps.store,
        actor,
        now: deps.now,
      };
      const { record } = await createRollbackPoint(ctx, {
        package: null,
        version: null,
        commit: await baseBeforeMerge(deps, pull),
        reason: 'migration-merged',
        note: `before ${deps.repo.owner}/${deps.repo.repo}#${pull.number} (${migration.package} ${migration.version}) was merged`,
        retention: (deps.config instanceof ConfigError ? defaultConfig() : deps.config).rollback,
      });
      rollbackPoint = record.id;
    }
    const [owner, repo] = migration.provider.split('/') as [string, string];
    await closeMigrationRecord(
      deps.storeFor({ owner, repo }),
      {
        package: migration.package,
        provider: migration.provider,
        repo: `${deps.repo.owner}/${deps.repo.repo}`,
        version: migration.version,
        pullRequest: pull.number,
        status,
        rollbackPoint,
        note: merged ? `merged by ${actor}` : `closed without merging by ${actor}`,
      },
      now,
      actor,
    );
    deps.log.info(
      `migration ${migration.package} ${migration.version} in ${deps.repo.owner}/${deps.repo.repo}#${pull.number} ${status}`,
    );
    return { kind: 'migration', status, rollbackPoint };
  }
  const rollback = readRollbackMarker(pull.body);
  if (rollback) {
    await closeRestore({ store: deps.store, actor }, rollback.point, status);
    return { kind: 'rollback', point: rollback.point, status };
  }
  return { kind: 'ignored' };
}
