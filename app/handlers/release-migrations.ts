// What the App does for rollbacks and migrations when a provider releases: a rollback point at the
// release commit, and — for a breaking release — a migration pull request in every dependent
// repository the installation can see. Also used by `/mcpver migrate <version>`.

import { DEFAULT_AI_BASE_URL } from '../../src/config.ts';
import { askForAdvice } from '../../src/ai/advice.ts';
import type { Report } from '../../src/compat/report.ts';
import { MIGRATION_ADVICE_SYSTEM, migrationAdvicePrompt } from '../../src/migrate/advice.ts';
import type { MigrationPlan } from '../../src/migrate/types.ts';
import type { Config } from '../../src/config.ts';
import { migrateRepository, type MigrationOutcome } from '../../src/migrate/github-migration.ts';
import { failureOf, PER_PAGE } from '../../src/github/api.ts';
import { reportChain } from '../../src/migrate/cumulative.ts';
import { MigrationError } from '../../src/migrate/plan.ts';
import { migrationBranch, saveMigrationRecord, type MigrationStatus } from '../../src/migrate/record.ts';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { createRollbackPoint } from '../../src/rollback/points.ts';
import { pruneRollbackPoints } from '../../src/rollback/retention.ts';
import type { RollbackRecord } from '../../src/rollback/types.ts';
import type { OctokitLike } from '../../src/state/github-store.ts';
import type { StateStore } from '../../src/state/types.ts';

