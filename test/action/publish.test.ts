// The Action's writes to GitHub, end to end over HTTP: the Action runs as a runner runs it and
// talks to the GitHub API double through GITHUB_API_URL. Tag push: the state branch is written.
// Pull request: one sticky comment, updated rather than duplicated by a second run.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateStoreFor } from '../../src/action/state-writes.ts';
import { STICKY_MARKER } from '../../src/action/pr-comment.ts';
import type { Registry } from '../../src/state/records.ts';
import { GitHubDouble } from '../github/double.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { runAction } from './run-action.ts';

const manifest = (version: string, extra: object = {}) => ({
  name: 'weather-mcp',
  version,
  type: 'module',
  bin: { 'weather-mcp': 'build/index.js', 'weather-admin': 'build/admin.js' },
  ...extra,
});

let double: GitHubDouble;
let repo: TempRepo;
let scratch: string;

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/weather', { files: { 'README.md': '# weather\n' } });
  double.addToken('ghs_actions', 'github-actions[bot]');
  double.addToken('ghs_fork', 'github-actions[bot]', { readOnly: true });
  repo = tempRepo('mcpver-publish-');
  repo.write('package.json', manifest('1.0.0'));
  repo.commit('first release', 'v1.0.0');
  scratch = mkdtempSync(path.join(tmpdir(), 'mcpver-event-'));
});
afterEach(async () => {
  await double.close();
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

const github = (token: string, extra: Record<string, string> = {}) => ({
  GITHUB_REPOSITORY: 'acme/weather',
  GITHUB_API_URL: double.url,
  GITHUB_ACTOR: 'release-bot',
  'INPUT_GITHUB-TOKEN': token,
  ...extra,
});

/** What a compare-and-swap write of the state branch sends through the Git Data API, and nothing else. */
const stateBranchTraffic: Array<[string, RegExp]> = [
  ['GET', /^\/repos\/acme\/weather$/],
  ['GET', /^\/repos\/acme\/weather\/git\/(ref\/heads\/mcpver\/state|commits\/\w+|trees\/\w+|blobs\/\w+)$/],
  ['POST', /^\/repos\/acme\/weather\/git\/(refs|commits|trees|blobs)$/],
  ['PATCH', /^\/repos\/acme\/weather\/git\/refs\/heads\/mcpver\/state$/],
];

const state = () =>
  stateStoreFor({
    octokit: new Octokit({ auth: 'ghs_actions', baseUrl: double.url }),
    owner: 'acme',
    repo: 'weather',
    branch: 'mcpver/state',
    actor: 'test',
  });

describe('on a tag push', () => {
  it('stores the snapshot and the report on the state branch and records the release', async () => {
    repo.write('package.json', manifest('1.1.0', { bin: { 'weather-mcp': 'build/index.js' } }));
    const sha = repo.commit('drop the admin command', 'v1.1.0');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v1.1.0',
      env: github('ghs_actions', { GITHUB_SHA: sha }),
    });
    expect(run.code, run.stdout).toBe(1);
    const store = state();
    expect(await store.readJson('reports/weather-mcp/1.0.0..1.1.0.json')).toMatchObject({
      verdict: 'under-bumped',
      nextVersion: '2.0.0',
    });
    expect(await store.readJson('snapshots/weather-mcp/1.1.0.json')).toMatchObject({
      package: { name: 'weather-mcp', version: '1.1.0' },
    });
    const registry = await store.readJson<Registry>('registry.json');
    expect(registry!.packages['weather-mcp']!.releases['1.1.0']).toMatchObject({ tag: 'v1.1.0', commit: sha });
    expect(run.annotations.filter((a) => a.level === 'warning')).toEqual([]);
    expect(double.unexpectedRequests(stateBranchTraffic)).toEqual([]);
  });

  it('reads the previous release from the state branch instead of rebuilding it from its tag', async () => {
    repo.write('package.json', manifest('1.1.0'));
    const sha = repo.commit('a feature', 'v1.1.0');
    expect(
      (
        await runAction({
          workspace: repo.dir,
          ref: 'refs/tags/v1.1.0',
          env: github('ghs_actions', { GITHUB_SHA: sha }),
        })
      ).code,
    ).toBe(0);
    // What is stored wins over the tag: a command only the stored snapshot has proves where it was read.
    await state().transact('edit the stored snapshot', async (tx) => {
      const stored = (await tx.readJson<{ package: { bin: Record<string, string> } }>(
        'snapshots/weather-mcp/1.1.0.json',
      ))!;
      stored.package.bin['weather-legacy'] = 'build/legacy.js';
      tx.writeJson('snapshots/weather-mcp/1.1.0.json', stored);
    });
    repo.write('package.json', manifest('1.1.1'));
    const next = repo.commit('a fix', 'v1.1.1');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v1.1.1',
      env: github('ghs_actions', { GITHUB_SHA: next }),
    });
    expect(run.stdout).toContain('Read the snapshot of weather-mcp 1.1.0 from the state branch mcpver/state');
    expect(run.outputs.verdict).toBe('under-bumped');
    expect(await state().readJson('reports/weather-mcp/1.1.0..1.1.1.json')).toMatchObject({
      changes: [expect.objectContaining({ rule: 'bin-removed', subject: 'bin:weather-legacy' })],
    });
  });

  it('with a token that can only read, skips the write with a notice and still reports', async () => {
    repo.write('package.json', manifest('1.1.0', { bin: { 'weather-mcp': 'build/index.js' } }));
    const sha = repo.commit('drop the admin command', 'v1.1.0');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v1.1.0',
      env: github('ghs_fork', { GITHUB_SHA: sha }),
    });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe('under-bumped');
    expect(run.annotations.find((a) => a.level === 'notice')?.message).toMatch(
      /was not stored on the state branch mcpver\/state: the token can only read/,
    );
    expect(double.writes()).toEqual([]);
  });
});

