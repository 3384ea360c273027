// The Action's writes to the state branch, through the real GitHub client code path against the double.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/core';
import { GitHubDouble } from '../github/double.ts';
import {
  readStoredSnapshot,
  stateStoreFor,
  storePullRequestInState,
  storeReleaseInState,
  type StateWriteContext,
} from '../../src/action/state-writes.ts';
import { releaseCheck } from '../app/fixtures.ts';
import type { Registry } from '../../src/state/records.ts';

let double: GitHubDouble;
let notices: string[];
let commit: string;

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server');
  commit = (await double.repository('acme/server').git.resolveRef('refs/heads/main'))!;
  double.addToken('ghs_push', 'github-actions[bot]');
  double.addToken('ghs_fork', 'github-actions[bot]', { readOnly: true });
  notices = [];
});
afterEach(() => double.close());

function ctx(token: string): StateWriteContext {
  return {
    octokit: new Octokit({ auth: token, baseUrl: double.url }),
    owner: 'acme',
    repo: 'server',
    branch: 'mcpver/state',
    actor: 'github-actions[bot]',
    notice: (m) => notices.push(m),
  };
}

describe("the Action's state writes", () => {
  it('stores the snapshot and report of a release tag and records it in registry.json, in one commit', async () => {
    const { report, snapshot } = releaseCheck('tool-removed', '1.0.0', '2.0.0');
    const outcome = await storeReleaseInState(ctx('ghs_push'), {
      package: 'acme-server',
      tag: 'v2.0.0',
      commit,
      snapshot,
      report,
    });
    expect(outcome).toEqual({
      stored: true,
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
      paths: ['snapshots/acme-server/2.0.0.json', 'reports/acme-server/1.0.0..2.0.0.json', 'registry.json'],
    });
    const store = stateStoreFor(ctx('ghs_push'));
    expect(await store.readJson('reports/acme-server/1.0.0..2.0.0.json')).toEqual(report);
    expect((await store.readJson<Registry>('registry.json'))!.packages['acme-server']!.releases['2.0.0']).toMatchObject(
      { tag: 'v2.0.0', commit, verdict: 'ok', required: 'major' },
    );
    expect(double.writes().filter((r) => r.method === 'POST' && r.path.endsWith('/git/commits'))).toHaveLength(1);
    expect(notices).toEqual([]);
  });

  it('skips the write with a notice when the token is read-only (a pull request from a fork)', async () => {
    const { report, snapshot } = releaseCheck('tool-added', '1.0.0', '1.1.0');
    const outcome = await storeReleaseInState(ctx('ghs_fork'), {
      package: 'acme-server',
      tag: 'v1.1.0',
      commit,
      snapshot,
      report,
    });
    expect(outcome.stored).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /The snapshot and report of acme-server 1\.1\.0 was not stored on the state branch mcpver\/state: the token can only read/,
    );
    expect(double.writes()).toEqual([]);
  });

  it('reads the previous release snapshot from the state branch instead of rebuilding it', async () => {
    const { report, snapshot } = releaseCheck('tool-added', '1.0.0', '1.1.0');
    const store = stateStoreFor(ctx('ghs_push'));
    expect(await readStoredSnapshot(store, 'acme-server', '1.1.0')).toBeNull();
    await storeReleaseInState(ctx('ghs_push'), { package: 'acme-server', tag: 'v1.1.0', commit, snapshot, report });
    expect(await readStoredSnapshot(store, 'acme-server', '1.1.0')).toEqual(snapshot);
    expect(await readStoredSnapshot(store, 'acme-server', '1.0.0')).toBeNull();
  });

  it('refuses a stored snapshot that is not a snapshot, naming its path', async () => {
    const store = stateStoreFor(ctx('ghs_push'));
    await store.transact('corrupt', async (tx) => tx.write('snapshots/acme-server/1.0.0.json', '{"tools": 3'));
    await expect(readStoredSnapshot(store, 'acme-server', '1.0.0')).rejects.toThrow(
      /snapshots\/acme-server\/1\.0\.0\.json on the state branch/,
    );
  });

  it('stores the latest check of a pull request for /mcpver check', async () => {
    const { report } = releaseCheck('tool-removed', '1.0.0', '1.0.1');
    await storePullRequestInState(ctx('ghs_push'), {
      number: 4,
      head: commit,
      checkedAt: '2026-11-25T10:00:00Z',
      reports: [{ package: 'acme-server', report }],
    });
    expect(await stateStoreFor(ctx('ghs_push')).readJson('pulls/4.json')).toMatchObject({ number: 4, head: commit });
  });
});
