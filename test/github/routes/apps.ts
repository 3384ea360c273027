// GitHub App endpoints: the App itself, installation lookup, installation tokens, and the
// repositories an installation can see.

import { HttpError, notFound, ok, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import { FIXED_DATE, user } from '../shapes.ts';
import { paginate } from '../pagination.ts';
import { repositoryBody } from './repos.ts';
import type { InstallationRecord } from '../double.ts';

function requireApp(request: DoubleRequest): void {
  if (request.actor.kind !== 'app') throw new HttpError(401, 'A JSON web token could not be decoded');
}

function installationBody(request: DoubleRequest, i: InstallationRecord) {
  const base = request.double.url;
  return {
    id: i.id,
    app_id: request.double.app.id,
    app_slug: request.double.app.slug,
    target_id: request.double.user(i.account).id,
    target_type: 'User',
    account: user(base, request.double.user(i.account)),
    single_file_name: null,
    repository_selection: 'selected',
    access_tokens_url: `${base}/app/installations/${i.id}/access_tokens`,
    repositories_url: `${base}/installation/repositories`,
    html_url: `https://github.com/settings/installations/${i.id}`,
    events: ['issue_comment', 'push', 'release', 'pull_request'],
    permissions: i.permissions,
    created_at: FIXED_DATE,
    updated_at: FIXED_DATE,
    suspended_by: null,
    suspended_at: null,
  };
}

export function appsRoutes(router: Router): void {
  router.on('GET', '/app', (request) => {
    requireApp(request);
    const app = request.double.app;
    return ok({
      id: app.id,
      slug: app.slug,
      node_id: `A_${app.id}`,
      owner: user(request.double.url, request.double.user('acme')),
      name: app.name,
      description: null,
      external_url: 'https://example.com',
      html_url: `https://github.com/apps/${app.slug}`,
      created_at: FIXED_DATE,
      updated_at: FIXED_DATE,
      permissions: { contents: 'write', issues: 'write', pull_requests: 'write', metadata: 'read' },
      events: ['issue_comment', 'push', 'release'],
    });
  });

  router.on('POST', '/app/installations/:installation_id/access_tokens', (request) => {
    requireApp(request);
    const installation = request.double.installations.get(Number(request.params.installation_id));
    if (!installation) throw notFound();
    const token = request.double.mintInstallationToken(installation.id);
    return ok(
      {
        token,
        expires_at: new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        permissions: installation.permissions,
        repository_selection: 'selected',
      },
      201,
    );
  });

  router.on('GET', '/repos/:owner/:repo/installation', (request) => {
    requireApp(request);
    const installation = [...request.double.installations.values()].find((i) =>
      i.repositories.includes(request.repo!.fullName),
    );
    if (!installation) throw notFound();
    return ok(installationBody(request, installation));
  });

  router.on('GET', '/installation/repositories', (request) => {
    if (request.actor.kind !== 'installation') throw new HttpError(403, 'This endpoint requires an installation token');
    const installation = request.double.installations.get(request.actor.installationId!)!;
    const repos = installation.repositories.map((name) => request.double.repository(name));
    return paginate(
      request,
      repos.map((r) => ({ request, r })),
      (page) => ({
        total_count: repos.length,
        repository_selection: 'selected',
        repositories: page.map(({ r }) => repositoryBody(request, r)),
      }),
    );
  });
}
