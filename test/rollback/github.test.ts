// Rollback points through GitHub's Git Data API, against the double (real HTTP, real git objects).

import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { createRollbackPoint, verifyRollbackPoint, type RollbackContext } from '../../src/rollback/points.ts';
import { restoreRollbackPoint } from '../../src/rollback/restore.ts';
import { pruneRollbackPoints } from '../../src/rollback/retention.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { GitHubDouble } from '../github/double.ts';
import { npmPublishedVersions } from '../../src/rollback/npm-versions.ts';
import { startNpmRegistry } from '../helpers/npm-registry.ts';

let double: GitHubDouble;
let octokit: Octokit;

beforeAll(async () => {
  double = await GitHubDouble.start();
  double.install(1, 'acme', []);
  octokit = new Octokit({ auth: double.mintInstallationToken(1), baseUrl: double.url });
});
afterAll(() => double.close());

async function provider(name: string) {
  await double.createRepository(name, { files: { 'server.js': 'tools = ["search"]\n' } });
  const v1 = await double.commitFiles(name, 'main', { 'server.js': 'tools = ["search", "alerts"]\n' }, 'release 1.0.0');
  const v2 = await double.commitFiles(
    name,
    'main',
    { 'server.js': 'tools = ["find"]\n', 'extra.js': 'x\n' },
    'release 2.0.0',
  );
  const [owner, repo] = name.split('/') as [string, string];
  const ctx: RollbackContext = {
    repo: new GitHubRollbackRepository(octokit, { owner, repo }),
    store: new GitHubStateStore({ octokit, owner, repo }),
    actor: 'alice',
  };
  return { name, v1, v2, ctx };
}

let counter = 0;
async function freshProvider() {
  const name = `acme/weather-${++counter}`;
  double.installations.get(1)!.repositories.push(name);
  return provider(name);
}

