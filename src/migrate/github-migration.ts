// Opening or updating the migration pull request of one dependent repository on GitHub: read its
// files at the default branch, plan, commit the edits on `mcpver/migrate/<package>`, and open the
// pull request — never a duplicate, never over people's commits, never re-opened after a person
// closed it for the same version, never a force-push.

import type { Report } from '../compat/report.ts';
import { GITHUB_BODY_LIMIT, renderMigrationBody } from '../render/migration-body.ts';
import type { OctokitLike } from '../state/github-store.ts';
import { isCodeFile } from './code-files.ts';
import { failureOf, GitHubApi, MCPVER_TRAILER, PER_PAGE, type RepoRef } from '../github/api.ts';
import { readMigrationMarker } from '../github/markers.ts';
import { planMigration } from './plan.ts';
import { migrationBranch } from './record.ts';
import { findReferences, isReferenceFile } from './references.ts';
import { lowestPinned, reportSince } from './cumulative.ts';
import { DependentParseError, type DependentFiles, type MigrationPlan } from './types.ts';

/** Reading more code files than this over the API would cost more requests than a migration is worth. */
export const MAX_CODE_FILES = 500;

export type MigrationOutcome =
  | {
      kind: 'opened' | 'updated' | 'unchanged';
      pullRequest: number;
      url: string | null;
      plan: MigrationPlan;
      body: string;
    }
  /** Not a dependent, or a file does not parse: `plan.skipped` says why. */
  | { kind: 'skipped'; plan: MigrationPlan }
  /** A dry run: what would change, and the body the pull request would have. */
  | { kind: 'planned'; plan: MigrationPlan; body: string; files: string[] }
  /** The plan has no edit to commit (for example a `watch:` entry only, or ranges that already admit the version). */
  | { kind: 'nothing-to-change'; plan: MigrationPlan; body: string }
  /** A person closed the pull request for this version: it stays closed. */
  | { kind: 'held'; pullRequest: number; plan: MigrationPlan }
  /** The branch has commits by people: mcpver commented the new plan instead of touching it. */
  | { kind: 'human-commits'; pullRequest: number | null; plan: MigrationPlan }
  /** GitHub refused the push (branch protection, rulesets). */
  | { kind: 'blocked'; reason: string; plan: MigrationPlan };

export interface MigrateRepositoryInput {
  octokit: OctokitLike;
  dependent: RepoRef;
  /** The report of the release to migrate to. */
  report: Report;
  /**
   * The reports of the releases leading to it, oldest first (ending with `report`): a dependent that
   * pins an older version gets all their changes as one plan.
   */
  chain?: readonly Report[];
  /** The provider repository `owner/name`. */
  provider: string;
  label: string;
  /**
   * An optional advice paragraph for the body. It must never block the pull request: the adviser
   * bounds its own time (askForAdvice does), and a failure here only means no advice.
   */
  advise?: (plan: MigrationPlan, report: Report) => Promise<string | null>;
  reportPath?: string;
  /** A link to the full report on the provider's state branch. */
  reportUrl?: string;
  /** Plan and render only: no branch, commit or pull request. */
  dryRun?: boolean;
}

/** The dependent's files mcpver reads: every reference file, and code files only when it is a dependent. */
async function readDependent(
  api: GitHubApi,
  tree: string,
  packageName: string,
): Promise<{ files: Map<string, string>; note: string | null }> {
  const all = await api.treeFiles(tree);
  const files = new Map<string, string>();
  for (const [file, sha] of all) if (isReferenceFile(file)) files.set(file, await api.blobText(sha));
  if (![...files.values()].some((text) => text.includes(packageName))) return { files, note: null };
  const code = [...all.keys()].filter(isCodeFile).sort();
  for (const file of code.slice(0, MAX_CODE_FILES)) files.set(file, await api.blobText(all.get(file)!));
  const note =
    code.length > MAX_CODE_FILES
      ? `Only the first ${MAX_CODE_FILES} of ${code.length} code files were read for renames.`
      : null;
  return { files, note };
}

function isRefused(error: unknown): string | null {
  const { status, message } = failureOf(error);
  if (status === 403 || (status === 422 && /protected|rule|violat/i.test(message))) return message.replace(/\.$/, '');
  return null;
}

/** The cumulative report since the version the dependent pins (the plan skips unparseable files itself). */
function reportFor(input: MigrateRepositoryInput, files: DependentFiles, packageName: string): Report {
  if (!input.chain || input.chain.length === 0) return input.report;
  try {
    return reportSince(input.chain, lowestPinned(findReferences(files, packageName, input.provider)));
  } catch (error) {
    if (error instanceof DependentParseError) return input.report;
    throw error;
  }
}

