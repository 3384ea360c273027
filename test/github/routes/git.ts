// Git Data API: blobs, trees, commits, annotated tags, refs and matching refs, on the real bare
// repository, with GitHub's statuses: 404, 409 "Git Repository is empty.", 422 "Reference already
// exists", 422 "Update is not a fast forward".

import { HttpError, notFound, ok, requireWrite, validationFailed, type DoubleRequest } from '../http.ts';
import type { Router } from '../router.ts';
import type { RepositoryState } from '../repository.ts';

const ZERO = '0'.repeat(40);

function base(request: DoubleRequest): string {
  return `${request.double.url}/repos/${request.repo!.fullName}`;
}

/** Git data endpoints answer 409 on a repository without any commit (rest-api-description#385). */
async function requireNotEmpty(repo: RepositoryState): Promise<void> {
  if (await repo.git.isEmpty()) throw new HttpError(409, 'Git Repository is empty.');
}

function requireUnprotected(repo: RepositoryState, ref: string): void {
  if (ref.startsWith('refs/heads/') && repo.protectedBranches.has(ref.slice('refs/heads/'.length))) {
    throw new HttpError(422, `Protected branch update failed for ${ref}.`);
  }
}

async function requireObject(repo: RepositoryState, sha: string, type: string): Promise<void> {
  if ((await repo.git.objectType(sha)) !== type) throw notFound();
}

async function refBody(request: DoubleRequest, ref: string, sha: string) {
  const type = (await request.repo!.git.objectType(sha)) ?? 'commit';
  const kind = type === 'tag' ? 'tags' : 'commits';
  return {
    ref,
    node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
    url: `${base(request)}/git/${ref}`,
    object: { type, sha, url: `${base(request)}/git/${kind}/${sha}` },
  };
}

