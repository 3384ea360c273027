// `mode: ab-record` as the Action runs it: @actions/core inputs, outputs, job summary and
// annotations, writing the state branch through the GitHub API (the double, over real HTTP).

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { abRecordMode } from '../../src/action/ab-record.ts';
import { GitHubDouble } from '../github/double.ts';

let double: GitHubDouble;
let runner: string;
const saved = { ...process.env };

beforeAll(async () => {
  double = await GitHubDouble.start();
  await double.createRepository('acme/server', { files: { 'README.md': '# server\n' } });
  double.addToken('ghs_action', 'acme');
  runner = mkdtempSync(path.join(tmpdir(), 'mcpver-ab-runner-'));
});
afterAll(async () => {
  process.env = saved;
  // Awaited: the worker may exit once the hook returns, before the double's folder is removed.
  await double.close();
  rmSync(runner, { recursive: true, force: true });
});

describe('mode ab-record in a runner', () => {
  it('records through the GitHub API, annotates rejected lines, writes the summary and the outputs', async () => {
    const workspace = path.join(runner, 'checkout');
    const files = { output: path.join(runner, 'output'), summary: path.join(runner, 'summary') };
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    mkdirSync(path.join(workspace, '.github'), { recursive: true });
    writeFileSync(
      path.join(workspace, '.github/mcpver.yml'),
      'ab:\n  tests:\n    - id: latency-v2\n      metrics:\n        - { name: response_time, kind: mean, better: lower, role: primary }\n',
    );
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ variant: i % 2 ? 'B' : 'A', metric: 'response_time', value: 100 + (i % 7), unit: `u${i}` }),
    );
    lines.splice(3, 0, '{"variant":"B","metric":"response_time","value":null}');
    writeFileSync(path.join(workspace, 'events.ndjson'), lines.join('\n'));
    Object.assign(process.env, { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary });
    const inputs: Record<string, string> = {
      'ab-test': 'latency-v2',
      'ab-events': 'events.ndjson',
      'github-token': 'ghs_action',
    };
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let outcome;
    let printed = '';
    try {
      outcome = await abRecordMode((name) => inputs[name] ?? '', {
        GITHUB_REPOSITORY: 'acme/server',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTOR: 'ci-bot',
        GITHUB_API_URL: double.url,
      });
    } finally {
      printed = stdout.mock.calls.map((c) => String(c[0])).join('');
      stdout.mockRestore();
    }
    expect(outcome).toMatchObject({ accepted: 40, rejected: 1 });
    expect(printed).toContain(
      '::warning title=mcpver%3A event rejected,file=events.ndjson,line=4::"value" must be a finite number (got null)',
    );
    expect(readFileSync(files.output, 'utf8')).toMatch(/accepted<<ghadelimiter_[\w-]+\n40\n/);
    expect(readFileSync(files.output, 'utf8')).toMatch(/recommendation<<ghadelimiter_[\w-]+\ncontinue\n/);
    expect(readFileSync(files.summary, 'utf8')).toContain('<!-- mcpver:ab:latency-v2 -->');
    // The state landed on the repository's state branch through the Git Data API.
    const ref = double.requests.find((r) => r.method === 'POST' && r.path === '/repos/acme/server/git/refs');
    expect(ref?.status).toBe(201);
    expect(
      double.requests.filter((r) => r.method === 'PATCH' && /git\/refs\/heads\/mcpver\/state$/.test(r.path)).length,
    ).toBeGreaterThanOrEqual(1);
  });
});
