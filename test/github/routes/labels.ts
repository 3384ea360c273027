// Labels on issues and pull requests (add and list), for migration pull requests' label. Kept beside
// the issue records, since the shared RepositoryState has no label field of its own.

import { notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { IssueRecord } from '../repository.ts';
import type { Router } from '../router.ts';

const labelsOf = new WeakMap<IssueRecord, string[]>();

/** The label names of an issue or pull request, for assertions. */
export function issueLabels(issue: IssueRecord): string[] {
  return labelsOf.get(issue) ?? [];
}

function labelBody(request: DoubleRequest, name: string) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  return {
    id: name.length,
    node_id: `LA_${name}`,
    url: `${base}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function labelsRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    const issue = request.repo!.issue(Number(request.params.issue_number));
    if (!issue) throw notFound();
    return ok(issueLabels(issue).map((name) => labelBody(request, name)));
  });

  router.on('POST', '/repos/:owner/:repo/issues/:issue_number/labels', (request) => {
    requireWrite(request);
    const issue = request.repo!.issue(Number(request.params.issue_number));
    if (!issue) throw notFound();
    const given: unknown = Array.isArray(request.body) ? request.body : request.body.labels;
    if (!Array.isArray(given) || given.some((l) => typeof l !== 'string'))
      throw validationFailed('Invalid request.\n\n"labels" must be an array of strings.');
    const names = [...new Set([...issueLabels(issue), ...(given as string[])])];
    labelsOf.set(issue, names);
    return ok(names.map((name) => labelBody(request, name)));
  });
}