export async function commitBody(request: DoubleRequest, sha: string) {
  const c = await request.repo!.git.readCommit(sha);
  return {
    sha,
    node_id: `C_${sha}`,
    url: `${base(request)}/git/commits/${sha}`,
    html_url: `https://github.com/${request.repo!.fullName}/commit/${sha}`,
    author: c.author,
    committer: c.committer,
    message: c.message.replace(/\n$/, ''),
    tree: { sha: c.tree, url: `${base(request)}/git/trees/${c.tree}` },
    parents: c.parents.map((p) => ({
      sha: p,
      url: `${base(request)}/git/commits/${p}`,
      html_url: `https://github.com/${request.repo!.fullName}/commit/${p}`,
    })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

async function treeBody(request: DoubleRequest, sha: string, recursive: boolean) {
  const entries = await request.repo!.git.lsTree(sha, recursive);
  return {
    sha,
    url: `${base(request)}/git/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => ({ ...e, url: `${base(request)}/git/${e.type === 'tree' ? 'trees' : 'blobs'}/${e.sha}` })),
  };
}

async function tagBody(request: DoubleRequest, sha: string) {
  const t = await request.repo!.git.readTag(sha);
  return {
    sha,
    node_id: `TAG_${sha}`,
    url: `${base(request)}/git/tags/${sha}`,
    tag: t.tag,
    message: t.message,
    tagger: t.tagger,
    object: { type: t.type, sha: t.object, url: `${base(request)}/git/${t.type}s/${t.object}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function identity(request: DoubleRequest, given: any) {
  const login = request.actor.login ?? 'app';
  return {
    name: given?.name ?? login,
    email: given?.email ?? `${login}@users.noreply.github.com`,
    date: given?.date ?? request.double.now(),
  };
}

export function gitRoutes(router: Router): void {
  router.on('POST', '/repos/:owner/:repo/git/blobs', async (request) => {
    requireWrite(request);
    await requireNotEmpty(request.repo!);
    const { content, encoding = 'utf-8' } = request.body;
    if (typeof content !== 'string') throw validationFailed('Invalid request.\n\n"content" wasn\'t supplied.');
    const sha = await request.repo!.git.hashBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
    return ok({ sha, url: `${base(request)}/git/blobs/${sha}` }, 201);
  });

  router.on('GET', '/repos/:owner/:repo/git/blobs/:file_sha', async (request) => {
    await requireNotEmpty(request.repo!);
    const sha = request.params.file_sha!;
    await requireObject(request.repo!, sha, 'blob');
    const content = await request.repo!.git.readObject(sha);
    return ok({
      sha,
      node_id: `B_${sha}`,
      size: content.length,
      url: `${base(request)}/git/blobs/${sha}`,
      content: content.toString('base64'),
      encoding: 'base64',
    });
  });

  router.on('POST', '/repos/:owner/:repo/git/trees', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const { tree, base_tree: baseTree } = request.body;
    if (!Array.isArray(tree)) throw validationFailed('Invalid request.\n\n"tree" wasn\'t supplied.');
    if (baseTree !== undefined && (await repo.git.objectType(baseTree)) !== 'tree')
      throw validationFailed('Invalid tree info');
    const entries = [];
    for (const entry of tree) {
      if (entry.type === 'tree' || entry.mode === '040000')
        throw validationFailed('The double does not build trees from tree entries; give blob paths.');
      if (entry.content !== undefined)
        entries.push({
          path: entry.path,
          mode: entry.mode ?? '100644',
          sha: await repo.git.hashBlob(Buffer.from(entry.content, 'utf8')),
        });
      else if (entry.sha === null) entries.push({ path: entry.path, mode: entry.mode, sha: null });
      else if ((await repo.git.objectType(entry.sha)) === 'blob')
        entries.push({ path: entry.path, mode: entry.mode ?? '100644', sha: entry.sha });
      else throw validationFailed('Invalid tree info', [{ resource: 'Tree', field: 'sha', code: 'invalid' }]);
    }
    const sha = await repo.git.buildTree(baseTree ?? null, entries);
    return ok(await treeBody(request, sha, false), 201);
  });

  router.on('GET', '/repos/:owner/:repo/git/trees/:tree_sha', async (request) => {
    const repo = request.repo!;
    await requireNotEmpty(repo);
    let sha = request.params.tree_sha!;
    const type = await repo.git.objectType(sha);
    if (type === 'commit') sha = (await repo.git.readCommit(sha)).tree;
    else if (type !== 'tree') throw notFound();
    const recursive = request.query.has('recursive') && !['0', 'false', ''].includes(request.query.get('recursive')!);
    return ok(await treeBody(request, sha, recursive));
  });

  router.on('POST', '/repos/:owner/:repo/git/commits', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const { message, tree, parents = [], author, committer } = request.body;
    if (typeof message !== 'string' || typeof tree !== 'string')
      throw validationFailed('Invalid request.\n\n"message" and "tree" are required.');
    if ((await repo.git.objectType(tree)) !== 'tree') throw validationFailed('Tree SHA does not exist');
    for (const parent of parents)
      if ((await repo.git.objectType(parent)) !== 'commit')
        throw validationFailed('Parent SHA does not exist or is not a commit object');
    const who = identity(request, author);
    const sha = await repo.git.commitTree(tree, parents, message, who, committer ? identity(request, committer) : who);
    return ok(await commitBody(request, sha), 201);
  });

  router.on('GET', '/repos/:owner/:repo/git/commits/:commit_sha', async (request) => {
    await requireNotEmpty(request.repo!);
    await requireObject(request.repo!, request.params.commit_sha!, 'commit');
    return ok(await commitBody(request, request.params.commit_sha!));
  });

  router.on('POST', '/repos/:owner/:repo/git/tags', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const { tag, message, object, type, tagger } = request.body;
    if (typeof tag !== 'string' || typeof message !== 'string' || typeof object !== 'string') throw validationFailed();
    if ((await repo.git.objectType(object)) !== type) throw validationFailed('Object does not exist');
    const sha = await repo.git.makeTag(object, type, tag, message, identity(request, tagger));
    return ok(await tagBody(request, sha), 201);
  });

  router.on('GET', '/repos/:owner/:repo/git/tags/:tag_sha', async (request) => {
    await requireNotEmpty(request.repo!);
    await requireObject(request.repo!, request.params.tag_sha!, 'tag');
    return ok(await tagBody(request, request.params.tag_sha!));
  });

  router.on('GET', '/repos/:owner/:repo/git/ref/*ref', async (request) => {
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const ref = `refs/${request.params.ref}`;
    const sha = await repo.git.refTarget(ref);
    if (!sha) throw notFound();
    return ok(await refBody(request, ref, sha));
  });

  router.on('GET', '/repos/:owner/:repo/git/matching-refs/*ref', async (request) => {
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const prefix = `refs/${request.params.ref}`;
    const refs = (await repo.git.refs('refs/')).filter((r) => r.ref.startsWith(prefix));
    return ok(await Promise.all(refs.map((r) => refBody(request, r.ref, r.sha))));
  });

  router.on('POST', '/repos/:owner/:repo/git/refs', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    const { ref, sha } = request.body;
    if (typeof ref !== 'string' || !ref.startsWith('refs/') || ref.split('/').length < 3) {
      throw validationFailed("Reference name must start with 'refs/' and have at least two slashes.");
    }
    if (await repo.git.isEmpty()) throw validationFailed('Git Repository is empty.');
    if (typeof sha !== 'string' || !(await repo.git.objectType(sha))) throw validationFailed('Object does not exist');
    requireUnprotected(repo, ref);
    if (!(await repo.git.updateRef(ref, sha, ZERO))) throw validationFailed('Reference already exists');
    return ok(await refBody(request, ref, sha), 201);
  });

  router.on('PATCH', '/repos/:owner/:repo/git/refs/*ref', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const ref = `refs/${request.params.ref}`;
    const { sha, force = false } = request.body;
    const current = await repo.git.refTarget(ref);
    if (!current) throw validationFailed('Reference does not exist');
    requireUnprotected(repo, ref);
    if (typeof sha !== 'string' || (await repo.git.objectType(sha)) === null)
      throw validationFailed('Object does not exist');
    // Without force, GitHub accepts only a fast-forward; the compare-and-swap below closes the race
    // between that check and the update, as GitHub's own ref transaction does.
    if (!force && current !== sha && !(await repo.git.isAncestor(current, sha)))
      throw validationFailed('Update is not a fast forward');
    if (!(await repo.git.updateRef(ref, sha, current))) throw validationFailed('Update is not a fast forward');
    return ok(await refBody(request, ref, sha));
  });

  router.on('DELETE', '/repos/:owner/:repo/git/refs/*ref', async (request) => {
    requireWrite(request);
    const repo = request.repo!;
    await requireNotEmpty(repo);
    const ref = `refs/${request.params.ref}`;
    const current = (await repo.git.refs(ref)).find((r) => r.ref === ref)?.sha;
    if (!current || !(await repo.git.deleteRef(ref, current))) throw validationFailed('Reference does not exist');
    return { status: 204 };
  });
}
