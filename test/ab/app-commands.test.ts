// `/mcpver ab …` slash commands against the GitHub API double (real HTTP, real git objects):
// the state goes through the GitHub store, the analysis into one sticky comment.

import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abCommand } from '../../app/commands/ab.ts';
import type { SlashCommandContext } from '../../app/commands/types.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { readAbTest, recordEvents } from '../../src/ab/store.ts';
import { parseConfig } from '../../src/config.ts';
import { GitHubStateStore } from '../../src/state/github-store.ts';
import { GitHubDouble } from '../github/double.ts';

const CONFIG = `ab:
  min-sample-size: 500
  tests:
    - id: errors-2-1
      versions: { A: "2.0.0", B: "2.1.0" }
      metrics:
        - { name: error, kind: proportion, better: lower, role: guardrail }
        - { name: accuracy, kind: mean, better: higher, role: primary }
    - id: latency-3
      versions: { A: "2.1.0", B: "3.0.0" }
      metrics:
        - { name: response_time, kind: mean, better: lower, role: primary }
`;

let double: GitHubDouble;
let octokit: Octokit;
const repo = { owner: 'acme', repo: 'server' };

beforeAll(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', { files: { 'README.md': '# server\n', '.github/mcpver.yml': CONFIG } });
  double.install(1, 'acme', ['acme/server']);
  octokit = new Octokit({ auth: double.mintInstallationToken(1), baseUrl: double.url });
  await octokit.request('POST /repos/{owner}/{repo}/issues', { ...repo, title: 'A/B: 2.1.0 against 2.0.0' });
});
afterAll(() => double.close());

function context(args: string[]): SlashCommandContext {
  return {
    octokit,
    repo,
    args,
    actor: 'alice',
    issueNumber: 1,
    store: new GitHubStateStore({ octokit, ...repo }),
    config: parseConfig(CONFIG),
    log: { info: () => {}, warn: () => {} },
    appLogin: async () => double.botLogin,
  };
}

const comments = async () =>
  (await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 1 }))
    .data as Array<{ body: string }>;

/** Error rate 2% in A and 12% in B over 500 calls each: beyond doubt even for the always-valid bound. */
const degraded = () =>
  ['A', 'B']
    .flatMap((variant) =>
      Array.from({ length: 500 }, (_, i) =>
        JSON.stringify({
          variant,
          metric: 'error',
          value: i < (variant === 'A' ? 10 : 60) ? 1 : 0,
          unit: `${variant}${i}`,
        }),
      ),
    )
    .join('\n') + '\n';

