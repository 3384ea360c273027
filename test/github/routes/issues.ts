// Issues and their comments (pull requests are issues too: one numbering, one comment thread).

import { notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import type { CommentRecord, IssueRecord } from '../repository.ts';

function association(request: DoubleRequest, login: string): string {
  const repo = request.repo!;
  if (login === repo.owner.login) return 'OWNER';
  return repo.collaborators.has(login) ? 'COLLABORATOR' : 'NONE';
}

export function commentBody(request: DoubleRequest, c: CommentRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  return {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${base}/issues/comments/${c.id}`,
    html_url: `https://github.com/${request.repo!.fullName}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${base}/issues/${c.issueNumber}`,
    body: c.body,
    user: user(request.double.url, c.user),
    author_association: association(request, c.user.login),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export function issueBody(request: DoubleRequest, i: IssueRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  const kind = i.pull ? 'pull' : 'issues';
  return {
    id: i.id,
    node_id: `I_${i.id}`,
    url: `${base}/issues/${i.number}`,
    repository_url: base,
    labels_url: `${base}/issues/${i.number}/labels{/name}`,
    comments_url: `${base}/issues/${i.number}/comments`,
    events_url: `${base}/issues/${i.number}/events`,
    html_url: `https://github.com/${request.repo!.fullName}/${kind}/${i.number}`,
    number: i.number,
    state: i.state,
    title: i.title,
    body: i.body,
    user: user(request.double.url, i.user),
    labels: [],
    assignee: null,
    milestone: null,
    locked: false,
    comments: request.repo!.comments.filter((c) => c.issueNumber === i.number).length,
    closed_at: null,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: association(request, i.user.login),
    ...(i.pull
      ? {
          pull_request: {
            url: `${base}/pulls/${i.number}`,
            html_url: `https://github.com/${request.repo!.fullName}/pull/${i.number}`,
            diff_url: null,
            patch_url: null,
          },
        }
      : {}),
  };
}

function findComment(request: DoubleRequest): CommentRecord {
  const comment = request.repo!.comments.find((c) => c.id === Number(request.params.comment_id));
  if (!comment) throw notFound();
  return comment;
}

export function issuesRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/issues/:issue_number', (request) => {
    const issue = request.repo!.issue(Number(request.params.issue_number));
    if (!issue) throw notFound();
    return ok(issueBody(request, issue));
  });

  router.on('POST', '/repos/:owner/:repo/issues', (request) => {
    requireWrite(request);
    if (typeof request.body.title !== 'string') throw validationFailed();
    const now = request.double.now();
    const issue: IssueRecord = {
      number: request.repo!.nextNumber(),
      id: request.double.newId(),
      title: request.body.title,
      body: request.body.body ?? null,
      user: request.double.user(request.actor.login ?? 'app'),
      state: 'open',
      createdAt: now,
      updatedAt: now,
    };
    request.repo!.issues.push(issue);
    return ok(issueBody(request, issue), 201);
  });

  router.on('GET', '/repos/:owner/:repo/issues/:issue_number/comments', (request) => {
    const number = Number(request.params.issue_number);
    if (!request.repo!.issue(number)) throw notFound();
    return paginate(
      request,
      request.repo!.comments.filter((c) => c.issueNumber === number).map((c) => commentBody(request, c)),
    );
  });

  router.on('POST', '/repos/:owner/:repo/issues/:issue_number/comments', (request) => {
    requireWrite(request);
    const number = Number(request.params.issue_number);
    if (!request.repo!.issue(number)) throw notFound();
    if (typeof request.body.body !== 'string' || request.body.body === '')
      throw validationFailed('Invalid request.\n\n"body" wasn\'t supplied.');
    const now = request.double.now();
    const comment: CommentRecord = {
      id: request.double.newId(),
      issueNumber: number,
      body: request.body.body,
      user: request.double.user(request.actor.login ?? 'app'),
      createdAt: now,
      updatedAt: now,
    };
    request.repo!.comments.push(comment);
    return ok(commentBody(request, comment), 201);
  });

  router.on('GET', '/repos/:owner/:repo/issues/comments/:comment_id', (request) =>
    ok(commentBody(request, findComment(request))),
  );

  router.on('PATCH', '/repos/:owner/:repo/issues/comments/:comment_id', (request) => {
    requireWrite(request);
    const comment = findComment(request);
    if (typeof request.body.body !== 'string') throw validationFailed();
    comment.body = request.body.body;
    comment.updatedAt = request.double.now();
    return ok(commentBody(request, comment));
  });
}