describe('rollback points on GitHub', () => {
  it('makes the annotated tag object and its ref, and the record, and finds them again', async () => {
    const { v1, ctx } = await freshProvider();
    const { record, created } = await createRollbackPoint(ctx, {
      package: 'weather',
      version: '1.0.0',
      commit: v1,
      reason: 'release',
      note: 'release v1.0.0',
    });
    expect(created).toBe(true);
    const tag = await ctx.repo.readTag(record.tag);
    expect(tag).toMatchObject({ annotated: true, commit: v1 });
    expect(tag!.message).toContain(`tree: ${record.tree}`);
    expect(await verifyRollbackPoint(ctx.repo, record)).toEqual({ ok: true });
    const again = await createRollbackPoint(ctx, {
      package: 'weather',
      version: '1.0.0',
      commit: v1,
      reason: 'release',
      note: 'release v1.0.0',
    });
    expect(again.created).toBe(false);
  });

  it('restores with one pull request whose single commit has the recorded tree on top of main, and updates it instead of duplicating', async () => {
    const { name, v1, v2, ctx } = await freshProvider();
    const { record } = await createRollbackPoint(ctx, {
      package: 'weather',
      version: '1.0.0',
      commit: v1,
      reason: 'release',
      note: 'release v1.0.0',
    });
    const first = await restoreRollbackPoint(ctx, { selector: '1.0.0', requestedBy: 'alice' });
    expect(first.publication.outcome).toBe('created');
    const { git } = double.repository(name);
    const commit = await git.readCommit(first.publication.commit);
    expect(commit.tree).toBe(record.tree);
    expect(commit.parents).toEqual([v2]);
    expect(first.changedFiles).toEqual(['D extra.js', 'M server.js']);
    const second = await restoreRollbackPoint(ctx, { selector: record.id, requestedBy: 'alice' });
    expect(second.publication.outcome).toBe('unchanged');
    expect(second.publication.pullRequest!.number).toBe(first.publication.pullRequest!.number);
    const pulls = double.repository(name).issues.filter((i) => i.pull);
    expect(pulls).toHaveLength(1);
    expect(pulls[0]!.body).toContain(`<!-- mcpver:rollback {"point":"${record.id}"} -->`);
  });

  it('sets the version to publish next in package.json, above the highest one on the npm registry, and says so', async () => {
    const name = `acme/weather-${++counter}`;
    double.installations.get(1)!.repositories.push(name);
    const manifest = (version: string) =>
      `{\n  "name": "@acme/weather-mcp",\n  "version": "${version}",\n  "type": "module"\n}\n`;
    await double.createRepository(name, {
      files: { 'package.json': manifest('1.0.0'), 'server.js': 'tools = ["search"]\n' },
    });
    const v1 = (await double.repository(name).git.resolveRef('refs/heads/main'))!;
    await double.commitFiles(
      name,
      'main',
      { 'package.json': manifest('2.0.0'), 'server.js': 'tools = ["find"]\n' },
      'release 2.0.0',
    );
    const [owner, repo] = name.split('/') as [string, string];
    const ctx: RollbackContext = {
      repo: new GitHubRollbackRepository(octokit, { owner, repo }),
      store: new GitHubStateStore({ octokit, owner, repo }),
      actor: 'alice',
    };
    await createRollbackPoint(ctx, {
      package: '@acme/weather-mcp',
      version: '1.0.0',
      commit: v1,
      reason: 'release',
      note: 'release v1.0.0',
    });
    // 2.0.1 was published from another branch: the restored 1.0.0 must go out above it.
    const registry = await startNpmRegistry({ '@acme/weather-mcp': ['1.0.0', '2.0.0', '2.0.1'] });
    try {
      const restored = await restoreRollbackPoint(ctx, {
        selector: '1.0.0',
        requestedBy: 'alice',
        publishedVersions: npmPublishedVersions({ env: { npm_config_registry: registry.url } }),
      });
      expect(restored.publish).toMatchObject({
        kind: 'set',
        manifest: 'package.json',
        version: '2.0.2',
        highestPublished: '2.0.1',
        restored: '1.0.0',
      });
      const files = async (commit: string) => {
        return Object.fromEntries(
          await Promise.all(
            (await ctx.repo.changedFiles(v1, commit)).map(async (line) => [
              line,
              await ctx.repo.readFile(commit, line.slice(2)),
            ]),
          ),
        );
      };
      // The only difference from the recorded tree is the version.
      expect(await files(restored.publication.commit)).toEqual({ 'M package.json': manifest('2.0.2') });
      const body = double.repository(name).issues.find((i) => i.pull)!.body;
      expect(body).toContain(
        'This pull request sets `version` in `package.json` to **`2.0.2`**: one patch above `2.0.1`, the highest version of `@acme/weather-mcp` on the npm registry.',
      );
      expect(body).toContain('ready to publish as `2.0.2`');
      // Asked again with nothing new, the same tree: no update.
      const again = await restoreRollbackPoint(ctx, {
        selector: '1.0.0',
        requestedBy: 'alice',
        publishedVersions: npmPublishedVersions({ env: { npm_config_registry: registry.url } }),
      });
      expect(again.publication.outcome).toBe('unchanged');
    } finally {
      await registry.close();
    }
  });

  it('refuses a tag that was moved to another commit, and writes nothing', async () => {
    const { name, v1, v2, ctx } = await freshProvider();
    const { record } = await createRollbackPoint(ctx, {
      package: 'weather',
      version: '1.0.0',
      commit: v1,
      reason: 'release',
      note: 'x',
    });
    const message = (await ctx.repo.readTag(record.tag))!.message;
    const { git } = double.repository(name);
    const forged = await git.makeTag(v2, 'commit', record.tag, message, { name: 'mallory', email: 'm@example.com' });
    await git.updateRef(`refs/tags/${record.tag}`, forged, (await git.resolveRef(`refs/tags/${record.tag}`))!);
    const writesBefore = double.writes().length;
    await expect(restoreRollbackPoint(ctx, { selector: record.id, requestedBy: 'alice' })).rejects.toThrow(
      `The rollback point ${record.id} failed its integrity check: its tag ${record.tag} was moved: it points at ${v2}`,
    );
    expect(double.writes().length).toBe(writesBefore);
  });

  it('prunes tag and record together and keeps a point with a pending restore or an open migration', async () => {
    const { v1, v2, ctx } = await freshProvider();
    const clock = (iso: string) => () => new Date(iso);
    const old = await createRollbackPoint(
      { ...ctx, now: clock('2026-01-01T00:00:00Z') },
      { package: 'weather', version: '1.0.0', commit: v1, reason: 'release', note: 'x' },
    );
    const pending = await createRollbackPoint(
      { ...ctx, now: clock('2026-01-02T00:00:00Z') },
      { package: 'weather', version: null, commit: v1, reason: 'manual', note: 'x' },
    );
    await createRollbackPoint(
      { ...ctx, now: clock('2026-11-01T00:00:00Z') },
      { package: 'weather', version: '2.0.0', commit: v2, reason: 'release', note: 'x' },
    );
    await restoreRollbackPoint(ctx, { selector: pending.record.id, requestedBy: 'alice' });
    const migrating = await createRollbackPoint(
      { ...ctx, now: clock('2026-01-03T00:00:00Z') },
      { package: 'weather', version: '1.1.0', commit: v2, reason: 'release', note: 'x' },
    );
    await ctx.store.transact('an open migration to 1.1.0', async (tx) =>
      tx.writeJson('migrations/weather--acme-app.json', {
        id: 'weather--acme-app',
        status: 'open',
        releasePoint: migrating.record.id,
        rollbackPoint: null,
      }),
    );
    const result = await pruneRollbackPoints(
      { ...ctx, now: clock('2026-11-20T00:00:00Z') },
      { maxCount: 10, maxAgeDays: 90 },
    );
    expect(result.pruned.map((p) => p.id)).toEqual([old.record.id]);
    expect(result.kept.sort()).toEqual([pending.record.id, migrating.record.id].sort());
    expect(await ctx.repo.readTag(old.record.tag)).toBeNull();
    expect(await ctx.store.read(`rollbacks/${old.record.id}.json`)).toBeNull();
    expect(await ctx.repo.readTag(pending.record.tag)).not.toBeNull();
  });
});
