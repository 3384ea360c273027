// The Action's pull request feedback against the double: one sticky comment, one replaced review.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from './double.ts';
import { replaceReview, STICKY_MARKER, upsertStickyComment } from '../../src/action/pr-comment.ts';
import { reviewComments } from '../../src/compat/review-comments.ts';
import { releaseCheck } from '../app/fixtures.ts';

let double: GitHubDouble;
let octokit: Octokit;
let pull: number;
const target = { owner: 'acme', repo: 'server' };

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { 'src/index.ts': 'export const a = 1;\nexport function search() {}\n' },
  });
  double.addToken('ghs_actions', 'github-actions[bot]');
  octokit = new Octokit({ auth: 'ghs_actions', baseUrl: double.url });
  pull = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });
});
afterEach(() => double.close());

const botComments = () =>
  double.repository('acme/server').comments.filter((c) => c.user.login === 'github-actions[bot]');

describe('the sticky pull request comment', () => {
  it('is created once, left alone when unchanged, and edited when the text changes', async () => {
    const first = await upsertStickyComment(octokit, {
      ...target,
      issueNumber: pull,
      body: 'needs a major release',
      author: 'github-actions[bot]',
    });
    const same = await upsertStickyComment(octokit, {
      ...target,
      issueNumber: pull,
      body: 'needs a major release',
      author: 'github-actions[bot]',
    });
    const changed = await upsertStickyComment(octokit, {
      ...target,
      issueNumber: pull,
      body: 'needs a minor release',
      author: 'github-actions[bot]',
    });
    expect([first.action, same.action, changed.action]).toEqual(['created', 'unchanged', 'updated']);
    expect(new Set([first.id, same.id, changed.id]).size).toBe(1);
    expect(botComments().map((c) => c.body)).toEqual([`${STICKY_MARKER}\nneeds a minor release`]);
    expect(double.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('finds its comment beyond the first page of a long thread, and ignores a person quoting the marker', async () => {
    double.addComment('acme/server', pull, 'alice', `look: ${STICKY_MARKER}`);
    for (let i = 0; i < 120; i++) double.addComment('acme/server', pull, 'bob', `comment ${i}`);
    const first = await upsertStickyComment(octokit, {
      ...target,
      issueNumber: pull,
      body: 'v1',
      author: 'github-actions[bot]',
    });
    const second = await upsertStickyComment(octokit, {
      ...target,
      issueNumber: pull,
      body: 'v2',
      author: 'github-actions[bot]',
    });
    expect([first.action, second.action]).toEqual(['created', 'updated']);
    expect(botComments()).toHaveLength(1);
    expect(double.repository('acme/server').comments.find((c) => c.user.login === 'alice')!.body).toBe(
      `look: ${STICKY_MARKER}`,
    );
    expect(
      double.requests
        .filter((r) => r.method === 'GET' && r.path.endsWith('/comments'))
        .map((r) => new URLSearchParams(r.query).get('page')),
    ).toEqual(['1', '2', '1', '2']);
  });
});

describe('the review with inline comments', () => {
  it('puts breaking MCP changes on their lines (a removed tool on the old side) and replaces them on the next push instead of accumulating', async () => {
    const { report } = releaseCheck('tool-removed', '1.0.0', '1.0.1');
    // Where static extraction found the tool's registration in the previous version.
    const located = report.changes.map((c) => ({ ...c, location: { file: 'src/index.ts', line: 2 } }));
    const comments = reviewComments(located, { packagePath: '.' });
    expect(comments).toEqual([
      { path: 'src/index.ts', line: 2, side: 'LEFT', body: expect.stringContaining('**mcpver: major**') },
    ]);
    expect(comments[0]!.body).toContain('(`tool-removed`)');
    const commitId = (await double.repository('acme/server').git.resolveRef('refs/heads/feature'))!;
    const first = await replaceReview(octokit, {
      ...target,
      pullNumber: pull,
      commitId,
      summary: 'mcpver found 1 breaking change',
      comments,
    });
    const second = await replaceReview(octokit, {
      ...target,
      pullNumber: pull,
      commitId,
      summary: 'mcpver found 1 breaking change',
      comments,
    });
    expect([first, second]).toEqual([
      { deleted: 0, posted: 'inline' },
      { deleted: 1, posted: 'inline' },
    ]);
    expect(double.repository('acme/server').reviewComments.map((c) => [c.path, c.line, c.side])).toEqual([
      ['src/index.ts', 2, 'LEFT'],
    ]);
  });

  it('falls back to listing the comments in the review body when GitHub refuses a line', async () => {
    const commitId = (await double.repository('acme/server').git.resolveRef('refs/heads/feature'))!;
    const result = await replaceReview(octokit, {
      ...target,
      pullNumber: pull,
      commitId,
      summary: 'summary',
      comments: [{ path: 'gone.ts', line: 3, side: 'LEFT', body: 'removed\n\n```ts\nimport { a } from "lib";\n```' }],
    });
    expect(result.posted).toBe('body');
    // Each comment under a heading of its place, so that its witness stays a code block.
    expect(double.repository('acme/server').reviews.at(-1)!.body).toContain(
      '#### `gone.ts:3` (previous version)\n\nremoved\n\n```ts\nimport { a } from "lib";\n```',
    );
  });
});
