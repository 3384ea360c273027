// Repository metadata, collaborator permission (the only trusted source of a commenter's role),
// and commit comments.

import { notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { repository, user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import type { CommitCommentRecord, RepositoryState } from '../repository.ts';

export function repositoryBody(request: DoubleRequest, repo: RepositoryState) {
  return repository(request.double.url, {
    id: repo.id,
    owner: repo.owner,
    name: repo.name,
    private: repo.isPrivate,
    defaultBranch: repo.defaultBranch,
  });
}

/** The legacy `permission` field folds maintain into write and triage into read, as GitHub does. */
const LEGACY_PERMISSION = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' } as const;

function commitCommentBody(request: DoubleRequest, c: CommitCommentRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  return {
    url: `${base}/comments/${c.id}`,
    html_url: `https://github.com/${request.repo!.fullName}/commit/${c.commitId}#commitcomment-${c.id}`,
    id: c.id,
    node_id: `CC_${c.id}`,
    user: user(request.double.url, c.user),
    body: c.body,
    path: c.path,
    position: null,
    line: c.line,
    commit_id: c.commitId,
    author_association: 'NONE',
    created_at: c.createdAt,
    updated_at: c.updatedAt,
  };
}

export function reposRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo', (request) => ok(repositoryBody(request, request.repo!)));

  router.on('GET', '/repos/:owner/:repo/collaborators/:username/permission', (request) => {
    const repo = request.repo!;
    const login = request.params.username!;
    const known = request.double.users.get(login);
    if (!known) throw notFound();
    // On a public repository everyone has implicit read access.
    const role = repo.collaborators.get(login) ?? (repo.isPrivate ? null : 'read');
    if (!role) throw notFound();
    const push = role === 'admin' || role === 'maintain' || role === 'write';
    return ok({
      permission: LEGACY_PERMISSION[role],
      role_name: role,
      user: {
        ...user(request.double.url, known),
        permissions: {
          admin: role === 'admin',
          maintain: role === 'admin' || role === 'maintain',
          push,
          triage: push || role === 'triage',
          pull: true,
        },
        role_name: role,
      },
    });
  });

  router.on('GET', '/repos/:owner/:repo/commits/:commit_sha/comments', (request) =>
    paginate(
      request,
      request
        .repo!.commitComments.filter((c) => c.commitId === request.params.commit_sha)
        .map((c) => commitCommentBody(request, c)),
    ),
  );

  router.on('POST', '/repos/:owner/:repo/commits/:commit_sha/comments', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    const sha = request.params.commit_sha!;
    if ((await repo.git.objectType(sha)) !== 'commit') throw validationFailed('No commit found for SHA: ' + sha);
    if (typeof request.body.body !== 'string' || request.body.body === '')
      throw validationFailed('Invalid request.\n\n"body" wasn\'t supplied.');
    const now = request.double.now();
    const record: CommitCommentRecord = {
      id: request.double.newId(),
      commitId: sha,
      body: request.body.body,
      path: request.body.path ?? null,
      line: request.body.line ?? null,
      user: request.double.user(request.actor.login ?? 'app'),
      createdAt: now,
      updatedAt: now,
    };
    repo.commitComments.push(record);
    return ok(commitCommentBody(request, record), 201);
  });

  router.on('PATCH', '/repos/:owner/:repo/comments/:comment_id', (request) => {
    requireWrite(request);
    const record = request.repo!.commitComments.find((c) => c.id === Number(request.params.comment_id));
    if (!record) throw notFound();
    record.body = request.body.body;
    record.updatedAt = request.double.now();
    return ok(commitCommentBody(request, record));
  });
}
