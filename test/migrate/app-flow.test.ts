// Releases of a provider and the App's migration and rollback handlers, end to end against the
// GitHub double over HTTP: real git objects, real pull requests, real type-checking of the result.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateCommand } from '../../app/commands/migrate.ts';
import { rollbackCommand } from '../../app/commands/rollback.ts';
import type { SlashCommandContext } from '../../app/commands/types.ts';
import { onPullRequestClosed } from '../../app/handlers/pull-request-closed.ts';
import { onReleaseRecorded, type MigrationDeps } from '../../app/handlers/release-migrations.ts';
import { defaultConfig } from '../../src/config.ts';
import type { MigrationRecord } from '../../src/migrate/record.ts';
import { GitHubRollbackRepository } from '../../src/rollback/github-repository.ts';
import { createRollbackPoint } from '../../src/rollback/points.ts';
import type { RollbackRecord } from '../../src/rollback/types.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { GitHubDouble } from '../github/double.ts';
import { startNpmRegistry, type NpmRegistryDouble } from '../helpers/npm-registry.ts';
import { issueLabels } from '../github/routes/labels.ts';
import { labelsRoutes } from '../github/routes/labels.ts';
import { mergeRoutes } from '../github/routes/merge.ts';
import { FIXTURES, PROVIDER, readFolder, realProviderReport, typeErrors } from './helpers.ts';

const PROVIDER_REPO = { owner: 'acme', repo: 'weather-mcp' };
const BRANCH = 'mcpver/migrate/acme-weather-mcp';
const require = createRequire(import.meta.url);

let double: GitHubDouble;
let octokit: Octokit;
let store: GitHubStateStore;
const releases: Record<string, string> = {};
const logs: string[] = [];
let registry: NpmRegistryDouble;

function deps(): MigrationDeps {
  return {
    octokit,
    repo: PROVIDER_REPO,
    store,
    config: defaultConfig(),
    log: { info: (m) => logs.push(m), warn: (m) => logs.push(m) },
    actor: 'mcpver[bot]',
  };
}

function commandContext(args: string[], actor = 'alice'): SlashCommandContext {
  return { ...deps(), actor, args, issueNumber: 1, appLogin: async () => 'mcpver[bot]' };
}

function providerFiles(version: string): Record<string, string> {
  const dir = path.join(FIXTURES, `provider-${version}`);
  return Object.fromEntries(['package.json', 'index.d.ts'].map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
}

/** Release a fixture version in the provider: commit, tag, and the report the Action stores. */
async function release(from: string, to: string) {
  releases[to] = await double.commitFiles('acme/weather-mcp', 'main', providerFiles(to), `release ${to}`);
  await double.tag('acme/weather-mcp', `v${to}`, releases[to]!, `v${to}`);
  const report = await realProviderReport(from, to);
  await store.transact('store report', async (tx) => tx.writeJson(`reports/${PROVIDER}/${from}..${to}.json`, report));
  return onReleaseRecorded(deps(), { packageName: PROVIDER, version: to, commit: releases[to]!, tag: `v${to}` });
}

function pulls(name: string) {
  return double.repository(name).issues.filter((i) => i.pull);
}

/** The files of a branch, as the dependent's maintainers would check them out. */
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
  // The rollback asks npm which versions are published; npm asks this double (each test file has its own process).
  registry = await startNpmRegistry({ [PROVIDER]: ['1.2.0', '2.0.0', '3.0.0'] });
  process.env.npm_config_registry = registry.url;
  double = await GitHubDouble.start({ routes: [labelsRoutes, mergeRoutes] });
  await double.createRepository('acme/weather-mcp', { files: providerFiles('1.2.0') });
  await double.createRepository('acme/dashboard', {
    files: Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-ts'))),
  });
  await double.createRepository('acme/assistant', {
    files: Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-mcp'))),
  });
  await double.createRepository('acme/docs', {
    files: { 'README.md': '# docs\n', 'package.json': '{ "name": "docs" }\n' },
  });
  double.install(7, 'acme', ['acme/weather-mcp', 'acme/dashboard', 'acme/assistant', 'acme/docs']);
  double.grant('acme/weather-mcp', 'alice', 'maintain');
  octokit = new Octokit({ auth: double.mintInstallationToken(7), baseUrl: double.url });
  store = new GitHubStateStore({ octokit, ...PROVIDER_REPO });
  releases['1.2.0'] = (await double.repository('acme/weather-mcp').git.resolveRef('refs/heads/main'))!;
  await createRollbackPoint(
    { repo: new GitHubRollbackRepository(octokit, PROVIDER_REPO), store },
    { package: PROVIDER, version: '1.2.0', commit: releases['1.2.0'], reason: 'release', note: 'release v1.2.0' },
  );
});
afterAll(async () => {
  await double.close();
  await registry.close();
});

