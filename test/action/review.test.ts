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

const OLD_DTS =
  'export declare function forecast(city: string): string;\nexport declare function legacy(flag: boolean): void;\n';
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
  writeFileSync(
    event,
    JSON.stringify({ action: 'synchronize', number, pull_request: { number, head: { sha: head } } }),
  );
  const warnings: string[] = [];
  await publishCheck({
    result,
    config: result.config,
    token: 'ghs_actions',
    env: {
      GITHUB_REPOSITORY: 'acme/weather',
      GITHUB_API_URL: double.url,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
      GITHUB_ACTOR: 'github-actions[bot]',
    },
    notice: (m) => warnings.push(m),
    warning: (m) => warnings.push(m),
  });
  return warnings;
}

describe('the pull request review', () => {
  it('puts each breaking TypeScript change on its declaration, removals on the old side, with the witness, and replaces them on the next push', async () => {
    const number = await double.openPullRequest('acme/weather', { head: 'feature', author: 'alice' });
    const head = await double.commitFiles(
      'acme/weather',
      'feature',
      { 'packages/weather/index.d.ts': NEW_DTS },
      'break the API',
    );
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

  it('leaves out the comments GitHub would refuse (lines the diff does not show), so the others stay inline', async () => {
    const between = ['a', 'b', 'c', 'd', 'e'].map((n) => `export declare const ${n}: number;\n`).join('');
    const typed = (days: string) =>
      `import type { ZodTypeAny } from 'zod';\nexport interface Tool { name: string; input: ZodTypeAny }\n${between}export declare function forecast(city: string${days}): string;\n`;
    const manifest = (version: string, zod: string) => ({
      name: 'weather-mcp',
      version,
      types: 'index.d.ts',
      dependencies: { zod },
    });
    repo.write('packages/weather/package.json', manifest('1.1.0', '^3.23.8'));
    repo.write('packages/weather/index.d.ts', typed(''));
    repo.commit('zod tools', 'v1.1.0');
    await double.commitFiles(
      'acme/weather',
      'main',
      {
        'packages/weather/package.json': JSON.stringify(manifest('1.1.0', '^3.23.8')),
        'packages/weather/index.d.ts': typed(''),
      },
      'zod tools',
    );
    const number = await double.openPullRequest('acme/weather', { head: 'feature', author: 'alice' });
    // zod moves to a new major (package.json) and forecast takes a new parameter (line 8).
    const head = await double.commitFiles(
      'acme/weather',
      'feature',
      {
        'packages/weather/package.json': JSON.stringify(manifest('1.1.1', '^4.0.0')),
        'packages/weather/index.d.ts': typed(', days: number'),
      },
      'break',
    );
    repo.write('packages/weather/package.json', manifest('1.1.1', '^4.0.0'));
    repo.write('packages/weather/index.d.ts', typed(', days: number'));
    repo.commit('break');

    await publishPullRequest(number, head);
    // The dependency's change sits on Tool (line 2), outside the diff and its context: the sticky comment has it.
    expect(
      double
        .repository('acme/weather')
        .reviewComments.filter((c) => c.pullNumber === number)
        .map((c) => [c.path, c.line, c.side]),
    ).toEqual([['packages/weather/index.d.ts', 8, 'RIGHT']]);
    expect(double.repository('acme/weather').reviews.at(-1)!.body).not.toContain('####');
    expect(double.repository('acme/weather').comments.find((c) => c.issueNumber === number)!.body).toContain(
      'zod moved to a new major',
    );
  });
});
