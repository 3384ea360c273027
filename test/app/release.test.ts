// Releases end to end: a pushed tag and release.published reach the App over HTTP; it records the
// release in registry.json, links what the Action stored, and posts the verdict once.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { storeReleaseInState } from '../../src/action/state-writes.ts';
import type { Registry } from '../../src/state/records.ts';
import {
  ACCEPTED,
  example,
  inRepository,
  INSTALLATION_ID,
  startApp,
  unexpectedAppRequests,
  type AppHarness,
} from './harness.ts';
import { releaseCheck } from './fixtures.ts';

let double: GitHubDouble;
let app: AppHarness;
let commit: string;

function config(release: 'commit' | 'release' | 'none', id = true) {
  return `packages:\n  - path: .\n${id ? '    id: acme-server\n' : "    tag-pattern: '{name}@*'\n"}comments:\n  release: ${release}\nrollback:\n  on-release: false\n`;
}

async function setup(release: 'commit' | 'release' | 'none', options: { id?: boolean; tag?: string } = {}) {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', {
    files: {
      '.github/mcpver.yml': config(release, options.id ?? true),
      'package.json': '{"name":"acme-server","version":"1.1.0"}\n',
    },
  });
  double.install(INSTALLATION_ID, 'acme', ['acme/server']);
  commit = (await double.repository('acme/server').git.resolveRef('refs/heads/main'))!;
  await double.tag('acme/server', options.tag ?? 'v1.1.0', commit, 'release 1.1.0');
  double.addToken('ghs_actions', 'github-actions[bot]');
  app = await startApp(double);
}

/** What the Action does on the tag push: store the snapshot and report of 1.1.0 against 1.0.0. */
async function actionStoresCheck() {
  const { report, snapshot } = releaseCheck('tool-added', '1.0.0', '1.1.0');
  const octokit = new Octokit({ auth: 'ghs_actions', baseUrl: double.url });
  const outcome = await storeReleaseInState(
    {
      octokit,
      owner: 'acme',
      repo: 'server',
      branch: 'mcpver/state',
      actor: 'github-actions[bot]',
      notice: () => undefined,
    },
    { package: 'acme-server', tag: 'v1.1.0', commit, snapshot, report },
  );
  expect(outcome.stored).toBe(true);
}

function tagPush(tag: string) {
  const payload = inRepository(
    example('push', (e) => e.ref === 'refs/tags/simple-tag' && e.created === true),
    double,
    'acme/server',
  );
  return { ...payload, ref: `refs/tags/${tag}`, after: commit, deleted: false, created: true };
}

const registry = async () =>
  new GitHubStateStore({
    octokit: new Octokit({ auth: 'ghs_actions', baseUrl: double.url }),
    owner: 'acme',
    repo: 'server',
  }).readJson<Registry>('registry.json');

const RELEASE_REQUESTS: Array<[string, RegExp]> = [
  ['POST', /^\/app\/installations\/7\/access_tokens$/],
  ['GET', /^\/repos\/acme\/server\/contents\/\.github\/mcpver\.yml$/],
  ['GET', /^\/repos\/acme\/server\/git\/ref\/(heads\/mcpver\/state|tags\/(v1\.1\.0|acme-server@1\.1\.0))$/],
  ['GET', /^\/repos\/acme\/server\/git\/(commits|trees|blobs|tags)\/[0-9a-f]{40}$/],
  ['POST', /^\/repos\/acme\/server\/git\/(trees|commits)$/],
  ['PATCH', /^\/repos\/acme\/server\/git\/refs\/heads\/mcpver\/state$/],
  // Bootstrapping the state branch when the App writes first.
  ['GET', /^\/repos\/acme\/server$/],
  ['POST', /^\/repos\/acme\/server\/git\/refs$/],
];

afterEach(async () => {
  // Every scenario ends by proving the App asked GitHub for nothing a release does not need.
  expect(
    unexpectedAppRequests(double, [
      ...RELEASE_REQUESTS,
      ['GET', /^\/repos\/acme\/server\/commits\/[0-9a-f]{40}\/comments$/],
      ['POST', /^\/repos\/acme\/server\/commits\/[0-9a-f]{40}\/comments$/],
      ['GET', /^\/repos\/acme\/server\/releases\/tags\/v1\.1\.0$/],
      ['PATCH', /^\/repos\/acme\/server\/releases\/\d+$/],
      ['GET', /^\/repos\/acme\/server\/contents\/package\.json$/],
    ]),
  ).toEqual([]);
  await app.close();
  await double.close();
});