describe('a breaking release of the provider', () => {
  it('opens exactly one labelled migration pull request in each dependent, and none elsewhere', async () => {
    const { point, migrations } = await release('1.2.0', '2.0.0');
    expect(point).toMatchObject({ package: PROVIDER, version: '2.0.0', commit: releases['2.0.0'], reason: 'release' });
    expect(Object.fromEntries(migrations.map((m) => [m.repo, m.outcome.kind]))).toEqual({
      'acme/assistant': 'opened',
      'acme/dashboard': 'opened',
      'acme/docs': 'skipped',
    });
    for (const name of ['acme/dashboard', 'acme/assistant']) {
      expect(pulls(name)).toHaveLength(1);
      expect(pulls(name)[0]).toMatchObject({
        title: `Migrate ${PROVIDER} to 2.0.0`,
        state: 'open',
        pull: { head: BRANCH, base: 'main' },
      });
      expect(issueLabels(pulls(name)[0]!)).toEqual(['mcpver']);
    }
    expect(pulls('acme/docs')).toHaveLength(0);
    expect(double.writes().filter((w) => w.path.startsWith('/repos/acme/docs/'))).toEqual([]);
    const record = await store.readJson<MigrationRecord>('migrations/acme-weather-mcp--acme-dashboard.json');
    expect(record).toMatchObject({
      status: 'open',
      version: '2.0.0',
      pullRequest: 1,
      branch: BRANCH,
      provider: 'acme/weather-mcp',
      releasePoint: point!.id,
    });
  });

  it('edits the TypeScript dependent so that it type-checks against the new declarations', async () => {
    const before = readFolder(path.join(FIXTURES, 'dependent-ts'));
    const after = await branchFiles('acme/dashboard', 'dependent-ts');
    expect(typeErrors(before, '2.0.0').length).toBeGreaterThan(0);
    expect(typeErrors(after, '2.0.0')).toEqual([]);
    expect(JSON.parse(after.get('package.json')!).dependencies[PROVIDER]).toBe('^2.0.0');
    const body = pulls('acme/dashboard')[0]!.body!;
    expect(body).toContain('- [x] rename-export: `src/index.ts`: export "WeatherClient" → "ForecastClient"');
    // The dashboard never calls the removed tool: its removal is summed up, with a link to the report.
    expect(body).toMatch(
      /2 breaking changes are about `tool:alerts`, `ts:\.:TOOL_NAMES\.read`, which this repository's code and configuration do not name: see \[the full report\]\(https:\/\/github\.com\/acme\/weather-mcp\/blob\/mcpver\/state\/reports\//,
    );
  });

  it('edits the MCP-client dependent: the pin and the renamed tool, nothing else', async () => {
    const before = readFolder(path.join(FIXTURES, 'dependent-mcp'));
    const after = await branchFiles('acme/assistant', 'dependent-mcp');
    expect(after.get('.mcp.json')).toBe(
      before
        .get('.mcp.json')!
        .replace('@acme/weather-mcp@1.2.0', '@acme/weather-mcp@2.0.0')
        .replace(
          '"alwaysAllow": ["get_forecast"]\n    },\n    "notes"',
          '"alwaysAllow": ["forecast"]\n    },\n    "notes"',
        ),
    );
    expect(after.get('scripts/morning.mjs')).toBe(
      before.get('scripts/morning.mjs')!.replace("name: 'get_forecast'", "name: 'forecast'"),
    );
    expect(after.get('.vscode/mcp.json')).toBe(before.get('.vscode/mcp.json')!.replace('@~1.2.0', '@~2.0.0'));
  });

  it('updates the same pull requests on the next breaking release, carrying both releases of renames', async () => {
    const numbers = ['acme/dashboard', 'acme/assistant'].map((n) => pulls(n)[0]!.number);
    const { migrations } = await release('2.0.0', '3.0.0');
    expect(Object.fromEntries(migrations.map((m) => [m.repo, m.outcome.kind]))).toMatchObject({
      'acme/assistant': 'updated',
      'acme/dashboard': 'updated',
    });
    expect(['acme/dashboard', 'acme/assistant'].map((n) => pulls(n).map((p) => p.number))).toEqual(
      numbers.map((n) => [n]),
    );
    expect(pulls('acme/dashboard')[0]!.title).toBe(`Migrate ${PROVIDER} to 3.0.0`);
    const dashboard = await branchFiles('acme/dashboard', 'dependent-ts');
    expect(typeErrors(dashboard, '3.0.0')).toEqual([]);
    expect(dashboard.get('src/index.ts')).toContain(
      "import { WeatherForecastClient, type Forecast } from '@acme/weather-mcp';",
    );
    const assistant = await branchFiles('acme/assistant', 'dependent-mcp');
    expect(assistant.get('scripts/morning.mjs')).toContain("name: 'daily_forecast'");
    expect(assistant.get('.mcp.json')).toContain('"@acme/weather-mcp@3.0.0"');
    // Moved forward, never forced: the branch still contains its first commit.
    const { git } = double.repository('acme/dashboard');
    const tip = (await git.resolveRef(`refs/heads/${BRANCH}`))!;
    expect((await git.readCommit(tip)).parents).toHaveLength(2);
  });

  it('does not re-open a pull request a person closed for the same version', async () => {
    const pull = pulls('acme/assistant')[0]!;
    await octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
      owner: 'acme',
      repo: 'assistant',
      pull_number: pull.number,
      state: 'closed',
    });
    const result = await migrateCommand.run(commandContext(['3.0.0']));
    expect(result.reply).toContain(
      `- acme/assistant: acme/assistant#${pull.number} was closed by a person for this version; not re-opened`,
    );
    expect(pulls('acme/assistant')).toHaveLength(1);
    expect(pulls('acme/assistant')[0]!.state).toBe('closed');
  });
});

