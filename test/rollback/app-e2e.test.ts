// `/mcpver rollback` through the real App: signed issue_comment webhooks over HTTP, Probot, the
// command framework and the GitHub double.

import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { createRollbackPoint } from '../../src/rollback/points.ts';
import type { RollbackRecord } from '../../src/rollback/types.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { GitHubDouble } from '../github/double.ts';
import { startNpmRegistry, type NpmRegistryDouble } from '../helpers/npm-registry.ts';
import { ACCEPTED, addressed, startApp, webhookExample, type RunningApp } from '../migrate/app-harness.ts';

const NAME = 'acme/weather-mcp';
const INSTALLATION = 31;
let double: GitHubDouble;
let app: RunningApp;
let point: RollbackRecord;
let v2: string;
let issueNumber: number;
let registry: NpmRegistryDouble;

/** A person's comment on the tracking issue, as GitHub stores it and as the webhook announces it. */
async function comment(login: string, body: string) {
  const client = new Octokit({ auth: `ghp_${login}`, baseUrl: double.url });
  const { data } = await client.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: 'acme',
    repo: 'weather-mcp',
    issue_number: issueNumber,
    body,
  });
  const payload = addressed(webhookExample('issue_comment', 'created'), double, NAME, INSTALLATION, login);
  payload.comment = { ...payload.comment, id: data.id, body, user: { ...payload.comment.user, login, type: 'User' } };
  payload.issue = { ...payload.issue, number: issueNumber };
  return { payload, id: data.id as number };
}

const reactions = (commentId: number) =>
  double
    .repository(NAME)
    .reactions.filter((r) => r.subject === `issue-comment:${commentId}`)
    .map((r) => r.content);
const replies = () => double.repository(NAME).comments.filter((c) => c.user.login === double.botLogin);
const rollbackPulls = () => double.repository(NAME).issues.filter((i) => i.pull);
/** Writes other than the framework's own reactions and reply comments. */
const substantiveWrites = () =>
  double
    .writes()
    .filter(
      (w) => !/\/reactions$/.test(w.path) && !/\/issues\/\d+\/comments$/.test(w.path) && !w.path.startsWith('/app/'),
    );

const R = '^/repos/acme/weather-mcp';
/** What answering any command takes: a token, the config, reactions, the permission check, the reply. */
const ANSWER: Array<[string, RegExp]> = [
  ['POST', new RegExp(`^/app/installations/${INSTALLATION}/access_tokens$`)],
  ['GET', new RegExp(`${R}/contents/\\.github/mcpver\\.yml$`)],
  ['GET', /^\/repos\/acme\/\.github\/contents\/\.github\/mcpver\.yml$/],
  ['POST', new RegExp(`${R}/issues/comments/\\d+/reactions$`)],
  ['GET', new RegExp(`${R}/collaborators/[^/]+/permission$`)],
  ['POST', new RegExp(`${R}/issues/\\d+/comments$`)],
];
/** Reading refs, objects and the state branch (verifying a point reads its tag and tree). */
const READ: Array<[string, RegExp]> = [
  ['GET', new RegExp(`${R}$`)],
  ['GET', new RegExp(`${R}/git/ref/(heads|tags)/.+$`)],
  ['GET', new RegExp(`${R}/git/(commits|trees|blobs|tags)/[0-9a-f]{40}$`)],
];
/** Opening the restore: one commit, its branch, the pull request, and the record of the restore. */
const RESTORE: Array<[string, RegExp]> = [
  ['POST', new RegExp(`${R}/git/(blobs|trees|commits)$`)],
  ['POST', new RegExp(`${R}/git/refs$`)],
  ['PATCH', new RegExp(`${R}/git/refs/heads/mcpver/state$`)],
  ['GET', new RegExp(`${R}/pulls$`)],
  ['POST', new RegExp(`${R}/pulls$`)],
];

beforeAll(async () => {
  // The App asks npm which versions are published; npm asks this double (vitest gives each file its own process).
  registry = await startNpmRegistry({ '@acme/weather-mcp': ['1.2.0', '2.0.0'] });
  process.env.npm_config_registry = registry.url;
  double = await GitHubDouble.start();
  await double.createRepository(NAME, {
    files: {
      'package.json': '{ "name": "@acme/weather-mcp", "version": "1.2.0" }\n',
      'server.js': 'tools = ["get_forecast"]\n',
    },
  });
  const v1 = (await double.repository(NAME).git.resolveRef('refs/heads/main'))!;
  v2 = await double.commitFiles(
    NAME,
    'main',
    { 'package.json': '{ "name": "@acme/weather-mcp", "version": "2.0.0" }\n', 'server.js': 'tools = ["forecast"]\n' },
    'release 2.0.0',
  );
  double.install(INSTALLATION, 'acme', [NAME]);
  double.grant(NAME, 'alice', 'maintain');
  double.grant(NAME, 'bob', 'read');
  for (const login of ['alice', 'bob']) double.addToken(`ghp_${login}`, login);
  const octokit = new Octokit({ auth: double.mintInstallationToken(INSTALLATION), baseUrl: double.url });
  const ctx = {
    repo: new GitHubRollbackRepository(octokit, { owner: 'acme', repo: 'weather-mcp' }),
    store: new GitHubStateStore({ octokit, owner: 'acme', repo: 'weather-mcp' }),
  };
  point = (
    await createRollbackPoint(ctx, {
      package: '@acme/weather-mcp',
      version: '1.2.0',
      commit: v1,
      reason: 'release',
      note: 'release v1.2.0',
    })
  ).record;
  const issue = await new Octokit({ auth: 'ghp_alice', baseUrl: double.url }).request(
    'POST /repos/{owner}/{repo}/issues',
    { owner: 'acme', repo: 'weather-mcp', title: 'Roll back 2.0.0' },
  );
  issueNumber = issue.data.number;
  app = await startApp(double);
});
afterAll(async () => {
  await app.close();
  await double.close();
  await registry.close();
});

