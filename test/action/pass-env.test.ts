// The Action with a server that needs an API key: the workflow sets the key in the step's env
// from a secret and names it in `pass-env`; the key reaches the server, the runner is told to mask
// it, and it appears in no log line, output, job summary or report file.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { ROOT, runAction } from './run-action.ts';

const ENV_SERVER = path.join(ROOT, 'test/fixtures/servers/env-server.mjs');
const KEY = 'tvly-fixture-9a8b7c6d5e4f3a2b1c0d';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

describe('the pass-env input', () => {
  it("passes the step's secret to the server and writes it nowhere but the mask command", async () => {
    repo = tempRepo();
    repo.write('package.json', { name: 'keyed', version: '1.0.0' });
    repo.commit('1.0.0', 'v1.0.0');
    repo.write('package.json', { name: 'keyed', version: '1.0.1' });
    repo.commit('1.0.1', 'v1.0.1');
    const run = await runAction({
      workspace: repo.dir,
      ref: 'refs/tags/v1.0.1',
      inputs: { command: `node ${ENV_SERVER}`, 'pass-env': 'FIXTURE_API_KEY', 'github-token': '' },
      env: { FIXTURE_API_KEY: KEY },
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe('ok');
    // The runner masks the value in everything the step prints after this command.
    expect(run.stdout).toContain(`::add-mask::${KEY}`);
    const rest = run.stdout.replace(`::add-mask::${KEY}`, '');
    const report = readFileSync(path.join(repo.dir, 'mcpver-report.json'), 'utf8');
    for (const text of [rest, run.summary, report, JSON.stringify(run.outputs)]) expect(text).not.toContain(KEY);
    expect(run.stdout).toMatch(/mcpver: start v1\.0\.1 \(node .*env-server\.mjs\) done in \d+\.\d s/);
  });
});
