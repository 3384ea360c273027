// The Action's pull request review, end to end in process: a real check of a real git repository
// (TypeScript declarations that break), published to the GitHub API double. The inline comments
// come from the one builder (compat/review-comments.ts): at the declarations' lines, removals on
// the left side of the diff, each with its verified witness, replaced on the next push.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REVIEW_MARKER } from '../../src/action/pr-comment.ts';
import { publishCheck } from '../../src/action/publish.ts';
import { runCheck } from '../../src/check.ts';
import { GitHubDouble } from '../github/double.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const OLD_DTS = 'export declare function forecast(city: string): string;\nexport declare function legacy(flag: boolean): void;\n';
const NEW_DTS = '/** The forecast. */\nexport declare function forecast(city: string, days: number): string;\n';

let double: GitHubDouble;
let repo: TempRepo;
let scratch: string;

beforeEach(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/weather', { files: { 'packages/weather/index.d.ts': OLD_DTS } });
  double.addToken('ghs_actions', 'github-actions[bot]');
  repo = tempRepo('mcpver-review-');
  repo.write('.github/mcpver.yml', 'packages:\n  - path: packages/weather\ncomments:\n  review-comments: true\n');
  repo.write('packages/weather/package.json', { name: 'weather-mcp', version: '1.0.0', types: 'index.d.ts' });
  repo.write('packages/weather/index.d.ts', OLD_DTS);
  repo.commit('first release', 'v1.0.0');
  scratch = mkdtempSync(path.join(tmpdir(), 'mcpver-review-event-'));
});
afterEach(async () => {
  await double.close();
  repo.remove();
  rmSync(scratch, { recursive: true, force: true });
});

/** What the Action does on a pull_request event after its check: publish, with the runner's environment. */
async function publishPullRequest(number: number, head: string): Promise<string[]> {
  const result = await runCheck({ cwd: repo.dir, overrides: { failOn: 'never' } });
  const event = path.join(scratch, 'event.json');
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number, pull_request: { number, head: { sha: head } } }));
  const warnings: string[] = [];
  await publishCheck({
    result,
    config: result.config,
    token: 'ghs_actions',
    env: { GITHUB_REPOSITORY: 'acme/weather', GITHUB_API_URL: double.url, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_ACTOR: 'github-actions[bot]' },
    notice: (m) => warnings.push(m),
    warning: (m) => warnings.push(m),
  });
  return warnings;
}

describe('the pull request review', () => {
  it('puts each breaking TypeScript change on its declaration, removals on the old side, with the witness, and replaces them on the next push', async () => {
    const head = await double.commitFiles('acme/weather', 'feature', { 'packages/weather/index.d.ts': NEW_DTS }, 'break the API');
    const number = await double.openPullRequest('acme/weather', { head: 'feature', author: 'alice' });
    repo.write('packages/weather/package.json', { name: 'weather-mcp', version: '1.0.1', types: 'index.d.ts' });
    repo.write('packages/weather/index.d.ts', NEW_DTS);
    repo.commit('break the API');

    expect(await publishPullRequest(number, head)).toEqual([]);
    const posted = () => double.repository('acme/weather').reviewComments.filter((c) => c.pullNumber === number);
    expect(posted().map((c) => [c.path, c.line, c.side])).toEqual([
      ['packages/weather/index.d.ts', 2, 'LEFT'],
      ['packages/weather/index.d.ts', 2, 'RIGHT'],
    ]);
    const [removed, changed] = posted();
    expect(removed!.body).toContain('"legacy" was removed');
    expect(changed!.body.startsWith(`${REVIEW_MARKER}\n**mcpver: major**`)).toBe(true);
    expect(changed!.body).toContain("```ts\nimport { forecast } from 'weather-mcp';");
    expect(changed!.body).toContain('> Expected 2 arguments, but got 1.');
    expect(double.repository('acme/weather').reviews.at(-1)!.body).toContain('mcpver: 2 breaking changes');

    // The next push: the old comments are deleted, the same two posted again, never accumulated.
    await publishPullRequest(number, head);
    expect(posted()).toHaveLength(2);
    expect(double.writes().filter((r) => r.method === 'DELETE' && r.path.includes('/pulls/comments/'))).toHaveLength(2);
  });
});
