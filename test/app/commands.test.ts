// Slash commands end to end: signed webhooks over HTTP into the App, which talks to the GitHub double.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import { matching } from '../github/faults.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { storePullRequestCheck } from '../../src/state/records.ts';
import {
  ACCEPTED,
  commentPayload,
  INSTALLATION_ID,
  startApp,
  unexpectedAppRequests,
  type AppHarness,
} from './harness.ts';
import { releaseCheck } from './fixtures.ts';

let double: GitHubDouble;
let app: AppHarness;
let pull: number;

const CONFIG = 'packages:\n  - path: .\n    id: acme-server\n';

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: { '.github/mcpver.yml': CONFIG, 'package.json': '{"name":"acme-server","version":"1.1.0"}\n' },
  });
  double.install(INSTALLATION_ID, 'acme', ['acme/server']);
  double.grant('acme/server', 'alice', 'write');
  double.grant('acme/server', 'bob', 'read');
  pull = await double.openPullRequest('acme/server', { head: 'feature', author: 'alice' });
  app = await startApp(double);
});
afterEach(async () => {
  // Every scenario ends by proving the App asked GitHub for nothing beyond answering a command.
  expect(unexpectedAppRequests(double, [...ANSWER, ...READ_STATE])).toEqual([]);
  await app.close();
  await double.close();
});

/** Post a command as `login` (the comment exists on GitHub first, as it would) and deliver its webhook. */
async function command(login: string, body: string, delivery?: string, commentId?: number) {
  const id = commentId ?? double.addComment('acme/server', pull, login, body);
  const status = await app.send(
    'issue_comment',
    commentPayload(double, { login, body, issueNumber: pull, pullRequest: true, commentId: id }),
    delivery ? { delivery } : {},
  );
  return { status, id };
}

const reactions = (commentId: number) =>
  double
    .repository('acme/server')
    .reactions.filter((r) => r.subject === `issue-comment:${commentId}`)
    .map((r) => `${r.content}:${r.user.login}`);
const replies = () =>
  double
    .repository('acme/server')
    .comments.filter((c) => c.user.login === 'mcpver[bot]' && c.body.startsWith('> '))
    .map((c) => c.body);

/** What answering any command may request; a scenario adds what its command reads. */
const ANSWER: Array<[string, RegExp]> = [
  ['POST', /^\/app\/installations\/7\/access_tokens$/],
  ['GET', /^\/repos\/acme\/server\/contents\/\.github\/mcpver\.yml$/],
  ['POST', /^\/repos\/acme\/server\/issues\/comments\/\d+\/reactions$/],
  ['GET', /^\/repos\/acme\/server\/collaborators\/[^/]+\/permission$/],
  ['POST', /^\/repos\/acme\/server\/issues\/\d+\/comments$/],
];
const READ_STATE: Array<[string, RegExp]> = [
  ['GET', /^\/repos\/acme\/server\/git\/ref\/heads\/mcpver\/state$/],
  // When the state branch does not exist yet: is it the branch or the whole repository that is missing?
  ['GET', /^\/repos\/acme\/server$/],
  ['GET', /^\/repos\/acme\/server\/git\/(commits|trees|blobs)\/[0-9a-f]{40}$/],
];