describe('when a release tag is pushed', () => {
  beforeEach(() => setup('commit'));

  it('records the release with the snapshot and report the Action stored, and comments the verdict on the commit', async () => {
    await actionStoresCheck();
    double.requests.length = 0;
    expect(await app.send('push', tagPush('v1.1.0'))).toBeOneOf(ACCEPTED);

    const entry = (await registry())!.packages['acme-server']!.releases['1.1.0']!;
    expect(entry).toMatchObject({
      tag: 'v1.1.0',
      commit,
      snapshot: 'snapshots/acme-server/1.1.0.json',
      report: 'reports/acme-server/1.0.0..1.1.0.json',
      verdict: 'ok',
      required: 'minor',
    });
    const comments = double.repository('acme/server').commitComments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.commitId).toBe(commit);
    expect(comments[0]!.body).toContain('<!-- mcpver:verdict acme-server@1.1.0 -->');
    expect(comments[0]!.body).toContain('mcpver: OK');
    expect(comments[0]!.body).toContain(
      '(https://github.com/acme/server/blob/mcpver/state/reports/acme-server/1.0.0..1.1.0.json)',
    );
    expect(entry.posted).toEqual({
      kind: 'commit-comment',
      id: comments[0]!.id,
      url: expect.stringContaining('#commitcomment-'),
    });
    expect(
      double.unexpectedRequests([
        ...RELEASE_REQUESTS,
        ['GET', /\/commits\/[0-9a-f]{40}\/comments$/],
        ['POST', /\/commits\/[0-9a-f]{40}\/comments$/],
      ]),
    ).toEqual([]);
  });

  it('does nothing twice when the same push is delivered again', async () => {
    await actionStoresCheck();
    await app.send('push', tagPush('v1.1.0'), { delivery: 'push-1' });
    const head = await double.repository('acme/server').git.refTarget('refs/heads/mcpver/state');
    await app.send('push', tagPush('v1.1.0'), { delivery: 'push-1' });
    expect(double.repository('acme/server').commitComments).toHaveLength(1);
    expect(await double.repository('acme/server').git.refTarget('refs/heads/mcpver/state')).toBe(head);
  });

  it('records a release the Action has not stored yet, and posts no verdict without a report', async () => {
    await app.send('push', tagPush('v1.1.0'));
    expect((await registry())!.packages['acme-server']!.releases['1.1.0']).toMatchObject({
      snapshot: null,
      report: null,
      verdict: null,
    });
    expect(double.repository('acme/server').commitComments).toEqual([]);
  });

  it('ignores a tag that matches no package pattern, writing nothing', async () => {
    await double.tag('acme/server', 'nightly', commit);
    double.requests.length = 0;
    expect(await app.send('push', tagPush('nightly'))).toBeOneOf(ACCEPTED);
    expect(double.writes().filter((r) => !r.path.endsWith('access_tokens'))).toEqual([]);
    expect(double.unexpectedRequests(RELEASE_REQUESTS.slice(0, 2))).toEqual([]);
  });
});

describe('when a release is published and comments.release is "release"', () => {
  beforeEach(() => setup('release'));

  it('adds the verdict to the release notes once', async () => {
    await actionStoresCheck();
    const octokit = new Octokit({ auth: 'ghs_actions', baseUrl: double.url });
    const release = (
      await octokit.request('POST /repos/{owner}/{repo}/releases', {
        owner: 'acme',
        repo: 'server',
        tag_name: 'v1.1.0',
        body: 'Adds the fetch tool.',
      })
    ).data;
    const payload = inRepository(
      example('release', (e) => e.action === 'published'),
      double,
      'acme/server',
    );
    payload.release = { ...payload.release, id: release.id, tag_name: 'v1.1.0', draft: false, body: release.body };

    expect(await app.send('release', payload)).toBeOneOf(ACCEPTED);
    expect(await app.send('release', payload)).toBeOneOf(ACCEPTED);

    const body = double.repository('acme/server').releases[0]!.body!;
    expect(body.startsWith('Adds the fetch tool.\n\n<!-- mcpver:verdict acme-server@1.1.0 -->')).toBe(true);
    expect(body.match(/mcpver:verdict acme-server@1\.1\.0/g)).toHaveLength(1);
    expect(double.repository('acme/server').commitComments).toEqual([]);
    expect((await registry())!.packages['acme-server']!.releases['1.1.0']!.posted).toMatchObject({
      kind: 'release',
      id: release.id,
    });
  });
});

describe('when the package has no id and a {name}@* tag pattern', () => {
  beforeEach(() => setup('commit', { id: false, tag: 'acme-server@1.1.0' }));

  it("takes the package's name from its package.json at the tag", async () => {
    expect(await app.send('push', tagPush('acme-server@1.1.0'))).toBeOneOf(ACCEPTED);
    expect((await registry())!.packages['acme-server']!.releases['1.1.0']).toMatchObject({
      tag: 'acme-server@1.1.0',
      commit,
    });
    expect(
      double.requests.some(
        (r) =>
          r.path === '/repos/acme/server/contents/package.json' &&
          r.query.includes('ref=refs%2Ftags%2Facme-server%401.1.0'),
      ),
    ).toBe(true);
  });
});
