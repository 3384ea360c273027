// The release workflow (.github/workflows/release.yml), tested as far as this machine allows: it is
// valid for GitHub's own workflow parser and schema (@actions/workflow-parser, through
// scripts/check-workflows.ts), its shell steps do what they say when run here, and it publishes only
// after every check, with provenance, and then moves the major tag.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/cli.ts';

const TSX = import.meta.resolve('tsx');
const WORKFLOW = path.join(ROOT, '.github/workflows/release.yml');

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: { release: { steps: Step[] } };
};
const steps = workflow.jobs.release.steps;
const stepIndex = (match: (s: Step) => boolean) => steps.findIndex(match);
const named = (name: string) => steps.find((s) => s.name === name)!;

const work = mkdtempSync(path.join(tmpdir(), 'mcpver-workflow-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const checkWorkflows = (...files: string[]) =>
  spawnSync(process.execPath, ['--import', TSX, path.join(ROOT, 'scripts/check-workflows.ts'), ...files], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });
const bash = (script: string, env: Record<string, string>) =>
  spawnSync('bash', ['-eo', 'pipefail', '-c', script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });

describe('the release workflow', () => {
  it("is valid for GitHub's workflow parser and schema", () => {
    const run = checkWorkflows(WORKFLOW);
    expect(run.stdout + run.stderr).toBe('1 workflow file(s): no problem.\n');
    expect(run.status).toBe(0);
  });

  it('the check would see a broken workflow: an unknown key, a step with both run and uses, a bad expression', () => {
    const broken = path.join(work, 'broken.yml');
    writeFileSync(
      broken,
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    stepz: []\n    steps:\n      - run: echo ${{ github.ref_name \n        uses: actions/checkout@v4\n',
    );
    const run = checkWorkflows(broken);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\(Line: 5, Col: 5\): Unexpected value 'stepz'/);
    expect(run.stdout).toMatch(/\(Line: 7, Col: 14\): The expression is not closed/);
    expect(run.stdout).toMatch(/\(Line: 8, Col: 9\): Unexpected value 'uses'/);
  });

  it('runs on version tags only', () => {
    const [pattern] = workflow.on.push.tags;
    // GitHub's tag filters: [0-9]+ is one or more digits.
    const matches = (tag: string) => new RegExp(`^${pattern!.replaceAll('.', '\\.')}$`).test(tag);
    expect(['v1.0.0', 'v12.3.45'].every(matches)).toBe(true);
    expect(['v1', 'v1.2', 'latest', 'v1.2.3-rc.1', 'mcpver/rollback/x'].some(matches)).toBe(false);
  });

  it('refuses a tag that does not name the version in package.json, and accepts the one that does', () => {
    const script = named('The tag names the version in package.json').run!;
    const version = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const wrong = bash(script, { GITHUB_REF_NAME: 'v99.0.0' });
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain(`::error::The tag v99.0.0 does not name package.json's version (${version})`);
    expect(bash(script, { GITHUB_REF_NAME: `v${version}` }).status).toBe(0);
  });

  it('publishes with provenance only after the tests and the dist/ check, then moves the major tag to the release', () => {
    const tests = stepIndex((s) => s.run === 'npm test');
    const dist = stepIndex((s) => s.name === "dist/ is what the tag's sources build");
    const publish = stepIndex((s) => /npm publish --provenance/.test(s.run ?? ''));
    const major = stepIndex((s) => s.name === 'Move the major tag');
    expect(tests).toBeGreaterThan(0);
    expect([tests < dist, dist < publish, publish < major]).toEqual([true, true, true]);
    expect(steps[dist]!.run).toContain('npm run bundle');
    expect(steps[publish]!.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
    expect(workflow.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    // The major tag of v1.4.2 is v1 (the first line of the step, run here).
    const first = named('Move the major tag').run!.split('\n')[0]!;
    expect(bash(`${first}\necho "$major"`, { GITHUB_REF_NAME: 'v1.4.2' }).stdout).toBe('v1\n');
  });
});
