// What a check leaves on GitHub beyond the step itself. On a release tag it stores the snapshot
// and the report on the state branch. On a pull request it stores the check and keeps one sticky
// comment, plus an optional review, that says what bump the change needs. None of this may fail
// the check: a token that cannot write gets a notice, and any other failure gets a warning.

import { readFile } from 'node:fs/promises';
import type { CheckOptions, CheckResult } from '../check.ts';
import { reviewComments } from '../compat/review-comments.ts';
import type { Config } from '../config.ts';
import { COMMENT_LIMITS, renderReportMarkdown } from '../render/markdown.ts';
import type { OctokitLike } from '../state/github-store.ts';
import { pullRequestDiffLines } from './diff-lines.ts';
import { replaceReview, upsertStickyComment } from './pr-comment.ts';
import {
  readStoredSnapshot,
  stateStoreFor,
  storePullRequestInState,
  storeReleaseInState,
  type StateWriteContext,
} from './state-writes.ts';

export interface PublishOptions {
  result: CheckResult;
  config: Config;
  token: string | undefined;
  env: Record<string, string | undefined>;
  notice: (message: string) => void;
  warning: (message: string) => void;
}

interface PullRequestEvent {
  number: number;
  head: string;
}

/** The pull request of a `pull_request` event, from the payload the runner writes to GITHUB_EVENT_PATH. */
async function pullRequestOf(env: Record<string, string | undefined>): Promise<PullRequestEvent | null> {
  if (!env.GITHUB_EVENT_PATH) return null;
  const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as {
    pull_request?: { number?: number; head?: { sha?: string } };
  };
  const pr = payload.pull_request;
  if (typeof pr?.number !== 'number' || typeof pr.head?.sha !== 'string') return null;
  return { number: pr.number, head: pr.head.sha };
}

/** Run one publication step; a failure becomes a warning that names the step, and the check stands. */
async function attempt(what: string, options: PublishOptions, step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    options.warning(`mcpver could not ${what}: ${(error as Error).message}. The check itself is complete.`);
  }
}

export async function publishCheck(options: PublishOptions): Promise<void> {
  const { env, result, config } = options;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  // Outside a runner, or with the token input emptied, there is nowhere to publish: the step's own outputs are the result.
  if (!options.token || !owner || !repo) return;
  // Octokit is loaded only where there is something to publish.
  const github = await import('@actions/github');
  const octokit: OctokitLike = github.getOctokit(options.token, {
    baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
  });
  const actor = env.GITHUB_ACTOR || 'github-actions[bot]';
  const context: StateWriteContext = {
    octokit,
    owner,
    repo,
    branch: config.state.branch,
    actor,
    notice: options.notice,
  };
  const report = result.report;
  const packageId = result.package.id ?? report.package ?? result.package.path;

  const tag = env.GITHUB_REF?.startsWith('refs/tags/') ? env.GITHUB_REF.slice('refs/tags/'.length) : null;
  if (tag && report.to.ref === tag && env.GITHUB_SHA) {
    await attempt(`store the release on the state branch ${config.state.branch}`, options, () =>
      storeReleaseInState(context, { package: packageId, tag, commit: env.GITHUB_SHA!, snapshot: result.new, report }),
    );
    return;
  }

  if (env.GITHUB_EVENT_NAME !== 'pull_request' && env.GITHUB_EVENT_NAME !== 'pull_request_target') return;
  const pr = await pullRequestOf(env).catch(() => null);
  if (!pr) {
    options.notice('The pull_request event payload has no pull request number and head: no comment posted.');
    return;
  }
  await attempt(`store the check of #${pr.number} on the state branch ${config.state.branch}`, options, () =>
    storePullRequestInState(context, {
      number: pr.number,
      head: pr.head,
      checkedAt: new Date().toISOString(),
      reports: [{ package: packageId, report }],
    }),
  );
  const body = renderReportMarkdown(report, COMMENT_LIMITS).markdown;
  await attempt(`comment on #${pr.number}`, options, () =>
    upsertStickyComment(octokit, { owner, repo, issueNumber: pr.number, body }),
  );
  if (config.comments.reviewComments) {
    await attempt(`review #${pr.number}`, options, async () => {
      // Comments on lines the diff does not show would make GitHub refuse the review: they stay in
      // the sticky comment. Without the file list, all are tried and the review falls back to its body.
      const diffLines = await pullRequestDiffLines(octokit, { owner, repo, pullNumber: pr.number }).catch(
        () => undefined,
      );
      return replaceReview(octokit, {
        owner,
        repo,
        pullNumber: pr.number,
        commitId: pr.head,
        summary: `mcpver: ${report.summary.major} breaking change${report.summary.major === 1 ? '' : 's'}`,
        comments: reviewComments(report.changes, {
          packagePath: result.package.path,
          ...(diffLines ? { diffLines } : {}),
        }),
      });
    });
  }
}

/**
 * On a runner with a token, the check reads the previous release's snapshot from the state branch
 * instead of rebuilding it from its tag. Without a token or repository, there is nothing to read.
 */
export function storedSnapshotLoader(
  token: string | undefined,
  env: Record<string, string | undefined>,
): CheckOptions['loadStoredSnapshot'] {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token || !owner || !repo) return undefined;
  return async ({ branch, packageId, version }) => {
    const github = await import('@actions/github');
    const octokit: OctokitLike = github.getOctokit(token, { baseUrl: env.GITHUB_API_URL || 'https://api.github.com' });
    const store = stateStoreFor({ octokit, owner, repo, branch, actor: env.GITHUB_ACTOR || 'github-actions[bot]' });
    return readStoredSnapshot(store, packageId, version);
  };
}
