// Releases: list, get by tag, create, update (the App appends its verdict to a release's body).

import { notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import type { ReleaseRecord } from '../repository.ts';

export function releaseBody(request: DoubleRequest, r: ReleaseRecord) {
  const base = `${request.double.url}/repos/${request.repo!.fullName}`;
  return {
    url: `${base}/releases/${r.id}`,
    html_url: `https://github.com/${request.repo!.fullName}/releases/tag/${r.tagName}`,
    assets_url: `${base}/releases/${r.id}/assets`,
    upload_url: `https://uploads.github.com/repos/${request.repo!.fullName}/releases/${r.id}/assets{?name,label}`,
    tarball_url: null,
    zipball_url: null,
    id: r.id,
    node_id: `RE_${r.id}`,
    tag_name: r.tagName,
    target_commitish: r.targetCommitish,
    name: r.name,
    body: r.body,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.publishedAt,
    author: user(request.double.url, r.author),
    assets: [],
  };
}

function findRelease(request: DoubleRequest): ReleaseRecord {
  const release = request.repo!.releases.find((r) => r.id === Number(request.params.release_id));
  if (!release) throw notFound();
  return release;
}

export function releasesRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/releases', (request) =>
    paginate(
      request,
      [...request.repo!.releases].reverse().map((r) => releaseBody(request, r)),
    ),
  );

  router.on('GET', '/repos/:owner/:repo/releases/tags/:tag', (request) => {
    const release = request.repo!.releases.find((r) => r.tagName === request.params.tag && !r.draft);
    if (!release) throw notFound();
    return ok(releaseBody(request, release));
  });

  router.on('GET', '/repos/:owner/:repo/releases/:release_id', (request) =>
    ok(releaseBody(request, findRelease(request))),
  );

  router.on('POST', '/repos/:owner/:repo/releases', (request) => {
    requireWrite(request);
    const {
      tag_name: tagName,
      target_commitish: target,
      name = null,
      body = null,
      draft = false,
      prerelease = false,
    } = request.body;
    if (typeof tagName !== 'string') throw validationFailed();
    if (request.repo!.releases.some((r) => r.tagName === tagName)) {
      throw validationFailed('Validation Failed', [{ resource: 'Release', code: 'already_exists', field: 'tag_name' }]);
    }
    const now = request.double.now();
    const release: ReleaseRecord = {
      id: request.double.newId(),
      tagName,
      targetCommitish: target ?? request.repo!.defaultBranch,
      name,
      body,
      draft,
      prerelease,
      author: request.double.user(request.actor.login ?? 'app'),
      createdAt: now,
      publishedAt: draft ? null : now,
    };
    request.repo!.releases.push(release);
    return ok(releaseBody(request, release), 201);
  });

  router.on('PATCH', '/repos/:owner/:repo/releases/:release_id', (request) => {
    requireWrite(request);
    const release = findRelease(request);
    for (const [key, field] of [
      ['body', 'body'],
      ['name', 'name'],
      ['draft', 'draft'],
      ['prerelease', 'prerelease'],
    ] as const) {
      if (request.body[key] !== undefined) (release as any)[field] = request.body[key];
    }
    return ok(releaseBody(request, release));
  });
}