describe('slash commands', () => {
  it('answers /mcpver help from a writer with 👀, 🚀 and the list of commands', async () => {
    const { status, id } = await command('alice', '/mcpver help\nthanks!');
    expect(status).toBeOneOf(ACCEPTED);
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'rocket:mcpver[bot]']);
    expect(replies()).toHaveLength(1);
    expect(replies()[0]).toMatch(/^> `\/mcpver help`\n\n@alice mcpver commands/);
    for (const name of ['help', 'check', 'rollback', 'migrate', 'ab'])
      expect(replies()[0]).toContain(`\`/mcpver ${name}`);
    expect(double.unexpectedRequests(ANSWER)).toEqual([]);
  });

  it('posts the latest stored report of the pull request on /mcpver check', async () => {
    const octokit = new Octokit({ auth: 'ghs_seed', baseUrl: double.url });
    double.addToken('ghs_seed', 'github-actions[bot]');
    const { report } = releaseCheck('tool-removed', '1.0.0', '1.0.1');
    await new GitHubStateStore({ octokit, owner: 'acme', repo: 'server' }).transact('seed', async (tx) =>
      storePullRequestCheck(tx, {
        number: pull,
        head: 'abcdef1234567890',
        checkedAt: '2026-11-25T10:00:00Z',
        reports: [{ package: 'acme-server', report }],
      }),
    );
    double.requests.length = 0;

    const { id } = await command('alice', '/mcpver check');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'rocket:mcpver[bot]']);
    expect(replies()[0]).toContain('The latest report for #1, checked at abcdef1');
    expect(replies()[0]).toContain('<b>acme-server</b>: Under-bumped');
    expect(replies()[0]).toContain('fetch');
    expect(double.unexpectedRequests([...ANSWER, ...READ_STATE])).toEqual([]);
    expect(double.writes().filter((r) => r.path.includes('/git/'))).toEqual([]);
  });

  it('says so when no report is stored for the pull request', async () => {
    const { id } = await command('alice', '/mcpver check');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toContain('No report is stored for #1 yet');
  });

  it('explains that /mcpver check works on pull requests when asked on an issue', async () => {
    const issue = double.repository('acme/server').nextNumber();
    double.addToken('ghs_seed', 'alice');
    await new Octokit({ auth: 'ghs_seed', baseUrl: double.url }).request('POST /repos/{owner}/{repo}/issues', {
      owner: 'acme',
      repo: 'server',
      title: 'question',
    });
    double.requests.length = 0;
    const id = double.addComment('acme/server', issue, 'alice', '/mcpver check');
    await app.send(
      'issue_comment',
      commentPayload(double, { login: 'alice', body: '/mcpver check', issueNumber: issue, commentId: id }),
    );
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toContain('`/mcpver check` works on pull requests');
  });

  it('answers 😕 with the reason when GitHub fails after the 👀, since a redelivery will not retry', async () => {
    double.faults.failNext(matching('GET', /\/collaborators\/alice\/permission$/));
    const { id } = await command('alice', '/mcpver help');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toMatch(
      /Handling the command failed \(.*\)\. This comment will not be retried: post the command again/,
    );
  });

  it('refuses a commenter without write access, with a reply saying why, and writes nothing', async () => {
    const { id } = await command('bob', '/mcpver rollback v1.0.0');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toBe(
      '> `/mcpver rollback v1.0.0`\n\n@bob mcpver commands need write access to acme/server; your role here is `read`. Nothing was done.',
    );
    expect(double.writes().filter((r) => !/reactions$|\/comments$|access_tokens$/.test(r.path))).toEqual([]);
    expect(double.unexpectedRequests(ANSWER)).toEqual([]);
  });

  it("quotes an attacker's first line as code, without its marker, and refuses arguments that could mention or hide something", async () => {
    const line =
      '/mcpver ab start @acme/maintainers ![x](https://evil.example/p.png) <!-- mcpver:ab:x --> `break` \u202Eout';
    await command('bob', `${line}\nmore`);
    const refusal = replies()[0]!;
    expect(refusal.split('\n')[0]).toBe(
      '> `` /mcpver ab start @acme/maintainers ![x](https://evil.example/p.png)   mcpver:ab:x   `break` out ``',
    );
    expect(refusal).not.toContain('<!--');
    expect(refusal).not.toContain('\u202E');
    double.grant('acme/server', 'alice', 'write');
    await command('alice', '/mcpver ab status @acme/maintainers');
    expect(replies()[1]).toBe(
      '> `/mcpver ab status @acme/maintainers`\n\n@alice Command names and arguments may contain only letters, digits and `._:/+=,-` (and `--` before an option). Nothing was done.',
    );
  });

  it('trusts the permission endpoint, not author_association (a maintainer shown as CONTRIBUTOR may command)', async () => {
    double.grant('acme/server', 'mia', 'maintain');
    const { id } = await command('mia', '/mcpver help');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'rocket:mcpver[bot]']);
  });

  it('does nothing twice when the same delivery arrives again', async () => {
    const first = await command('alice', '/mcpver help', 'same-delivery');
    const again = await command('alice', '/mcpver help', 'same-delivery', first.id);
    expect(first.status).toBeOneOf(ACCEPTED);
    expect(again.status).toBeOneOf(ACCEPTED);
    expect(replies()).toHaveLength(1);
    expect(reactions(first.id)).toEqual(['eyes:mcpver[bot]', 'rocket:mcpver[bot]']);
    const reactionPosts = double.requests.filter((r) => r.path.endsWith(`/comments/${first.id}/reactions`));
    expect(reactionPosts.map((r) => `${(r.body as { content: string }).content}:${r.status}`)).toEqual([
      'eyes:201',
      'rocket:201',
      'eyes:200',
    ]);
    expect(double.unexpectedRequests(ANSWER)).toEqual([]);
  });

  it('answers an unknown command with 😕 and the help', async () => {
    const { id } = await command('alice', '/mcpver frobnicate now');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toContain('There is no `/mcpver frobnicate` command.');
    expect(replies()[0]).toContain('`/mcpver help`');
  });

  it('ignores commands that are not on the first line, and comments by bots including itself', async () => {
    await command('alice', 'please run\n/mcpver help');
    await command('mcpver[bot]', '/mcpver help');
    await command('dependabot[bot]', '/mcpver check');
    expect(replies()).toEqual([]);
    expect(double.repository('acme/server').reactions).toEqual([]);
    expect(double.unexpectedRequests(ANSWER.slice(0, 2))).toEqual([]);
  });

  it('rejects a webhook with a bad signature (400) before any handler runs', async () => {
    const id = double.addComment('acme/server', pull, 'alice', '/mcpver help');
    const status = await app.send(
      'issue_comment',
      commentPayload(double, {
        login: 'alice',
        body: '/mcpver help',
        issueNumber: pull,
        pullRequest: true,
        commentId: id,
      }),
      {
        secret: 'not-the-secret',
      },
    );
    expect(status).toBe(400);
    expect(double.requests).toEqual([]);
    expect(replies()).toEqual([]);
  });

  it('tells a writer that the configuration is invalid instead of acting on it', async () => {
    await double.commitFiles(
      'acme/server',
      'main',
      { '.github/mcpver.yml': 'policy:\n  fail-on: sometimes\n' },
      'break config',
    );
    const { id } = await command('alice', '/mcpver check');
    expect(reactions(id)).toEqual(['eyes:mcpver[bot]', 'confused:mcpver[bot]']);
    expect(replies()[0]).toContain('"policy.fail-on" must be one of "under-bump", "breaking", "never"');
  });
});