describe('on a pull request', () => {
  it('keeps one sticky comment that says what bump the change needs, updated on the next run', async () => {
    const number = await double.openPullRequest('acme/weather', { head: 'feature', author: 'alice' });
    const event = path.join(scratch, 'event.json');
    const pullRequest = async (sha: string) => {
      writeFileSync(event, JSON.stringify({ action: 'synchronize', number, pull_request: { number, head: { sha } } }));
      return runAction({
        workspace: repo.dir,
        ref: `refs/pull/${number}/merge`,
        eventName: 'pull_request',
        inputs: { 'fail-on': 'never' },
        env: github('ghs_actions', { GITHUB_EVENT_PATH: event }),
      });
    };
    repo.write('package.json', manifest('1.1.0', { engines: { node: '>=22' } }));
    const first = await pullRequest(repo.commit('raise node'));
    expect(first.code, first.stdout).toBe(0);
    repo.write(
      'package.json',
      manifest('1.1.0', { engines: { node: '>=22' }, bin: { 'weather-mcp': 'build/index.js' } }),
    );
    const second = await pullRequest(repo.commit('drop the admin command'));
    expect(second.code, second.stdout).toBe(0);

    const comments = double.repository('acme/weather').comments.filter((c) => c.issueNumber === number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe('github-actions[bot]');
    expect(comments[0]!.body.startsWith(`${STICKY_MARKER}\n## ❌ mcpver: Under-bumped`)).toBe(true);
    expect(comments[0]!.body).toContain('Command "weather-admin" was removed from "bin"');
    // The second run edited the comment: no second POST of a comment.
    expect(double.writes().filter((r) => /\/issues\/\d+\/comments$/.test(r.path))).toHaveLength(1);
    expect(
      double.unexpectedRequests([
        ...stateBranchTraffic,
        ['GET', /^\/repos\/acme\/weather\/issues\/\d+\/comments$/],
        ['POST', /^\/repos\/acme\/weather\/issues\/\d+\/comments$/],
        ['PATCH', /^\/repos\/acme\/weather\/issues\/comments\/\d+$/],
      ]),
    ).toEqual([]);
    expect(await state().readJson(`pulls/${number}.json`)).toMatchObject({
      number,
      reports: [{ package: 'weather-mcp', report: { required: 'major' } }],
    });
  });
});