export interface RepoName {
  owner: string;
  repo: string;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface MigrationDeps {
  octokit: OctokitLike;
  /** The provider repository. */
  repo: RepoName;
  /** The provider's state branch. */
  store: StateStore;
  config: Config;
  log: Logger;
  /** Who asked (a login, or the App for a release). */
  actor: string;
  now?: () => Date;
  /** The AI key, read by the App's wiring (never from the environment here); without it there is no advice. */
  aiApiKey?: string | null;
  /**
   * The endpoint the key is sent to, from the App's own environment: never from a repository's
   * config, which could otherwise point the App's key at a server of its choosing.
   */
  aiBaseUrl?: string;
}

export interface DependentResult {
  repo: string;
  outcome: MigrationOutcome | { kind: 'failed'; reason: string };
}

/** Advice through the configured OpenAI-compatible endpoint, only when AI is enabled and a key is given. */
function adviser(deps: MigrationDeps): ((plan: MigrationPlan, report: Report) => Promise<string | null>) | undefined {
  const ai = deps.config.ai;
  if (!ai.enabled || !deps.aiApiKey) return undefined;
  return (plan, report) =>
    askForAdvice({
      baseUrl: deps.aiBaseUrl ?? DEFAULT_AI_BASE_URL,
      apiKey: deps.aiApiKey,
      model: ai.model,
      timeoutMs: ai.timeoutSeconds * 1000,
      system: MIGRATION_ADVICE_SYSTEM,
      prompt: migrationAdvicePrompt(plan, report),
      onError: (message) => deps.log.warn(`migration advice for ${plan.dependent}: ${message}`),
    });
}

/** The report of a release stored on the state branch (`reports/<pkg>/<from>..<version>.json`), or null. */
export async function findReleaseReport(
  store: StateStore,
  version: string,
  packageName?: string,
): Promise<{ report: Report; path: string } | null> {
  const candidates = (await store.list('reports/')).filter(
    (p) => p.endsWith(`..${version}.json`) && (!packageName || p.startsWith(`reports/${packageName}/`)),
  );
  const path = candidates.sort().at(-1);
  if (!path) return null;
  const report = await store.readJson<Report>(path);
  return report ? { report, path } : null;
}

/** The repositories the installation can see, plus configured targets, without the provider itself. */
export async function dependentRepositories(
  octokit: OctokitLike,
  provider: RepoName,
  config: Config,
): Promise<string[]> {
  const names = new Set<string>(config.migrate.targets);
  for (let page = 1; ; page++) {
    const { data } = await octokit.request('GET /installation/repositories', { per_page: PER_PAGE, page });
    for (const repository of data.repositories as Array<{ full_name: string }>) names.add(repository.full_name);
    if ((data.repositories as unknown[]).length < PER_PAGE) break;
  }
  names.delete(`${provider.owner}/${provider.repo}`);
  return [...names].sort();
}

const STATUS_OF: Partial<Record<MigrationOutcome['kind'], MigrationStatus>> = {
  opened: 'open',
  updated: 'open',
  unchanged: 'open',
  held: 'held',
  'human-commits': 'open',
  blocked: 'blocked',
};

/** Open or update the migration pull requests of one release in every dependent, recording each. */
export async function migrateDependents(
  deps: MigrationDeps,
  found: { report: Report; path: string },
  options: { dryRun?: boolean; releasePoint?: string | null } = {},
): Promise<DependentResult[]> {
  const provider = `${deps.repo.owner}/${deps.repo.repo}`;
  const { report } = found;
  if (!report.package || !report.to.version) {
    throw new MigrationError(
      `${found.path} names no package or no target version: mcpver cannot tell dependents what to migrate to.`,
    );
  }
  const chain = (await reportChain(deps.store, report.package!, report.to.version!)).map((c) => c.report);
  const results: DependentResult[] = [];
  for (const name of await dependentRepositories(deps.octokit, deps.repo, deps.config)) {
    const [owner, repo] = name.split('/') as [string, string];
    try {
      const outcome = await migrateRepository({
        octokit: deps.octokit,
        dependent: { owner, repo },
        report,
        chain,
        provider,
        label: deps.config.migrate.label,
        advise: adviser(deps),
        reportPath: found.path,
        // The dependent's maintainers may not read the provider's state branch: a link is one click.
        reportUrl: `https://github.com/${provider}/blob/${deps.config.state.branch.split('/').map(encodeURIComponent).join('/')}/${found.path.split('/').map(encodeURIComponent).join('/')}`,
        dryRun: options.dryRun,
      });
      results.push({ repo: name, outcome });
      const status = STATUS_OF[outcome.kind];
      if (status && !options.dryRun) {
        await saveMigrationRecord(
          deps.store,
          {
            package: report.package!,
            provider,
            repo: name,
            branch: migrationBranch(report.package!),
            from: report.from?.version ?? null,
            version: report.to.version!,
            pullRequest: 'pullRequest' in outcome ? outcome.pullRequest : null,
            status,
            releasePoint: options.releasePoint ?? null,
            note:
              outcome.kind === 'blocked'
                ? outcome.reason
                : outcome.kind === 'held'
                  ? 'closed by a person; not re-opened for this version'
                  : '',
          },
          deps.now?.() ?? new Date(),
          deps.actor,
        );
      }
    } catch (error) {
      // One dependent failing (no access, a 5xx that outlived the retries) must not stop the others.
      const { status, message } = failureOf(error);
      deps.log.warn(`migration of ${name} failed: ${status ?? ''} ${message}`);
      results.push({ repo: name, outcome: { kind: 'failed', reason: message } });
    }
  }
  return results;
}

/**
 * Called once a release is recorded (the App's release handler): a rollback point at the release
 * commit when `rollback.on-release` is set, then migrations when the release breaks its contract.
 */
export async function onReleaseRecorded(
  deps: MigrationDeps,
  release: { packageName: string; version: string; commit: string; tag: string },
): Promise<{ point: RollbackRecord | null; pruned: string[]; migrations: DependentResult[] }> {
  let point: RollbackRecord | null = null;
  let pruned: string[] = [];
  if (deps.config.rollback.onRelease) {
    const ctx = {
      repo: new GitHubRollbackRepository(deps.octokit, deps.repo),
      store: deps.store,
      actor: deps.actor,
      now: deps.now,
    };
    point = (
      await createRollbackPoint(ctx, {
        package: release.packageName,
        version: release.version,
        commit: release.commit,
        reason: 'release',
        note: `release ${release.tag}`,
        retention: deps.config.rollback,
      })
    ).record;
    // Each new point is the moment to apply retention, so points never pile up unattended.
    pruned = (await pruneRollbackPoints(ctx, deps.config.rollback)).pruned.map((p) => p.id);
  }
  const found = await findReleaseReport(deps.store, release.version, release.packageName);
  if (!found || found.report.summary.major === 0) return { point, pruned, migrations: [] };
  return { point, pruned, migrations: await migrateDependents(deps, found, { releasePoint: point?.id ?? null }) };
}