describe('/mcpver migrate', () => {
  it('with --dry-run replies with the plans and writes nothing', async () => {
    const before = double.writes().length;
    const result = await migrateCommand.run(commandContext(['v3.0.0', '--dry-run']));
    expect(result.ok).toBe(true);
    expect(result.reply).toContain('Dry run of the migration of @acme/weather-mcp 2.0.0 → 3.0.0:');
    expect(result.reply).toContain('## Migrate `@acme/weather-mcp` 1.2.0 → 3.0.0');
    // Neither dependent reads TOOL_NAMES: both plans sum its change up rather than list it as a step.
    expect(
      result.reply.match(/`ts:\.:TOOL_NAMES\.read`[^\n]*which this repository's code and configuration do not name/g),
    ).toHaveLength(2);
    expect(result.reply).toContain('<summary>acme/dashboard</summary>');
    expect(result.reply).toContain('Nothing was opened or changed.');
    expect(double.writes().length).toBe(before);
  });

  it('refuses a version that was never released, writing nothing', async () => {
    const before = double.writes().length;
    const result = await migrateCommand.run(commandContext(['9.9.9']));
    expect(result).toEqual({
      ok: false,
      reply:
        'There is no report for version 9.9.9 on the state branch: it was never released here, or the Action did not check it. Nothing was changed.',
    });
    expect(double.writes().length).toBe(before);
  });
});

describe('when a migration pull request is closed', () => {
  const closedPayload = (name: string, number: number, merged: boolean) => {
    const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
      name: string;
      examples: Array<Record<string, any>>;
    }>;
    const example = structuredClone(
      index.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'closed')!,
    );
    const issue = double.repository(name).issue(number)!;
    example.pull_request = {
      ...example.pull_request,
      number,
      body: issue.body,
      merged,
      merge_commit_sha: issue.pull!.mergeCommitSha,
      user: { ...example.pull_request.user, login: 'mcpver[bot]', type: 'Bot' },
    };
    example.sender = { ...example.sender, login: 'alice' };
    return example;
  };

  it('records the merge and makes a rollback point at the base commit of the dependent', async () => {
    const dashboardStore = new GitHubStateStore({ octokit, owner: 'acme', repo: 'dashboard' });
    const number = pulls('acme/dashboard')[0]!.number;
    const base = (await double.repository('acme/dashboard').git.resolveRef('refs/heads/main'))!;
    await octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      owner: 'acme',
      repo: 'dashboard',
      pull_number: number,
    });
    const payload = closedPayload('acme/dashboard', number, true);
    const outcome = await onPullRequestClosed({
      octokit,
      repo: { owner: 'acme', repo: 'dashboard' },
      payload,
      log: { info: () => {}, warn: () => {} },
      store: dashboardStore,
      storeFor: (r) => new GitHubStateStore({ octokit, ...r }),
      config: defaultConfig(),
    });
    expect(outcome).toMatchObject({ kind: 'migration', status: 'merged' });
    const point = await dashboardStore.readJson<RollbackRecord>(
      `rollbacks/${(outcome as { rollbackPoint: string }).rollbackPoint}.json`,
    );
    expect(point).toMatchObject({ commit: base, reason: 'migration-merged' });
    const record = await store.readJson<MigrationRecord>('migrations/acme-weather-mcp--acme-dashboard.json');
    expect(record).toMatchObject({ status: 'merged', rollbackPoint: point!.id, note: 'merged by alice' });
  });

  it('records a pull request closed without merging as closed', async () => {
    const number = pulls('acme/assistant')[0]!.number;
    const outcome = await onPullRequestClosed({
      octokit,
      repo: { owner: 'acme', repo: 'assistant' },
      payload: closedPayload('acme/assistant', number, false),
      log: { info: () => {}, warn: () => {} },
      store: new GitHubStateStore({ octokit, owner: 'acme', repo: 'assistant' }),
      storeFor: (r) => new GitHubStateStore({ octokit, ...r }),
      config: defaultConfig(),
    });
    expect(outcome).toEqual({ kind: 'migration', status: 'closed', rollbackPoint: null });
    expect(await store.readJson<MigrationRecord>('migrations/acme-weather-mcp--acme-assistant.json')).toMatchObject({
      status: 'closed',
      note: 'closed without merging by alice',
    });
  });
});

