// `mcpver check` with a server that needs an API key, as a maintainer runs it: --env passes the
// key, progress goes to stderr (quiet under --json), and the key appears in nothing mcpver writes.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mcpver, ROOT } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const ENV_SERVER = path.join(ROOT, 'test/fixtures/servers/env-server.mjs');
const KEY = 'fx-live-5e4d3c2b1a0f9e8d7c6b';

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.remove();
  repo = undefined;
});

function keyedRepository(): TempRepo {
  const made = tempRepo();
  made.write('package.json', { name: 'keyed', version: '1.0.0' });
  made.commit('1.0.0', 'v1.0.0');
  made.write('package.json', { name: 'keyed', version: '1.0.1' });
  made.commit('1.0.1', 'v1.0.1');
  return made;
}

describe('mcpver check --env', () => {
  it('passes the key from the environment, shows each step with its time, and writes the key nowhere', async () => {
    repo = keyedRepository();
    const report = path.join(repo.dir, 'report.json');
    const run = await mcpver(
      [
        'check',
        '--to',
        'v1.0.1',
        '--command',
        `node ${ENV_SERVER} --key FIXTURE_API_KEY`,
        '--env',
        'FIXTURE_API_KEY',
        '--env',
        'FIXTURE_MODE=test-mode',
        '--report',
        report,
      ],
      repo.dir,
      { env: { FIXTURE_API_KEY: KEY } },
    );
    expect(run.stderr).not.toContain('mcpver: unexpected');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('mcpver: checkout v1.0.0…');
    expect(run.stderr).toMatch(/mcpver: checkout v1\.0\.0 done in \d+\.\d s/);
    expect(run.stderr).toMatch(
      new RegExp(`mcpver: start v1\\.0\\.1 \\(node .*env-server\\.mjs --key FIXTURE_API_KEY\\) done in \\d+\\.\\d s`),
    );
    expect(run.stderr).toMatch(/mcpver: list v1\.0\.1 done in/);
    expect(run.stderr).toMatch(/mcpver: TypeScript v1\.0\.1 done in/);
    const written = readFileSync(report, 'utf8');
    expect(JSON.parse(written).verdict).toBe('ok');
    for (const text of [run.stdout, run.stderr, written]) expect(text).not.toContain(KEY);
  });

  it('keeps stderr free of progress under --json, and stdout pure JSON', async () => {
    repo = keyedRepository();
    const run = await mcpver(
      ['check', '--to', 'v1.0.1', '--command', `node ${ENV_SERVER}`, '--env', `FIXTURE_API_KEY=${KEY}`, '--json'],
      repo.dir,
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).to.version).toBe('1.0.1');
    expect(run.stderr).not.toContain('mcpver: checkout');
    expect(run.stdout + run.stderr).not.toContain(KEY);
  });
});