describe('/mcpver ab', () => {
  it('starts a test from ab.tests, with this issue tracking it and an empty analysis comment', async () => {
    const answer = await abCommand.run(context(['start', 'errors-2-1']));
    expect(answer.ok).toBe(true);
    expect(answer.reply).toContain('Started A/B test `errors-2-1` (A `2.0.0` vs B `2.1.0`, 2 metrics)');
    const test = await readAbTest(context([]).store, 'errors-2-1');
    expect(test).toMatchObject({ trackingIssue: 1, status: 'running', minSampleSize: 500 });
    const posted = await comments();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('<!-- mcpver:ab:errors-2-1 -->');
    expect(posted[0]!.body).toContain('⏳ insufficient data');
  });

  it('updates the one sticky comment on analyze and stops the test when the guardrail degrades', async () => {
    const events = parseEvents(degraded());
    await recordEvents(context([]).store, 'errors-2-1', events);
    const before = double.requests.length;
    const answer = await abCommand.run(context(['analyze']));
    expect(answer.ok).toBe(true);
    expect(answer.reply).toMatch(
      /^Analysis of `errors-2-1` updated: .* recommendation \*\*stop-rollback\*\*\. The test was \*\*stopped\*\* \(guardrail\)/,
    );
    const posted = await comments();
    expect(posted).toHaveLength(1);
    expect(posted[0]!.body).toContain('⛔ Stop and roll back B');
    expect((await readAbTest(context([]).store, 'errors-2-1')).status).toBe('stopped');
    // Only state reads and writes, and the comment edit: nothing else was asked of GitHub.
    const unexpected = double.requests
      .slice(before)
      .filter((r) => !/\/git\/|\/issues\/1\/comments|\/issues\/comments\//.test(r.path));
    expect(unexpected).toEqual([]);
  });

  it('reports status, refuses to stop a stopped test, and explains unknown subcommands and tests', async () => {
    const status = await abCommand.run(context(['status', 'errors-2-1']));
    expect(status.reply).toContain(
      'A/B test `errors-2-1` is **stopped** (auto-stop: guardrail (error)): 1000 events accepted, 0 rejected.',
    );
    expect(status.reply).toContain('| `error` | guardrail | 500 | 500 |');
    expect(await abCommand.run(context(['stop', 'errors-2-1']))).toEqual({
      ok: false,
      reply: 'A/B test `errors-2-1` is already stopped (auto-stop: guardrail (error)).',
    });
    expect((await abCommand.run(context(['launch']))).reply).toContain('Unknown `/mcpver ab` subcommand "launch"');
    expect((await abCommand.run(context(['status', 'nope']))).reply).toContain('There is no A/B test "nope"');
    expect((await abCommand.run(context(['start', 'nope']))).reply).toContain(
      'No test `nope` in ab.tests of .github/mcpver.yml (defined: `errors-2-1`, `latency-3`)',
    );
  });

  it('opens a tracking issue with --new-issue, so that the analysis does not crowd this thread', async () => {
    const answer = await abCommand.run(context(['start', 'latency-3', '--new-issue']));
    expect(answer.reply).toContain('#2 tracks it');
    const issue = (
      await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { ...repo, issue_number: 2 })
    ).data as { title: string };
    expect(issue.title).toBe('A/B test latency-3: 3.0.0 against 2.1.0');
    const onIssue = (
      await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 2 })
    ).data as Array<{ body: string }>;
    expect(onIssue.map((c) => c.body.split('\n')[0])).toEqual(['<!-- mcpver:ab:latency-3 -->']);
    expect((await comments()).filter((c) => c.body.includes('mcpver:ab:latency-3'))).toEqual([]);
    expect((await abCommand.run(context(['start', 'latency-3', '--now']))).reply).toContain('Unknown option `--now`');
  });

  it('never writes the analysis into a comment of someone else that carries the marker', async () => {
    // A read-only user plants the marker of a test that a writer is about to start.
    double.grant('acme/server', 'mallory', 'read');
    const planted = double.addComment(
      'acme/server',
      1,
      'mallory',
      '<!-- mcpver:ab:takeover-1 -->\nwaiting for the analysis',
    );
    const config = `${CONFIG}    - id: takeover-1\n      versions: { A: "3.0.0", B: "3.1.0" }\n      metrics:\n        - { name: response_time, kind: mean, better: lower, role: primary }\n`;
    const answer = await abCommand.run({ ...context(['start', 'takeover-1']), config: parseConfig(config) });
    expect(answer.ok).toBe(true);
    const all = await comments();
    const marked = (all as Array<{ id: number; body: string; user: { login: string } }>).filter((c) =>
      c.body.includes('<!-- mcpver:ab:takeover-1 -->'),
    );
    expect(marked.map((c) => [c.id === planted, c.user.login])).toEqual([
      [true, 'mallory'],
      [false, double.botLogin],
    ]);
    expect(marked[0]!.body).toBe('<!-- mcpver:ab:takeover-1 -->\nwaiting for the analysis');
    expect(marked[1]!.body).toContain('A/B test');
    // The next analysis edits the App's own comment, still not the planted one.
    await abCommand.run({ ...context(['analyze', 'takeover-1']), config: parseConfig(config) });
    expect((await comments()).filter((c) => c.body.includes('<!-- mcpver:ab:takeover-1 -->'))).toHaveLength(2);
  });
});