/** A `pull_request.closed` webhook (from the examples) for a pull request of the provider, opened by the App. */
function webhookClosed(number: number, merged: boolean) {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
    name: string;
    examples: Array<Record<string, any>>;
  }>;
  const example = structuredClone(
    index.find((e) => e.name === 'pull_request')!.examples.find((e) => e.action === 'closed')!,
  );
  const issue = double.repository('acme/weather-mcp').issue(number)!;
  example.pull_request = {
    ...example.pull_request,
    number,
    body: issue.body,
    merged,
    merge_commit_sha: issue.pull!.mergeCommitSha,
    user: { ...example.pull_request.user, login: 'mcpver[bot]', type: 'Bot' },
  };
  example.sender = { ...example.sender, login: 'alice' };
  return example;
}

describe('/mcpver rollback', () => {
  it('opens one rollback pull request whose single commit restores the recorded tree with the version to publish next', async () => {
    const result = await rollbackCommand.run(commandContext(['1.2.0']));
    expect(result.ok, result.reply).toBe(true);
    const rollbackPulls = pulls('acme/weather-mcp');
    expect(rollbackPulls).toHaveLength(1);
    const { git } = double.repository('acme/weather-mcp');
    const head = (await git.resolveRef(`refs/heads/${rollbackPulls[0]!.pull!.head}`))!;
    const commit = await git.readCommit(head);
    // 1.2.0's tree, with the version above 3.0.0, the highest published.
    const repo = new GitHubRollbackRepository(octokit, PROVIDER_REPO);
    expect(await repo.changedFiles(releases['1.2.0']!, head)).toEqual(['M package.json']);
    expect(JSON.parse((await repo.readFile(head, 'package.json'))!).version).toBe('3.0.1');
    expect(commit.parents).toEqual([releases['3.0.0']]);
    expect(rollbackPulls[0]!.body).toContain('### What is being undone');
    expect(result.reply).toMatch(/^Opened #\d+ to roll back to rollback point `acme-weather-mcp-v1\.2\.0-/);

    const again = await rollbackCommand.run(commandContext(['1.2.0']));
    expect(again.reply).toMatch(/^Already open: #/);
    expect(pulls('acme/weather-mcp')).toHaveLength(1);
  });

  it('releases the point for retention when its rollback pull request is merged', async () => {
    const pull = pulls('acme/weather-mcp')[0]!;
    const id = JSON.parse(/<!-- mcpver:rollback (\{.*?\}) -->/.exec(pull.body!)![1]!).point as string;
    expect((await store.readJson<RollbackRecord>(`rollbacks/${id}.json`))!.restore!.status).toBe('open');
    await octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge', {
      owner: 'acme',
      repo: 'weather-mcp',
      pull_number: pull.number,
    });
    const payload = webhookClosed(pull.number, true);
    const outcome = await onPullRequestClosed({
      octokit,
      repo: PROVIDER_REPO,
      payload,
      log: { info: () => {}, warn: () => {} },
      store,
      storeFor: (r) => new GitHubStateStore({ octokit, ...r }),
      config: defaultConfig(),
    });
    expect(outcome).toEqual({ kind: 'rollback', point: id, status: 'merged' });
    expect((await store.readJson<RollbackRecord>(`rollbacks/${id}.json`))!.restore!.status).toBe('merged');
    // main is 1.2.0 again, ready to publish above 3.0.0.
    const repo = new GitHubRollbackRepository(octokit, PROVIDER_REPO);
    const main = (await double.repository('acme/weather-mcp').git.resolveRef('refs/heads/main'))!;
    expect(await repo.changedFiles(releases['1.2.0']!, main)).toEqual(['M package.json']);
    expect(JSON.parse((await repo.readFile(main, 'package.json'))!).version).toBe('3.0.1');
  });

  it('explains a branch protection that refuses the rollback branch, and records nothing', async () => {
    const id = (await store.list('rollbacks/'))
      .map((p) => p.slice('rollbacks/'.length, -'.json'.length))
      .find((p) => p.includes('v2.0.0'))!;
    double.repository('acme/weather-mcp').protectedBranches.add(`mcpver/restore/${id}`);
    const stateBefore = await double.repository('acme/weather-mcp').git.resolveRef('refs/heads/mcpver/state');
    const result = await rollbackCommand.run(commandContext([id]));
    double.repository('acme/weather-mcp').protectedBranches.delete(`mcpver/restore/${id}`);
    expect(result).toEqual({
      ok: false,
      reply: `GitHub refused the rollback pull request's branch (422: Protected branch update failed for refs/heads/mcpver/restore/${id}). Allow the App to push mcpver/* branches (branch protection or rulesets).`,
    });
    expect(await double.repository('acme/weather-mcp').git.resolveRef('refs/heads/mcpver/state')).toBe(stateBefore);
  });

  it('refuses a tampered rollback tag and writes nothing', async () => {
    const points = (await store.list('rollbacks/')).map((p) => p.slice('rollbacks/'.length, -'.json'.length));
    const id = points.find((p) => p.includes('v2.0.0'))!;
    const { git } = double.repository('acme/weather-mcp');
    const tag = `mcpver/rollback/${id}`;
    const original = (await git.resolveRef(`refs/tags/${tag}`))!;
    const message = (await git.readTag(original)).message;
    const forged = await git.makeTag(releases['3.0.0']!, 'commit', tag, message, {
      name: 'mallory',
      email: 'mallory@example.com',
    });
    await git.updateRef(`refs/tags/${tag}`, forged, original);
    const before = double.writes().length;
    const result = await rollbackCommand.run(commandContext([id]));
    expect(result.ok).toBe(false);
    expect(result.reply).toContain(`The rollback point ${id} failed its integrity check: its tag ${tag} was moved`);
    expect(double.writes().length).toBe(before);
  });

  it('says which points exist when asked for a version that was never released', async () => {
    const result = await rollbackCommand.run(commandContext(['7.0.0']));
    expect(result.ok).toBe(false);
    expect(result.reply).toMatch(
      /^There is no rollback point for version 7\.0\.0: it was never released with mcpver here, or its point was pruned\. Points: /,
    );
  });
});
