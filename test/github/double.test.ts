// The GitHub API double's own specification: GitHub's documented behaviour, the fault hooks, and
// every response validated against GitHub's OpenAPI description.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from './double.ts';
import { matching } from './faults.ts';
import { validateResponse } from './openapi.ts';

let double: GitHubDouble;
let octokit: Octokit;
const REPO = { owner: 'acme', repo: 'server' };

beforeAll(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { 'README.md': '# server\n', '.github/mcpver.yml': 'packages:\n  - path: .\n' },
  });
  await double.createRepository('acme/empty', { empty: true });
  double.addToken('ghp_owner', 'acme');
  double.addToken('ghp_readonly', 'fork-user', { readOnly: true });
  octokit = new Octokit({ auth: 'ghp_owner', baseUrl: double.url });
});
afterAll(() => double.close());

const status = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    const e = error as {
      status: number;
      response?: { data?: { message?: string; errors?: Array<{ message?: string }> } };
    };
    return `${e.status} ${e.response?.data?.message}${e.response?.data?.errors?.[0]?.message ? ` / ${e.response.data.errors[0].message}` : ''}`;
  }
};

describe('the GitHub API double', () => {
  it('builds commits with real git objects and moves refs only by fast-forward unless forced', async () => {
    const main = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' }))
      .data;
    const commit = (
      await octokit.request('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', {
        ...REPO,
        commit_sha: main.object.sha,
      })
    ).data;
    const blob = (
      await octokit.request('POST /repos/{owner}/{repo}/git/blobs', {
        ...REPO,
        content: 'aGVsbG8=',
        encoding: 'base64',
      })
    ).data;
    const tree = (
      await octokit.request('POST /repos/{owner}/{repo}/git/trees', {
        ...REPO,
        base_tree: commit.tree.sha,
        tree: [
          { path: 'deep/hello.txt', mode: '100644', type: 'blob', sha: blob.sha },
          { path: 'state/a.json', mode: '100644', type: 'blob', content: '{}\n' },
          { path: 'README.md', mode: '100644', type: 'blob', sha: null },
        ],
      })
    ).data;
    const next = (
      await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        ...REPO,
        message: 'next',
        tree: tree.sha,
        parents: [main.object.sha],
      })
    ).data;
    const listed = (
      await octokit.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
        ...REPO,
        tree_sha: tree.sha,
        recursive: 'true',
      })
    ).data;
    expect(listed.tree.filter((e) => e.type === 'blob').map((e) => e.path)).toEqual([
      '.github/mcpver.yml',
      'deep/hello.txt',
      'state/a.json',
    ]);
    expect(blob.sha).toBe('b6fc4c620b67d95f953a5c1c1230aaab5db5a1b0'); // git's own SHA of "hello"

    await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/feature', sha: next.sha });
    expect(
      await status(
        octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/feature', sha: next.sha }),
      ),
    ).toBe('422 Reference already exists');
    expect(
      await status(octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'heads/x', sha: next.sha })),
    ).toMatch(/^422 Reference name must start with 'refs\/'/);
    const sideways = (
      await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
        ...REPO,
        message: 'side',
        tree: commit.tree.sha,
        parents: [main.object.sha],
      })
    ).data;
    expect(
      await status(
        octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...REPO,
          ref: 'heads/feature',
          sha: sideways.sha,
          force: false,
        }),
      ),
    ).toBe('422 Update is not a fast forward');
    expect(
      await status(
        octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ...REPO,
          ref: 'heads/feature',
          sha: sideways.sha,
          force: true,
        }),
      ),
    ).toBe('ok');
    expect(
      await status(octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/nope' })),
    ).toBe('404 Not Found');
    const matchingRefs = (
      await octokit.request('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', { ...REPO, ref: 'heads/' })
    ).data;
    expect(matchingRefs.map((r) => r.ref)).toEqual(['refs/heads/feature', 'refs/heads/main']);
    await octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...REPO, ref: 'heads/feature' });
    expect(
      await status(octokit.request('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ...REPO, ref: 'heads/feature' })),
    ).toBe('422 Reference does not exist');
  });

  it('decodes URL-encoded path segments (Octokit encodes the slashes of refs and paths)', async () => {
    const ref = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' });
    expect(double.requests.at(-1)!.path).toBe('/repos/acme/server/git/ref/heads/main');
    expect(ref.data.ref).toBe('refs/heads/main');
    const raw = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
      ...REPO,
      path: '.github/mcpver.yml',
      mediaType: { format: 'raw' },
    });
    expect(raw.data).toBe('packages:\n  - path: .\n');
    const file = (
      await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...REPO, path: '.github/mcpver.yml' })
    ).data as { content: string };
    expect(Buffer.from(file.content, 'base64').toString()).toBe('packages:\n  - path: .\n');
  });

  it('makes annotated tags that peel to their commit', async () => {
    const head = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' })).data
      .object.sha;
    const tag = (
      await octokit.request('POST /repos/{owner}/{repo}/git/tags', {
        ...REPO,
        tag: 'mcpver/rollback/r1',
        message: 'why',
        object: head,
        type: 'commit',
      })
    ).data;
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      ...REPO,
      ref: 'refs/tags/mcpver/rollback/r1',
      sha: tag.sha,
    });
    const ref = (
      await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'tags/mcpver/rollback/r1' })
    ).data;
    expect(ref.object.type).toBe('tag');
    const peeled = (
      await octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { ...REPO, tag_sha: ref.object.sha })
    ).data;
    expect(peeled.object).toMatchObject({ type: 'commit', sha: head });
    expect(peeled.message).toBe('why\n');
  });

  it('answers 409 "Git Repository is empty." for git data on an empty repository', async () => {
    expect(
      await status(
        octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { owner: 'acme', repo: 'empty', ref: 'heads/main' }),
      ),
    ).toBe('409 Git Repository is empty.');
    expect(
      await status(
        octokit.request('POST /repos/{owner}/{repo}/git/blobs', { owner: 'acme', repo: 'empty', content: 'x' }),
      ),
    ).toBe('409 Git Repository is empty.');
  });

  it('filters pull requests by head only in the owner:branch form, and refuses a duplicate', async () => {
    const head = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' })).data
      .object.sha;
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', {
      ...REPO,
      ref: 'refs/heads/mcpver/migrate/pkg',
      sha: head,
    });
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/other', sha: head });
    const created = (
      await octokit.request('POST /repos/{owner}/{repo}/pulls', {
        ...REPO,
        title: 'Migrate',
        head: 'mcpver/migrate/pkg',
        base: 'main',
        body: 'b',
      })
    ).data;
    await octokit.request('POST /repos/{owner}/{repo}/pulls', { ...REPO, title: 'Other', head: 'other', base: 'main' });
    expect(
      await status(
        octokit.request('POST /repos/{owner}/{repo}/pulls', {
          ...REPO,
          title: 'again',
          head: 'mcpver/migrate/pkg',
          base: 'main',
        }),
      ),
    ).toBe('422 Validation Failed / A pull request already exists for acme:mcpver/migrate/pkg.');
    const filtered = (
      await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...REPO, head: 'acme:mcpver/migrate/pkg' })
    ).data;
    expect(filtered.map((p) => p.number)).toEqual([created.number]);
    const ignored = (await octokit.request('GET /repos/{owner}/{repo}/pulls', { ...REPO, head: 'mcpver/migrate/pkg' }))
      .data;
    expect(ignored).toHaveLength(2);
    const updated = (
      await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        ...REPO,
        pull_number: created.number,
        body: 'new',
      })
    ).data;
    expect(updated.body).toBe('new');
    const review = (
      await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        ...REPO,
        pull_number: created.number,
        event: 'COMMENT',
        body: 'r',
        comments: [{ path: 'README.md', line: 1, side: 'RIGHT', body: 'here' }],
      })
    ).data;
    const inline = (
      await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
        ...REPO,
        pull_number: created.number,
      })
    ).data;
    expect(inline.map((c) => [c.pull_request_review_id, c.path, c.body])).toEqual([[review.id, 'README.md', 'here']]);
    await octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
      ...REPO,
      comment_id: inline[0]!.id,
    });
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
      ...REPO,
      pull_number: created.number,
    });
    await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...REPO, pull_number: created.number });
  });

  it('pages issue comments with Link headers, 30 per page unless asked otherwise', async () => {
    const issue = (await octokit.request('POST /repos/{owner}/{repo}/issues', { ...REPO, title: 'paging' })).data;
    for (let i = 0; i < 35; i++)
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...REPO,
        issue_number: issue.number,
        body: `c${i}`,
      });
    const first = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...REPO,
      issue_number: issue.number,
    });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/page=2[^>]*>; rel="next"/);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.link!)![1]!;
    const second = await octokit.request(`GET ${next}`);
    expect((second.data as Array<{ body: string }>).map((c) => c.body)).toEqual(['c30', 'c31', 'c32', 'c33', 'c34']);
    const comment = (first.data as Array<{ id: number }>)[0]!;
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...REPO,
      comment_id: comment.id,
      body: 'edited',
    });
    await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      ...REPO,
      comment_id: comment.id,
    });
    await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...REPO, issue_number: issue.number });
    const created = await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
      ...REPO,
      comment_id: comment.id,
      content: 'eyes',
    });
    const again = await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
      ...REPO,
      comment_id: comment.id,
      content: 'eyes',
    });
    expect([created.status, again.status, again.data.id]).toEqual([201, 200, created.data.id]);
    await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', {
      ...REPO,
      comment_id: comment.id,
    });
  });

  it('reports collaborator roles, with implicit read on a public repository', async () => {
    double.grant('acme/server', 'maintainer-mia', 'maintain');
    double.user('stranger');
    const mia = (
      await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        ...REPO,
        username: 'maintainer-mia',
      })
    ).data;
    const stranger = (
      await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
        ...REPO,
        username: 'stranger',
      })
    ).data;
    expect([mia.permission, mia.role_name, mia.user?.permissions?.push]).toEqual(['write', 'maintain', true]);
    expect([stranger.permission, stranger.role_name]).toEqual(['read', 'read']);
    expect(
      await status(
        octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', {
          ...REPO,
          username: 'ghost-of-nobody',
        }),
      ),
    ).toBe('404 Not Found');
  });

  it('serves releases and commit comments', async () => {
    const head = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' })).data
      .object.sha;
    const release = (
      await octokit.request('POST /repos/{owner}/{repo}/releases', {
        ...REPO,
        tag_name: 'v1.0.0',
        target_commitish: head,
      })
    ).data;
    await octokit.request('PATCH /repos/{owner}/{repo}/releases/{release_id}', {
      ...REPO,
      release_id: release.id,
      body: 'notes',
    });
    expect(
      (await octokit.request('GET /repos/{owner}/{repo}/releases/tags/{tag}', { ...REPO, tag: 'v1.0.0' })).data.body,
    ).toBe('notes');
    await octokit.request('GET /repos/{owner}/{repo}/releases', REPO);
    await octokit.request('POST /repos/{owner}/{repo}/commits/{commit_sha}/comments', {
      ...REPO,
      commit_sha: head,
      body: 'verdict',
    });
    const comments = (
      await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/comments', { ...REPO, commit_sha: head })
    ).data;
    expect(comments.map((c) => c.body)).toEqual(['verdict']);
    await octokit.request('GET /repos/{owner}/{repo}', REPO);
  });

  it('refuses writes from a read-only token, as for a pull request from a fork', async () => {
    const readOnly = new Octokit({ auth: 'ghp_readonly', baseUrl: double.url });
    expect(await status(readOnly.request('POST /repos/{owner}/{repo}/git/blobs', { ...REPO, content: 'x' }))).toBe(
      '403 Resource not accessible by integration',
    );
    expect(
      await status(new Octokit({ auth: 'nope', baseUrl: double.url }).request('GET /repos/{owner}/{repo}', REPO)),
    ).toBe('401 Bad credentials');
  });

  describe('fault hooks', () => {
    it('moves a branch after the Nth read of its ref', async () => {
      const mover = double.faults.moveBranchAfterReads('acme/server', 'main', 2);
      const read = async () =>
        (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' })).data.object
          .sha;
      const first = await read();
      const second = await read();
      const third = await read();
      expect(first).toBe(second);
      expect(third).not.toBe(second);
      expect(mover.moves).toBe(1);
      double.faults.movers.length = 0;
    });

    it('fails the next request with 502 without acting, or acts and still answers 502', async () => {
      double.faults.failNext(matching('POST', /\/git\/refs$/));
      const head = (await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/main' }))
        .data.object.sha;
      expect(
        await status(
          octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/f502', sha: head }),
        ),
      ).toBe('502 Server Error');
      expect(
        await status(octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/f502' })),
      ).toBe('404 Not Found');
      double.faults.applyThenFail(matching('POST', /\/git\/refs$/));
      expect(
        await status(
          octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/f502', sha: head }),
        ),
      ).toBe('502 Server Error');
      expect(
        await status(octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...REPO, ref: 'heads/f502' })),
      ).toBe('ok');
    });

    it('answers a secondary rate limit with 403 and retry-after', async () => {
      double.faults.secondaryRateLimit(7);
      const error = await octokit.request('GET /repos/{owner}/{repo}', REPO).catch((e) => e);
      expect(error.status).toBe(403);
      expect(error.response.headers['retry-after']).toBe('7');
      expect(error.response.data.message).toMatch(/secondary rate limit/);
    });
  });

  it("answers every request above in the shapes of GitHub's OpenAPI description", () => {
    const checked = double.requests.filter(
      (r) =>
        r.operation !== null &&
        r.status !== 502 &&
        !(r.status === 403 && /rate limit/.test(JSON.stringify(r.response))),
    );
    const failures = checked.flatMap((r) => {
      const body = typeof r.response === 'string' ? undefined : r.response;
      // Raw media type answers are text, not JSON: nothing to validate.
      if (typeof r.response === 'string') return [];
      return validateResponse(r.operation!, r.method, r.status, body).errors.map((e) => `${r.method} ${r.path}: ${e}`);
    });
    expect(failures).toEqual([]);
    expect(new Set(checked.map((r) => `${r.method} ${r.operation}`)).size).toBeGreaterThanOrEqual(30);
  });
});
