// Reactions on issue comments. Creating a reaction that the same user already made answers 200 with
// the existing one instead of 201: the App relies on this for idempotent command handling.

import { notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import type { ReactionRecord } from '../repository.ts';

const CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'];

function reactionBody(request: DoubleRequest, r: ReactionRecord) {
  return {
    id: r.id,
    node_id: `REA_${r.id}`,
    user: user(request.double.url, r.user),
    content: r.content,
    created_at: r.createdAt,
  };
}

export function reactionsRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/issues/comments/:comment_id/reactions', (request) => {
    const subject = `issue-comment:${request.params.comment_id}`;
    if (!request.repo!.comments.some((c) => c.id === Number(request.params.comment_id))) throw notFound();
    const content = request.query.get('content');
    return paginate(
      request,
      request
        .repo!.reactions.filter((r) => r.subject === subject && (!content || r.content === content))
        .map((r) => reactionBody(request, r)),
    );
  });

  router.on('POST', '/repos/:owner/:repo/issues/comments/:comment_id/reactions', (request) => {
    requireWrite(request);
    if (!request.repo!.comments.some((c) => c.id === Number(request.params.comment_id))) throw notFound();
    const content = request.body.content;
    if (!CONTENTS.includes(content))
      throw validationFailed('Validation Failed', [{ resource: 'Reaction', field: 'content', code: 'invalid' }]);
    const subject = `issue-comment:${request.params.comment_id}`;
    const login = request.actor.login ?? 'app';
    const existing = request.repo!.reactions.find(
      (r) => r.subject === subject && r.content === content && r.user.login === login,
    );
    if (existing) return ok(reactionBody(request, existing), 200);
    const record: ReactionRecord = {
      id: request.double.newId(),
      subject,
      content,
      user: request.double.user(login),
      createdAt: request.double.now(),
    };
    request.repo!.reactions.push(record);
    return ok(reactionBody(request, record), 201);
  });
}
