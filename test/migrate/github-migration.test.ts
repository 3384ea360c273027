// The migration pull request on GitHub when things are not simple: a dependent that does not parse,
// a branch protection that refuses the push, commits made by people, and the optional advice.

import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDependents, type MigrationDeps } from '../../app/handlers/release-migrations.ts';
import { validateConfig } from '../../src/config.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { GitHubDouble } from '../github/double.ts';
import { labelsRoutes } from '../github/routes/labels.ts';
import { FIXTURES, PROVIDER, readFolder, weatherReport } from './helpers.ts';
import { keepIdleConnections } from '../helpers/keep-alive.ts';

const BRANCH = 'mcpver/migrate/acme-weather-mcp';
let double: GitHubDouble;
let chat: Server;
let chatUrl = '';
const prompts: string[] = [];

/** A local endpoint that speaks the chat-completions API: `/good` answers, `/broken` fails, `/slow` never answers. */
async function startChat(): Promise<void> {
  chat = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      if (req.url?.startsWith('/broken'))
        return void res.writeHead(500, { 'content-type': 'application/json' }).end('{"error":{"message":"boom"}}');
      // Held open until the server closes: the client's timeout ends the call, however loaded the machine.
      if (req.url?.startsWith('/slow')) return;
      prompts.push(JSON.parse(text).messages[1].content);
      const completion = {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1,
        model: 'test-model',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: 'Replace the alerts tool first, then run your CI.' },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
    });
  });
  keepIdleConnections(chat);
  await new Promise<void>((resolve) => chat.listen(0, '127.0.0.1', resolve));
  chatUrl = `http://127.0.0.1:${(chat.address() as { port: number }).port}`;
}

let counter = 0;
/** A provider with its report stored, and dependents seeded from fixtures (or given files). */
async function scenario(dependents: Record<string, Record<string, string>>, ai?: { path: string; timeout?: number }) {
  const n = ++counter;
  const provider = `acme/weather-${n}`;
  await double.createRepository(provider);
  const names = [provider];
  for (const [name, files] of Object.entries(dependents)) {
    await double.createRepository(`${name}-${n}`, { files });
    names.push(`${name}-${n}`);
  }
  double.install(100 + n, 'acme', names);
  const client = new Octokit({ auth: double.mintInstallationToken(100 + n), baseUrl: double.url });
  const store = new GitHubStateStore({ octokit: client, owner: 'acme', repo: `weather-${n}` });
  const report = weatherReport();
  await store.transact('report', async (tx) => tx.writeJson(`reports/${PROVIDER}/1.2.0..2.0.0.json`, report));
  // An answering endpoint gets time enough for a loaded machine: the timeout only has to end a call that never answers.
  const config = validateConfig(ai ? { ai: { enabled: true, timeout: ai.timeout ?? 300 } } : {});
  // The endpoint is the App's setting (its environment), never the repository's config.
  const deps: MigrationDeps = {
    octokit: client,
    repo: { owner: 'acme', repo: `weather-${n}` },
    store,
    config,
    log: { info: () => {}, warn: () => {} },
    actor: 'alice',
    aiApiKey: ai ? 'test-key' : null,
    ...(ai ? { aiBaseUrl: `${chatUrl}${ai.path}` } : {}),
  };
  return { n, deps, run: () => migrateDependents(deps, { report, path: `reports/${PROVIDER}/1.2.0..2.0.0.json` }) };
}

const ts = () => Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-ts')));
const mcp = () => Object.fromEntries(readFolder(path.join(FIXTURES, 'dependent-mcp')));

beforeAll(async () => {
  double = await GitHubDouble.start({ routes: [labelsRoutes] });
  await startChat();
});
afterAll(async () => {
  chat.closeAllConnections();
  await new Promise((resolve) => chat.close(resolve));
  await double.close();
});

