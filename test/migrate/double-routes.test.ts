// The double's routes added for migrations (labels, merging a pull request) answer in the shapes of
// GitHub's OpenAPI description, like the double's own routes.

import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubDouble } from '../github/double.ts';
import { validateResponse } from '../github/openapi.ts';
import { labelsRoutes } from '../github/routes/labels.ts';
import { mergeRoutes } from '../github/routes/merge.ts';

let double: GitHubDouble;
let octokit: Octokit;
const REPO = { owner: 'acme', repo: 'app' };

beforeAll(async () => {
  double = await GitHubDouble.start({ routes: [labelsRoutes, mergeRoutes] });
  await double.createRepository('acme/app');
  double.addToken('ghp_owner', 'acme');
  octokit = new Octokit({ auth: 'ghp_owner', baseUrl: double.url });
});
afterAll(() => double.close());

describe('the labels and merge routes of the double', () => {
  it("labels a pull request, merges it with a merge commit, and refuses a second merge, in GitHub's shapes", async () => {
    const main = (await double.repository('acme/app').git.resolveRef('refs/heads/main'))!;
    await octokit.request('POST /repos/{owner}/{repo}/git/refs', { ...REPO, ref: 'refs/heads/topic', sha: main });
    await double.commitFiles('acme/app', 'topic', { 'a.txt': 'a\n' }, 'a change');
    const pull = (
      await octokit.request('POST /repos/{owner}/{repo}/pulls', {
        ...REPO,
        head: 'topic',
        base: 'main',
        title: 'A change',
      })
    ).data;
    await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
      ...REPO,
      issue_number: pull.number,
      labels: ['mcpver'],
    });
    const labels = (
      await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        ...REPO,
        issue_number: pull.number,
      })
    ).data;
    expect(labels.map((l: { name: string }) => l.name)).toEqual(['mcpver']);
    const base = (await double.repository('acme/app').git.resolveRef('refs/heads/main'))!;
    const merged = (
      await octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
        ...REPO,
        pull_number: pull.number,
      })
    ).data;
    expect((await double.repository('acme/app').git.readCommit(merged.sha)).parents[0]).toBe(base);
    const again = await octokit
      .request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', { ...REPO, pull_number: pull.number })
      .catch((e: { status: number }) => e.status);
    expect(again).toBe(405);
    const mine = double.requests.filter((r) => /\/labels$|\/merge$/.test(r.path));
    const failures = mine.flatMap((r) => validateResponse(r.operation!, r.method, r.status, r.response).errors);
    expect(failures).toEqual([]);
    expect(mine).toHaveLength(4);
  });
});
