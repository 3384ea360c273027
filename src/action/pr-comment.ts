// The Action's pull request feedback: one sticky comment (found by a hidden marker, updated only
// when its text changed, never duplicated) and, optionally, one review whose inline comments sit on
// the breaking declarations and are replaced, not accumulated, on the next push.

import type { ReviewComment } from '../compat/review-comments.ts';
import type { OctokitLike } from '../state/github-store.ts';

/** The marker that identifies mcpver's sticky comment among the pull request's comments. */
export const STICKY_MARKER = '<!-- mcpver:pull-request-check -->';
/** The marker of mcpver's review and of each of its inline comments. */
export const REVIEW_MARKER = '<!-- mcpver:review -->';
/** The API's largest page (per_page), so long threads take few requests. */
const PER_PAGE = 100;
/** GitHub's limit on a comment body. */
export const COMMENT_BODY_LIMIT = 65_536;

interface Target {
  owner: string;
  repo: string;
}

async function* pages<T>(octokit: OctokitLike, route: string, params: Record<string, unknown>): AsyncGenerator<T[]> {
  for (let page = 1; ; page++) {
    const { data } = await octokit.request(route, { ...params, per_page: PER_PAGE, page });
    yield data as T[];
    if ((data as T[]).length < PER_PAGE) return;
  }
}

function withMarker(body: string, marker: string): string {
  const text = body.includes(marker) ? body : `${marker}\n${body}`;
  return text.length <= COMMENT_BODY_LIMIT
    ? text
    : `${text.slice(0, COMMENT_BODY_LIMIT - 80)}\n\n… (cut at GitHub's 65,536-character limit)`;
}

/**
 * Create or update the one sticky comment. `author` (the token's login, e.g. `github-actions[bot]`)
 * keeps a person's comment that quotes the marker from being edited.
 */
export async function upsertStickyComment(
  octokit: OctokitLike,
  target: Target & { issueNumber: number; body: string; author?: string },
): Promise<{ action: 'created' | 'updated' | 'unchanged'; id: number }> {
  const body = withMarker(target.body, STICKY_MARKER);
  for await (const comments of pages<{ id: number; body?: string; user?: { login: string } }>(
    octokit,
    'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
    },
  )) {
    const found = comments.find(
      (c) => c.body?.includes(STICKY_MARKER) && (!target.author || c.user?.login === target.author),
    );
    if (!found) continue;
    // Unchanged text: no edit, so no notification and no spent mutation quota.
    if (found.body === body) return { action: 'unchanged', id: found.id };
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: found.id,
      body,
    });
    return { action: 'updated', id: found.id };
  }
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    body,
  });
  return { action: 'created', id: data.id as number };
}

/**
 * Replace mcpver's inline review comments (built by `reviewComments` in compat/review-comments.ts,
 * for MCP and TypeScript changes alike): delete the ones left by the previous push (found by the
 * marker), then post one review with the new ones. A line outside the diff makes GitHub refuse the
 * whole review (422), so then the comments go into the review's body instead.
 */
export async function replaceReview(
  octokit: OctokitLike,
  target: Target & {
    pullNumber: number;
    commitId: string;
    summary: string;
    comments: readonly ReviewComment[];
    author?: string;
  },
): Promise<{ deleted: number; posted: 'inline' | 'body' | 'none' }> {
  const stale: number[] = [];
  for await (const comments of pages<{ id: number; body: string; user?: { login: string } }>(
    octokit,
    'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
    {
      owner: target.owner,
      repo: target.repo,
      pull_number: target.pullNumber,
    },
  )) {
    stale.push(
      ...comments
        .filter((c) => c.body.includes(REVIEW_MARKER) && (!target.author || c.user?.login === target.author))
        .map((c) => c.id),
    );
  }
  for (const id of stale)
    await octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      owner: target.owner,
      repo: target.repo,
      comment_id: id,
    });
  if (target.comments.length === 0) return { deleted: stale.length, posted: 'none' };
  const review = {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pullNumber,
    commit_id: target.commitId,
    event: 'COMMENT',
  };
  try {
    await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...review,
      body: withMarker(target.summary, REVIEW_MARKER),
      comments: target.comments.map((c) => ({
        path: c.path,
        line: c.line,
        side: c.side,
        body: `${REVIEW_MARKER}\n${c.body}`,
      })),
    });
    return { deleted: stale.length, posted: 'inline' };
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    // Each comment under its place: bodies hold witnesses (code blocks), which a list item would break.
    const listed = target.comments
      .map((c) => `#### \`${c.path}:${c.line}\`${c.side === 'LEFT' ? ' (previous version)' : ''}\n\n${c.body}`)
      .join('\n\n');
    await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...review,
      body: withMarker(`${target.summary}\n\n${listed}`, REVIEW_MARKER),
    });
    return { deleted: stale.length, posted: 'body' };
  }
}