describe('/mcpver rollback in the App', () => {
  it('from a reader is refused, with a reply, and writes nothing else', async () => {
    const { payload, id } = await comment('bob', '/mcpver rollback 1.2.0');
    double.requests.length = 0;
    const before = substantiveWrites().length;
    expect(await app.send('issue_comment', payload)).toBeOneOf(ACCEPTED);
    expect(reactions(id)).toEqual(['eyes', 'confused']);
    expect(replies().at(-1)!.body).toMatch(/@bob .*write/);
    expect(substantiveWrites().length).toBe(before);
    expect(rollbackPulls()).toHaveLength(0);
    expect(double.unexpectedRequests(ANSWER)).toEqual([]);
  });

  it('from a maintainer opens one pull request whose single commit restores the recorded tree with the version to publish next, once per delivery', async () => {
    const { payload, id } = await comment('alice', '/mcpver rollback 1.2.0');
    double.requests.length = 0;
    expect(await app.send('issue_comment', payload, 'delivery-rollback-1')).toBeOneOf(ACCEPTED);
    expect(reactions(id)).toEqual(['eyes', 'rocket']);
    expect(rollbackPulls()).toHaveLength(1);
    const pull = rollbackPulls()[0]!;
    const { git } = double.repository(NAME);
    const head = (await git.resolveRef(`refs/heads/${pull.pull!.head}`))!;
    const commit = await git.readCommit(head);
    // The recorded tree, but for the version to publish: above 2.0.0, the highest on the registry.
    const restore = new GitHubRollbackRepository(
      new Octokit({ auth: double.mintInstallationToken(INSTALLATION), baseUrl: double.url }),
      { owner: 'acme', repo: 'weather-mcp' },
    );
    expect(await restore.changedFiles(point.commit, head)).toEqual(['M package.json']);
    expect(await restore.readFile(head, 'package.json')).toBe('{ "name": "@acme/weather-mcp", "version": "2.0.1" }\n');
    expect(commit.parents).toEqual([v2]);
    expect(replies().at(-1)!.body).toContain(`Opened #${pull.number} to roll back to rollback point \`${point.id}\``);
    expect(replies().at(-1)!.body).toContain('After merging, publish it as `2.0.1` (set in `package.json`).');
    expect(pull.body).toContain(
      'to **`2.0.1`**: one patch above `2.0.0`, the highest version of `@acme/weather-mcp` on the npm registry.',
    );

    const repliesBefore = replies().length;
    expect(await app.send('issue_comment', payload, 'delivery-rollback-1')).toBeOneOf(ACCEPTED);
    expect(rollbackPulls()).toHaveLength(1);
    expect(replies().length).toBe(repliesBefore);
    expect(double.unexpectedRequests([...ANSWER, ...READ, ...RESTORE])).toEqual([]);
  });

  it('refuses a rollback point whose tag was tampered with', async () => {
    const { git } = double.repository(NAME);
    const original = (await git.resolveRef(`refs/tags/${point.tag}`))!;
    const forged = await git.makeTag(v2, 'commit', point.tag, (await git.readTag(original)).message, {
      name: 'mallory',
      email: 'mallory@example.com',
    });
    await git.updateRef(`refs/tags/${point.tag}`, forged, original);
    const { payload, id } = await comment('alice', `/mcpver rollback ${point.id}`);
    double.requests.length = 0;
    const before = substantiveWrites().length;
    expect(await app.send('issue_comment', payload)).toBeOneOf(ACCEPTED);
    expect(reactions(id)).toEqual(['eyes', 'confused']);
    expect(replies().at(-1)!.body).toContain(
      `The rollback point ${point.id} failed its integrity check: its tag ${point.tag} was moved`,
    );
    expect(substantiveWrites().length).toBe(before);
    expect(double.unexpectedRequests([...ANSWER, ...READ])).toEqual([]);
  });
});