describe('migration pull requests on GitHub', () => {
  it('skips a dependent whose package.json does not parse, with a note, and still migrates the others', async () => {
    const broken = { ...ts(), 'package.json': '{ "dependencies": { "@acme/weather-mcp": "^1.2.0", }' };
    const { n, run } = await scenario({ 'acme/broken': broken, 'acme/assistant': mcp() });
    const results = await run();
    const byRepo = Object.fromEntries(results.map((r) => [r.repo, r.outcome]));
    expect(byRepo[`acme/broken-${n}`]).toMatchObject({
      kind: 'skipped',
      plan: { skipped: expect.stringMatching(/^Skipped: package\.json does not parse: .* at 1:\d+/) },
    });
    expect(byRepo[`acme/assistant-${n}`]).toMatchObject({ kind: 'opened' });
    expect(double.repository(`acme/broken-${n}`).issues).toHaveLength(0);
  });

  it('reports a branch protection that refuses the push, and opens nothing', async () => {
    const { n, run, deps } = await scenario({ 'acme/dashboard': ts() });
    double.repository(`acme/dashboard-${n}`).protectedBranches.add(BRANCH);
    const [result] = await run();
    expect(result!.outcome).toEqual({
      kind: 'blocked',
      reason: `GitHub refused to push ${BRANCH} to acme/dashboard-${n}: Protected branch update failed for refs/heads/${BRANCH}. Allow the App to push mcpver/* branches (branch protection or rulesets).`,
      plan: expect.anything(),
    });
    expect(double.repository(`acme/dashboard-${n}`).issues).toHaveLength(0);
    expect(await deps.store.readJson(`migrations/acme-weather-mcp--acme-dashboard-${n}.json`)).toMatchObject({
      status: 'blocked',
    });
  });

  it('comments on the open pull request, once, when a protection refuses its update', async () => {
    const { n, deps } = await scenario({ 'acme/dashboard': ts() });
    const name = `acme/dashboard-${n}`;
    await migrateDependents(deps, { report: weatherReport(), path: 'reports/x' });
    double.repository(name).protectedBranches.add(BRANCH);
    const next = weatherReport('2.0.0', '3.0.0');
    for (let i = 0; i < 2; i++) {
      const [result] = await migrateDependents(deps, { report: next, path: 'reports/y' });
      expect(result!.outcome.kind).toBe('blocked');
    }
    const comments = double.repository(name).comments.filter((c) => c.issueNumber === 1);
    expect(comments.map((c) => c.body)).toEqual([
      `mcpver could not update this pull request to ${PROVIDER} 3.0.0. GitHub refused to push ${BRANCH} to ${name}: Protected branch update failed for refs/heads/${BRANCH}. Allow the App to push mcpver/* branches (branch protection or rulesets).`,
    ]);
  });

  it('never moves a branch that has a commit made by a person: it comments the new plan instead', async () => {
    const { n, run } = await scenario({ 'acme/dashboard': ts() });
    const [first] = await run();
    expect(first!.outcome.kind).toBe('opened');
    const name = `acme/dashboard-${n}`;
    const personal = await double.commitFiles(name, BRANCH, { 'NOTES.md': 'my own fix\n' }, 'a fix by a person', 'bob');
    const [second] = await run();
    expect(second!.outcome).toMatchObject({ kind: 'human-commits', pullRequest: 1 });
    expect((await run())[0]!.outcome.kind).toBe('human-commits');
    expect(await double.repository(name).git.resolveRef(`refs/heads/${BRANCH}`)).toBe(personal);
    const comments = double.repository(name).comments.filter((c) => c.issueNumber === 1);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/^mcpver did not update this branch: it has commits that mcpver did not make\./);
    expect(double.repository(name).issues.filter((i) => i.pull)).toHaveLength(1);
  });

  it('adds the advice paragraph from a chat-completions endpoint when AI is configured with a key', async () => {
    const { n, run } = await scenario({ 'acme/dashboard': ts() }, { path: '/good' });
    await run();
    const body = double.repository(`acme/dashboard-${n}`).issues[0]!.body!;
    expect(body).toContain(
      '### Advice\n\n> Written by a language model from the report above; check it against the plan.\n\n> Replace the alerts tool first, then run your CI.',
    );
    // The dashboard never calls `alerts`: its removal is no manual step, but the model hears of it.
    expect(prompts.at(-1)).toContain('"notUsedHere": [\n    "tool:alerts"\n  ]');
  });

  it('opens the pull request without advice when the endpoint fails or is too slow', async () => {
    for (const ai of [{ path: '/broken' }, { path: '/slow', timeout: 0.3 }]) {
      const { n, run } = await scenario({ 'acme/dashboard': ts() }, ai);
      const [result] = await run();
      expect(result!.outcome.kind).toBe('opened');
      expect(double.repository(`acme/dashboard-${n}`).issues[0]!.body).not.toContain('### Advice');
    }
  });
});
