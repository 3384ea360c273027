// Merging a pull request (`PUT …/pulls/{n}/merge`) with a merge commit, as the merge button does:
// parents are the base head and the pull request's head, the tree is the head's when the base is
// an ancestor of it (the only case mcpver's own branches produce); otherwise 405 "not mergeable".

import { HttpError, notFound, ok, requireWrite } from '../http.ts';
import type { Router } from '../router.ts';

export function mergeRoutes(router: Router): void {
  router.on('PUT', '/repos/:owner/:repo/pulls/:pull_number/merge', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    const issue = repo.issue(Number(request.params.pull_number));
    if (!issue?.pull) throw notFound();
    if (issue.state !== 'open') throw new HttpError(405, 'Pull Request is not mergeable');
    const base = await repo.git.resolveRef(`refs/heads/${issue.pull.base}`);
    const head = await repo.git.resolveRef(`refs/heads/${issue.pull.head}`);
    if (!base || !head || !(await repo.git.isAncestor(base, head)))
      throw new HttpError(405, 'Pull Request is not mergeable');
    const tree = (await repo.git.readCommit(head)).tree;
    const who = {
      name: request.actor.login ?? 'app',
      email: `${request.actor.login ?? 'app'}@users.noreply.github.com`,
      date: request.double.now(),
    };
    const message =
      request.body.commit_title ??
      `Merge pull request #${issue.number} from ${issue.pull.headOwner}/${issue.pull.head}`;
    const merge = await repo.git.commitTree(tree, [base, head], message, who, who);
    if (!(await repo.git.updateRef(`refs/heads/${issue.pull.base}`, merge, base)))
      throw new HttpError(409, 'Base branch was modified. Review and try the merge again.');
    const now = request.double.now();
    Object.assign(issue.pull, { merged: true, mergedAt: now, mergeCommitSha: merge });
    issue.state = 'closed';
    issue.updatedAt = now;
    return ok({ sha: merge, merged: true, message: 'Pull Request successfully merged' });
  });
}
