// The double's pull request files: a real git diff of the head against the merge base, in GitHub's
// shape (statuses, renames, hunks as the patch), and the diff lines the Action reads from it.

import { Octokit } from '@octokit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { patchLines, pullRequestDiffLines } from '../../src/action/diff-lines.ts';
import { GitHubDouble } from './double.ts';
import { validateResponse } from './openapi.ts';

let double: GitHubDouble;
let octokit: Octokit;
const lines = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `line ${i + from}`).join('\n') + '\n';

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { 'src/a.ts': lines(20), 'src/gone.ts': 'export {};\n', 'src/old-name.ts': lines(5) },
  });
  double.addToken('ghs_actions', 'github-actions[bot]');
  octokit = new Octokit({ auth: 'ghs_actions', baseUrl: double.url });
});
afterEach(() => double.close());

describe('GET /pulls/{n}/files on the double', () => {
  it('lists added, removed, modified and renamed files with their hunks, in the shapes of the OpenAPI description', async () => {
    const edited = lines(20).replace('line 10\n', 'line ten\n');
    const number = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });
    await double.commitFiles(
      'acme/server',
      'feature',
      {
        'src/a.ts': edited,
        'src/gone.ts': null,
        'src/new.ts': 'export const x = 1;\n',
        'src/old-name.ts': null,
        'src/new-name.ts': lines(5),
      },
      'edit',
    );
    const { status, data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
      owner: 'acme',
      repo: 'server',
      pull_number: number,
    });
    expect(validateResponse('/repos/{owner}/{repo}/pulls/{pull_number}/files', 'GET', status, data).errors).toEqual([]);
    expect(
      data.map((f: { filename: string; status: string; previous_filename?: string }) => [
        f.filename,
        f.status,
        f.previous_filename,
      ]),
    ).toEqual([
      ['src/a.ts', 'modified', undefined],
      ['src/gone.ts', 'removed', undefined],
      ['src/new-name.ts', 'renamed', 'src/old-name.ts'],
      ['src/new.ts', 'added', undefined],
    ]);
    const a = data.find((f: { filename: string }) => f.filename === 'src/a.ts');
    expect(a).toMatchObject({
      additions: 1,
      deletions: 1,
      changes: 2,
      patch: '@@ -7,7 +7,7 @@ line 6\n line 7\n line 8\n line 9\n-line 10\n+line ten\n line 11\n line 12\n line 13',
    });
  });
});

describe('the diff lines the Action reads', () => {
  it('takes changed and context lines of each side from a patch', () => {
    expect(patchLines('@@ -7,4 +7,5 @@ x\n line 7\n-line 8\n+line eight\n+line 8b\n line 9\n line 10')).toEqual({
      LEFT: [7, 8, 9, 10],
      RIGHT: [7, 8, 9, 10, 11],
    });
  });

  it('reads them for every file of a pull request, a renamed file on the left under its old name', async () => {
    const number = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });
    await double.commitFiles(
      'acme/server',
      'feature',
      {
        'src/a.ts': lines(20).replace('line 10\n', 'line ten\n'),
        'src/old-name.ts': null,
        'src/new-name.ts': lines(5).replace('line 5\n', 'line five\n'),
      },
      'edit',
    );
    const diff = await pullRequestDiffLines(octokit, { owner: 'acme', repo: 'server', pullNumber: number });
    expect(diff.RIGHT?.['src/a.ts']).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(diff.LEFT?.['src/old-name.ts']).toEqual([2, 3, 4, 5]);
    expect(diff.RIGHT?.['src/new-name.ts']).toEqual([2, 3, 4, 5]);
  });
});
