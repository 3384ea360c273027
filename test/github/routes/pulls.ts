// Pull requests: list (with the `head=owner:branch` filter, which GitHub silently ignores when it is
// not in that form), create (422 when one is already open for the head), update, and reviews with
// inline comments.

import { HttpError, notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import { repositoryBody } from './repos.ts';
import type { IssueRecord, ReviewCommentRecord, ReviewRecord } from '../repository.ts';

async function end(request: DoubleRequest, owner: string, branch: string) {
  const repo = request.repo!;
  const sha = (await repo.git.resolveRef(`refs/heads/${branch}`)) ?? '0'.repeat(40);
  return {
    label: `${owner}:${branch}`,
    ref: branch,
    sha,
    user: user(request.double.url, request.double.user(owner)),
    repo: repositoryBody(request, repo),
  };
}

export async function pullBody(request: DoubleRequest, issue: IssueRecord, full: boolean) {
  const pull = issue.pull!;
  const repo = request.repo!;
  const base = `${request.double.url}/repos/${repo.fullName}`;
  const html = `https://github.com/${repo.fullName}/pull/${issue.number}`;
  const links = {
    self: { href: `${base}/pulls/${issue.number}` },
    html: { href: html },
    issue: { href: `${base}/issues/${issue.number}` },
    comments: { href: `${base}/issues/${issue.number}/comments` },
    review_comments: { href: `${base}/pulls/${issue.number}/comments` },
    review_comment: { href: `${base}/pulls/comments{/number}` },
    commits: { href: `${base}/pulls/${issue.number}/commits` },
    statuses: { href: `${base}/statuses/${pull.head}` },
  };
  const simple = {
    url: `${base}/pulls/${issue.number}`,
    id: issue.id,
    node_id: `PR_${issue.id}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${base}/issues/${issue.number}`,
    commits_url: `${base}/pulls/${issue.number}/commits`,
    review_comments_url: `${base}/pulls/${issue.number}/comments`,
    review_comment_url: `${base}/pulls/comments{/number}`,
    comments_url: `${base}/issues/${issue.number}/comments`,
    statuses_url: `${base}/statuses/${pull.head}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: user(request.double.url, issue.user),
    body: issue.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.state === 'closed' ? issue.updatedAt : null,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: await end(request, pull.headOwner, pull.head),
    base: await end(request, repo.owner.login, pull.base),
    _links: links,
    author_association: repo.owner.login === issue.user.login ? 'OWNER' : 'NONE',
    auto_merge: null,
    draft: pull.draft,
  };
  if (!full) return simple;
  return {
    ...simple,
    merged: pull.merged,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: repo.comments.filter((c) => c.issueNumber === issue.number).length,
    review_comments: repo.reviewComments.filter((c) => c.pullNumber === issue.number).length,
    maintainer_can_modify: false,
    commits: 1,
    additions: 0,
    deletions: 0,
    changed_files: 0,
  };
}

function findPull(request: DoubleRequest): IssueRecord {
  const issue = request.repo!.issue(Number(request.params.pull_number));
  if (!issue?.pull) throw notFound();
  return issue;
}

function reviewBody(request: DoubleRequest, r: ReviewRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  const html = `https://github.com/${request.repo!.fullName}/pull/${r.pullNumber}#pullrequestreview-${r.id}`;
  return {
    id: r.id,
    node_id: `PRR_${r.id}`,
    user: user(request.double.url, r.user),
    body: r.body,
    state: r.event === 'APPROVE' ? 'APPROVED' : r.event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : 'COMMENTED',
    html_url: html,
    pull_request_url: `${base}/pulls/${r.pullNumber}`,
    _links: { html: { href: html }, pull_request: { href: `${base}/pulls/${r.pullNumber}` } },
    commit_id: r.commitId,
    author_association: 'NONE',
  };
}

function reviewCommentBody(request: DoubleRequest, c: ReviewCommentRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  const html = `https://github.com/${request.repo!.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`;
  return {
    url: `${base}/pulls/comments/${c.id}`,
    id: c.id,
    node_id: `PRRC_${c.id}`,
    pull_request_review_id: c.reviewId,
    diff_hunk: '',
    path: c.path,
    position: 1,
    original_position: 1,
    commit_id: c.commitId,
    original_commit_id: c.commitId,
    user: user(request.double.url, c.user),
    body: c.body,
    created_at: c.createdAt,
    updated_at: c.createdAt,
    html_url: html,
    pull_request_url: `${base}/pulls/${c.pullNumber}`,
    author_association: 'NONE',
    _links: {
      self: { href: `${base}/pulls/comments/${c.id}` },
      html: { href: html },
      pull_request: { href: `${base}/pulls/${c.pullNumber}` },
    },
    line: c.line,
    side: c.side,
  };
}

export function pullsRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/pulls', async (request) => {
    const state = request.query.get('state') ?? 'open';
    const head = request.query.get('head');
    const baseBranch = request.query.get('base');
    // `head` must be `owner:branch`; GitHub ignores any other form (github/docs#16647).
    const headFilter = head && head.includes(':') ? head.split(':') : null;
    const pulls = request.repo!.issues.filter(
      (i) =>
        i.pull &&
        (state === 'all' || i.state === state) &&
        (!headFilter || (i.pull.headOwner === headFilter[0] && i.pull.head === headFilter[1])) &&
        (!baseBranch || i.pull.base === baseBranch),
    );
    const response = paginate(
      request,
      pulls.sort((a, b) => b.number - a.number),
    );
    response.body = await Promise.all((response.body as IssueRecord[]).map((i) => pullBody(request, i, false)));
    return response;
  });

  router.on('GET', '/repos/:owner/:repo/pulls/:pull_number', async (request) =>
    ok(await pullBody(request, findPull(request), true)),
  );

  router.on('POST', '/repos/:owner/:repo/pulls', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    const { title, head, base, body = null, draft = false } = request.body;
    if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string') throw validationFailed();
    const [headOwner, headBranch] = head.includes(':') ? head.split(':') : [repo.owner.login, head];
    if (!(await repo.git.resolveRef(`refs/heads/${headBranch}`))) {
      throw validationFailed('Validation Failed', [{ resource: 'PullRequest', field: 'head', code: 'invalid' }]);
    }
    if (!(await repo.git.resolveRef(`refs/heads/${base}`))) {
      throw validationFailed('Validation Failed', [{ resource: 'PullRequest', field: 'base', code: 'invalid' }]);
    }
    if (repo.issues.some((i) => i.pull && i.state === 'open' && i.pull.head === headBranch && i.pull.base === base)) {
      throw validationFailed('Validation Failed', [
        {
          resource: 'PullRequest',
          code: 'custom',
          message: `A pull request already exists for ${headOwner}:${headBranch}.`,
        },
      ]);
    }
    const now = request.double.now();
    const issue: IssueRecord = {
      number: repo.nextNumber(),
      id: request.double.newId(),
      title,
      body,
      user: request.double.user(request.actor.login ?? 'app'),
      state: 'open',
      createdAt: now,
      updatedAt: now,
      pull: {
        head: headBranch!,
        headOwner: headOwner!,
        base,
        draft,
        merged: false,
        mergedAt: null,
        mergeCommitSha: null,
      },
    };
    repo.issues.push(issue);
    return ok(await pullBody(request, issue, true), 201);
  });

  router.on('PATCH', '/repos/:owner/:repo/pulls/:pull_number', async (request) => {
    requireWrite(request);
    const issue = findPull(request);
    const { title, body, state, base } = request.body;
    if (title !== undefined) issue.title = title;
    if (body !== undefined) issue.body = body;
    if (state === 'open' || state === 'closed') issue.state = state;
    if (base !== undefined) issue.pull!.base = base;
    issue.updatedAt = request.double.now();
    return ok(await pullBody(request, issue, true));
  });

  router.on('GET', '/repos/:owner/:repo/pulls/:pull_number/reviews', (request) => {
    const issue = findPull(request);
    return paginate(
      request,
      request.repo!.reviews.filter((r) => r.pullNumber === issue.number).map((r) => reviewBody(request, r)),
    );
  });

  router.on('POST', '/repos/:owner/:repo/pulls/:pull_number/reviews', async (request) => {
    requireWrite(request);
    const issue = findPull(request);
    const repo = request.repo!;
    const commitId = request.body.commit_id ?? (await repo.git.resolveRef(`refs/heads/${issue.pull!.head}`));
    const review: ReviewRecord = {
      id: request.double.newId(),
      pullNumber: issue.number,
      body: request.body.body ?? '',
      event: request.body.event ?? 'COMMENT',
      commitId,
      user: request.double.user(request.actor.login ?? 'app'),
    };
    for (const c of request.body.comments ?? []) {
      if (typeof c.path !== 'string' || typeof c.body !== 'string') throw validationFailed();
      // GitHub refuses a comment on a line the pull request's diff does not touch; the double checks the file exists.
      if (!(await repo.git.fileAt(commitId, c.path)))
        throw new HttpError(422, 'Unprocessable Entity', { errors: ['Path could not be resolved'] });
    }
    repo.reviews.push(review);
    for (const c of request.body.comments ?? []) {
      repo.reviewComments.push({
        id: request.double.newId(),
        reviewId: review.id,
        pullNumber: issue.number,
        path: c.path,
        line: c.line ?? null,
        side: c.side ?? 'RIGHT',
        body: c.body,
        commitId,
        user: review.user,
        createdAt: request.double.now(),
      });
    }
    return ok(reviewBody(request, review));
  });

  router.on('GET', '/repos/:owner/:repo/pulls/:pull_number/comments', (request) => {
    const issue = findPull(request);
    return paginate(
      request,
      request
        .repo!.reviewComments.filter((c) => c.pullNumber === issue.number)
        .map((c) => reviewCommentBody(request, c)),
    );
  });

  router.on('DELETE', '/repos/:owner/:repo/pulls/comments/:comment_id', (request) => {
    requireWrite(request);
    const list = request.repo!.reviewComments;
    const index = list.findIndex((c) => c.id === Number(request.params.comment_id));
    if (index < 0) throw notFound();
    list.splice(index, 1);
    return { status: 204 };
  });
}
