// A breaking release of a provider through the real App: a signed tag push webhook over HTTP ends in
// one migration pull request per dependent; a later release updates them; a merge closes the record.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MigrationRecord } from '../../src/migrate/record.ts';
import { storeReleaseCheck } from '../../src/state/records.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import type { RollbackRecord } from '../../src/rollback/types.ts';
import { GitHubDouble } from '../github/double.ts';
import { labelsRoutes, issueLabels } from '../github/routes/labels.ts';
import { mergeRoutes } from '../github/routes/merge.ts';
import { ACCEPTED, addressed, startApp, webhookExample, type RunningApp } from './app-harness.ts';
import { FIXTURES, PROVIDER, providerFixtureSnapshot, readFolder, realProviderReport, typeErrors } from './helpers.ts';

const NAME = 'acme/weather-mcp';
const INSTALLATION = 41;
const BRANCH = 'mcpver/migrate/acme-weather-mcp';
const DEPENDENTS = ['acme/dashboard', 'acme/assistant'];
let double: GitHubDouble;
let app: RunningApp;
let octokit: Octokit;
let store: GitHubStateStore;

function providerFiles(version: string): Record<string, string> {
  const dir = path.join(FIXTURES, `provider-${version}`);
  return Object.fromEntries(['package.json', 'index.d.ts'].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** What happens on `git push origin v<to>` after the Action stored the release's check. */
async function pushRelease(from: string, to: string, deliveryId?: string): Promise<number> {
  const commit = await double.commitFiles(NAME, 'main', providerFiles(to), `release ${to}`, 'alice');
  await double.tag(NAME, `v${to}`, commit, `v${to}`);
  const report = await realProviderReport(from, to);
  const snapshot = await providerFixtureSnapshot(to);
  await store.transact(`check of ${to}`, async (tx) => void storeReleaseCheck(tx, PROVIDER, snapshot, report));
  const payload = addressed(webhookExample('push'), double, NAME, INSTALLATION, 'alice');
  Object.assign(payload, { ref: `refs/tags/v${to}`, created: true, deleted: false, after: commit, base_ref: null });
  double.requests.length = 0;
  return app.send('push', payload, deliveryId);
}

const P = '^/repos/acme/weather-mcp';
const D = '^/repos/acme/(dashboard|assistant|website)';
/** Recording the release in the provider (the release handler): config, the tag, the state branch, the verdict comment. */
const RELEASE: Array<[string, RegExp]> = [
  ['POST', new RegExp(`^/app/installations/${INSTALLATION}/access_tokens$`)],
  ['GET', /^\/repos\/acme\/(weather-mcp|\.github)\/contents\/.+$/],
  ['GET', new RegExp(`${P}$`)],
  ['GET', new RegExp(`${P}/git/ref/(heads|tags)/.+$`)],
  ['GET', new RegExp(`${P}/git/(commits|trees|blobs|tags)/[0-9a-f]{40}$`)],
  ['POST', new RegExp(`${P}/git/(blobs|trees|commits|tags|refs)$`)],
  ['PATCH', new RegExp(`${P}/git/refs/heads/mcpver/state$`)],
  ['GET', new RegExp(`${P}/git/matching-refs/tags/mcpver/rollback/$`)],
  ['GET', new RegExp(`${P}/commits/[0-9a-f]{40}/comments$`)],
  ['POST', new RegExp(`${P}/commits/[0-9a-f]{40}/comments$`)],
];
/** Migrating the dependents: read each one, then only its migration branch, pull request and label. */
const MIGRATE: Array<[string, RegExp]> = [
  ['GET', /^\/installation\/repositories$/],
  ['GET', new RegExp(`${D}$`)],
  ['GET', new RegExp(`${D}/git/ref/heads/(main|${BRANCH})$`)],
  ['GET', new RegExp(`${D}/git/(commits|trees|blobs)/[0-9a-f]{40}$`)],
  ['POST', new RegExp(`${D}/git/(trees|commits)$`)],
  ['POST', new RegExp(`${D}/git/refs$`)],
  ['PATCH', new RegExp(`${D}/git/refs/heads/${BRANCH}$`)],
  ['GET', new RegExp(`${D}/pulls$`)],
  ['POST', new RegExp(`${D}/pulls$`)],
  ['PATCH', new RegExp(`${D}/pulls/\\d+$`)],
  ['POST', new RegExp(`${D}/issues/\\d+/labels$`)],
];

const pulls = (name: string) => double.repository(name).issues.filter((i) => i.pull);

async function branchFiles(name: string, fixture: string): Promise<Map<string, string>> {
  const { git } = double.repository(name);
  const files = new Map<string, string>();
  for (const file of readFolder(path.join(FIXTURES, fixture)).keys()) {
    const found = await git.fileAt(`refs/heads/${BRANCH}`, file);
    if (found) files.set(file, found.content.toString('utf8'));
  }
  return files;
}

beforeAll(async () => {
  double = await GitHubDouble.start({ routes: [labelsRoutes, mergeRoutes] });
  await double.createRepository(NAME, { files: providerFiles('1.2.0') });
  await double.tag(NAME, 'v1.2.0', 'refs/heads/main', 'v1.2.0');
  await double.createRepository('acme/dashboard', {
    files: Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-ts'))),
  });
  await double.createRepository('acme/assistant', {
    files: Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-mcp'))),
  });
  await double.createRepository('acme/website', { files: { 'index.html': '<h1>weather</h1>\n' } });
  double.install(INSTALLATION, 'acme', [NAME, ...DEPENDENTS, 'acme/website']);
  double.grant(NAME, 'alice', 'maintain');
  octokit = new Octokit({ auth: double.mintInstallationToken(INSTALLATION), baseUrl: double.url });
  store = new GitHubStateStore({ octokit, owner: 'acme', repo: 'weather-mcp' });
  app = await startApp(double);
});
afterAll(async () => {
  await app.close();
  await double.close();
});

describe('the App on a breaking release of a provider', () => {
  it('opens exactly one migration pull request in each dependent and makes the release rollback point', async () => {
    expect([200, 202]).toContain(await pushRelease('1.2.0', '2.0.0', 'push-v2'));
    for (const name of DEPENDENTS) {
      expect(pulls(name).map((p) => [p.title, p.state, p.pull!.head])).toEqual([
        [`Migrate ${PROVIDER} to 2.0.0`, 'open', BRANCH],
      ]);
      expect(issueLabels(pulls(name)[0]!)).toEqual(['mcpver']);
    }
    expect(pulls('acme/website')).toHaveLength(0);
    const points = await store.list('rollbacks/');
    const point = await store.readJson<RollbackRecord>(points.find((p) => p.includes('v2.0.0'))!);
    expect(point).toMatchObject({ package: PROVIDER, version: '2.0.0', reason: 'release', note: 'release v2.0.0' });
    expect(typeErrors(await branchFiles('acme/dashboard', 'dependent-ts'), '2.0.0')).toEqual([]);
    expect((await branchFiles('acme/assistant', 'dependent-mcp')).get('.mcp.json')).toContain(
      '"alwaysAllow": ["forecast"]',
    );
    expect(double.unexpectedRequests([...RELEASE, ...MIGRATE])).toEqual([]);
    // The repository that does not use the package was only read.
    expect(double.writes().filter((w) => w.path.startsWith('/repos/acme/website'))).toEqual([]);
  });

  it('does nothing twice when the same push is delivered again', async () => {
    const payload = addressed(webhookExample('push'), double, NAME, INSTALLATION, 'alice');
    Object.assign(payload, { ref: 'refs/tags/v2.0.0', created: true, deleted: false });
    const before = double.writes().filter((w) => w.path.includes('/pulls') || w.path.includes('/git/tags')).length;
    expect(await app.send('push', payload, 'push-v2-redelivered')).toBeOneOf(ACCEPTED);
    expect(double.writes().filter((w) => w.path.includes('/pulls') || w.path.includes('/git/tags')).length).toBe(
      before,
    );
    for (const name of DEPENDENTS) expect(pulls(name)).toHaveLength(1);
  });

  it('updates the same pull requests on the next breaking release', async () => {
    const numbers = DEPENDENTS.map((n) => pulls(n)[0]!.number);
    expect([200, 202]).toContain(await pushRelease('2.0.0', '3.0.0'));
    expect(DEPENDENTS.map((n) => pulls(n).map((p) => [p.number, p.title]))).toEqual(
      numbers.map((n) => [[n, `Migrate ${PROVIDER} to 3.0.0`]]),
    );
    expect(typeErrors(await branchFiles('acme/dashboard', 'dependent-ts'), '3.0.0')).toEqual([]);
    expect(double.unexpectedRequests([...RELEASE, ...MIGRATE])).toEqual([]);
  });

  it('closes the record and makes a rollback point at the base commit when a person merges it', async () => {
    const number = pulls('acme/dashboard')[0]!.number;
    const base = (await double.repository('acme/dashboard').git.resolveRef('refs/heads/main'))!;
    double.grant('acme/dashboard', 'carol', 'write');
    double.addToken('ghp_carol', 'carol');
    const carol = new Octokit({ auth: 'ghp_carol', baseUrl: double.url });
    await carol.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      owner: 'acme',
      repo: 'dashboard',
      pull_number: number,
    });
    const pull = (
      await carol.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', {
        owner: 'acme',
        repo: 'dashboard',
        pull_number: number,
      })
    ).data;
    const payload = addressed(
      webhookExample('pull_request', 'closed'),
      double,
      'acme/dashboard',
      INSTALLATION,
      'carol',
    );
    payload.pull_request = pull;
    payload.number = number;
    expect(await app.send('pull_request', payload)).toBeOneOf(ACCEPTED);
    const record = await store.readJson<MigrationRecord>('migrations/acme-weather-mcp--acme-dashboard.json');
    expect(record).toMatchObject({ status: 'merged', version: '3.0.0', pullRequest: number, note: 'merged by carol' });
    const dashboardStore = new GitHubStateStore({ octokit, owner: 'acme', repo: 'dashboard' });
    const point = await dashboardStore.readJson<RollbackRecord>(`rollbacks/${record!.rollbackPoint}.json`);
    expect(point).toMatchObject({ commit: base, reason: 'migration-merged' });
    expect(await double.repository('acme/dashboard').git.resolveRef(`refs/tags/${point!.tag}^{commit}`)).toBe(base);
  });
});
