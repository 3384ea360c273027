// Contents API reads (files and directories at a ref), including the raw media type that Probot's
// config plugin asks for.

import { notFound, ok, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';

async function resolveTreeish(request: DoubleRequest): Promise<string> {
  const repo = request.repo!;
  const ref = request.query.get('ref') ?? repo.defaultBranch;
  for (const candidate of [ref, `refs/heads/${ref}`, `refs/tags/${ref}`]) {
    const sha = await repo.git.resolveRef(`${candidate}^{commit}`);
    if (sha) return sha;
  }
  throw notFound();
}

export function contentsRoutes(router: Router): void {
  router.on('GET', '/repos/:owner/:repo/contents/*path', async (request) => {
    const repo = request.repo!;
    if ((await repo.git.refs()).length === 0) throw notFound();
    const commit = await resolveTreeish(request);
    const file = request.params.path!.replace(/\/$/, '');
    const base = `${request.double.url}/repos/${repo.fullName}`;
    const found = await repo.git.fileAt(commit, file);
    if (found) {
      const accept = String(request.headers.accept ?? '');
      if (accept.includes('raw'))
        return {
          status: 200,
          body: found.content.toString('utf8'),
          headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' },
        };
      const url = `${base}/contents/${file}?ref=${commit}`;
      return ok({
        type: 'file',
        encoding: 'base64',
        size: found.content.length,
        name: file.split('/').pop(),
        path: file,
        content: found.content.toString('base64'),
        sha: found.sha,
        url,
        git_url: `${base}/git/blobs/${found.sha}`,
        html_url: `https://github.com/${repo.fullName}/blob/${commit}/${file}`,
        download_url: null,
        _links: {
          self: url,
          git: `${base}/git/blobs/${found.sha}`,
          html: `https://github.com/${repo.fullName}/blob/${commit}/${file}`,
        },
      });
    }
    const tree = await repo.git.resolveRef(`${commit}:${file}`);
    if (!tree || (await repo.git.objectType(tree)) !== 'tree') throw notFound();
    const entries = await repo.git.lsTree(tree, false);
    return ok(
      entries.map((e) => {
        const entryPath = `${file}/${e.path}`;
        const url = `${base}/contents/${entryPath}?ref=${commit}`;
        const html = `https://github.com/${repo.fullName}/${e.type === 'tree' ? 'tree' : 'blob'}/${commit}/${entryPath}`;
        return {
          type: e.type === 'tree' ? 'dir' : 'file',
          size: e.size ?? 0,
          name: e.path,
          path: entryPath,
          sha: e.sha,
          url,
          git_url: `${base}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`,
          html_url: html,
          download_url: null,
          _links: { self: url, git: `${base}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}`, html },
        };
      }),
    );
  });
}