/**
 * Tell the people on an open migration pull request why it did not move, once: the same words are
 * not posted again by a retry or a redelivered webhook.
 */
async function commentOnOpenPull(api: GitHubApi, branch: string, body: string): Promise<number | null> {
  const open = (await api.pullsFrom(branch, 'open'))[0];
  if (!open) return null;
  const comments: Array<{ body?: string }> = await api.call(
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    { issue_number: open.number, per_page: PER_PAGE },
  );
  if (!comments.some((c) => c.body === body))
    await api.call('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { issue_number: open.number, body });
  return open.number as number;
}

export async function migrateRepository(input: MigrateRepositoryInput): Promise<MigrationOutcome> {
  const api = new GitHubApi(input.octokit, input.dependent);
  const packageName = input.report.package!;
  const version = input.report.to.version!;
  const base = await api.defaultBranch();
  const head = (await api.refSha(`heads/${base}`))?.sha;
  if (!head) throw new Error(`${api.fullName} has no branch ${base}.`);
  const headCommit = await api.commit(head);
  const { files, note } = await readDependent(api, headCommit.tree, packageName);
  const report = reportFor(input, files, packageName);
  const { plan, edits } = planMigration({
    report,
    dependent: api.fullName,
    files: files as DependentFiles,
    rollbackCommand: '/mcpver rollback',
    provider: input.provider,
  });
  if (note) plan.notes.push(note);
  if (plan.skipped) return { kind: 'skipped', plan };
  const advice =
    input.advise && !input.dryRun && edits.length > 0 ? await input.advise(plan, report).catch(() => null) : null;
  const body = renderMigrationBody({
    plan,
    report,
    advice,
    reportPath: input.reportPath,
    reportUrl: input.reportUrl,
    provider: input.provider,
    dryRun: input.dryRun,
  });
  if (input.dryRun) return { kind: 'planned', plan, body, files: edits.map((e) => e.file) };
  if (edits.length === 0) return { kind: 'nothing-to-change', plan, body };

  const branch = migrationBranch(packageName);
  const closedByPerson = (await api.pullsFrom(branch, 'closed')).find((p) => {
    const marker = readMigrationMarker(p.body ?? null);
    return marker?.package === packageName && marker.version === version && !p.merged_at;
  });
  if (closedByPerson) return { kind: 'held', pullRequest: closedByPerson.number, plan };

  const existing = await api.refSha(`heads/${branch}`);
  const tree = await api.createTree(
    headCommit.tree,
    edits.map((e) => ({ path: e.file, content: e.after })),
  );
  const message = `Migrate ${packageName} to ${version}\n\n${plan.steps.map((s) => `- ${s.description}`).join('\n')}\n\n${MCPVER_TRAILER}\n`;
  let outcomeCommit: 'new' | 'same' = 'new';
  try {
    if (!existing) {
      await api.putBranch(branch, await api.createCommit(message, tree, [head]), false);
    } else {
      const tip = await api.commit(existing.sha);
      if (!tip.message.includes(MCPVER_TRAILER)) {
        const text = `mcpver did not update this branch: it has commits that mcpver did not make. The plan for ${packageName} ${version} is below; apply it by hand or delete the branch to let mcpver redo it.\n\n${body}`;
        const open = await commentOnOpenPull(api, branch, text.slice(0, GITHUB_BODY_LIMIT));
        return { kind: 'human-commits', pullRequest: open, plan };
      }
      if (tip.tree === tree && tip.parents.includes(head)) outcomeCommit = 'same';
      // Forward only (see rollback restores): the old tip and the new default-branch head as parents.
      else await api.putBranch(branch, await api.createCommit(message, tree, [tip.sha, head]), true);
    }
  } catch (error) {
    const refused = isRefused(error);
    if (refused) {
      const reason = `GitHub refused to push ${branch} to ${api.fullName}: ${refused}. Allow the App to push mcpver/* branches (branch protection or rulesets).`;
      await commentOnOpenPull(
        api,
        branch,
        `mcpver could not update this pull request to ${packageName} ${version}. ${reason}`,
      );
      return { kind: 'blocked', reason, plan };
    }
    throw error;
  }
  const pull = await api.openOrUpdatePullRequest({
    head: branch,
    base,
    title: `Migrate ${packageName} to ${version}`,
    body,
    isOurs: (text) => readMigrationMarker(text)?.package === packageName,
    labels: [input.label],
  });
  const kind = pull.created ? 'opened' : pull.changed || outcomeCommit === 'new' ? 'updated' : 'unchanged';
  return { kind, pullRequest: pull.number, url: pull.url, plan, body };
}
