import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mcpver, ROOT } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { FIXTURES, weatherReport } from './helpers.ts';

const repos: TempRepo[] = [];
/** Reports written beside the repositories (outside them, so that the working tree stays clean). */
const reports: string[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
  for (const file of reports.splice(0)) rmSync(file, { force: true });
});

function dependent(fixture: string): TempRepo {
  const repo = tempRepo('mcpver-dependent-');
  repos.push(repo);
  repo.replaceWith(path.join(FIXTURES, fixture));
  repo.commit('the dependent as it is');
  return repo;
}

function reportFile(repo: TempRepo): string {
  const file = path.join(repo.dir, '..', `${path.basename(repo.dir)}-report.json`);
  writeFileSync(file, JSON.stringify(weatherReport()));
  reports.push(file);
  return file;
}

describe('mcpver migrate on a local checkout of a dependent', () => {
  it('plans without touching the working tree', async () => {
    const repo = dependent('dependent-mcp');
    const result = await mcpver(['migrate', 'plan', '--repo', repo.dir, '--report', reportFile(repo)], ROOT);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(
      '[auto]   .mcp.json: mcpServers.weather.args[1] @acme/weather-mcp@1.2.0 → @acme/weather-mcp@2.0.0',
    );
    // The dependent never calls `alerts`: the removal is summed up, not listed as a step.
    expect(result.stdout).toContain(
      '[unused] 1 more breaking change(s) about items this repository does not name: tool:alerts (see the report)',
    );
    expect(repo.git('status', '--porcelain')).toBe('');
  });

  it('applies the edits to exactly the files the plan names', async () => {
    const repo = dependent('dependent-mcp');
    const result = await mcpver(['migrate', 'apply', '--repo', repo.dir, '--report', reportFile(repo)], ROOT);
    expect(result.code, result.stderr).toBe(0);
    expect(repo.git('status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M .mcp.json',
      ' M .vscode/mcp.json',
      ' M scripts/morning.mjs',
    ]);
    expect(readFileSync(path.join(repo.dir, '.mcp.json'), 'utf8')).toContain('"alwaysAllow": ["forecast"]');
  });

  it("plans from the provider's own repository and tags, running the check", async () => {
    const provider = tempRepo('mcpver-provider-');
    repos.push(provider);
    const manifest = (version: string, exportsField: object) => ({
      name: 'mcp-weather',
      version,
      type: 'module',
      exports: exportsField,
    });
    provider.write('package.json', manifest('1.0.0', { '.': './index.js', './tools': './tools.js' }));
    provider.commit('1.0.0', 'v1.0.0');
    provider.write('package.json', manifest('2.0.0', { '.': './index.js' }));
    provider.commit('2.0.0', 'v2.0.0');
    const repo = dependent('dependent-ts');
    repo.write('package.json', { name: 'app', dependencies: { 'mcp-weather': '~1.0.0' } });
    repo.commit('use mcp-weather');
    const result = await mcpver(
      [
        'migrate',
        'apply',
        '--repo',
        repo.dir,
        '--provider',
        provider.dir,
        '--from',
        'v1.0.0',
        '--to',
        'v2.0.0',
        '--json',
      ],
      ROOT,
    );
    expect(result.code, result.stderr).toBe(0);
    const { plan } = JSON.parse(result.stdout);
    expect(plan.manualSteps).toEqual([]);
    expect(plan.notUsed.map((s: { subject: string }) => s.subject)).toEqual(['export-path:./tools']);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'package.json'), 'utf8')).dependencies['mcp-weather']).toBe(
      '~2.0.0',
    );
  });

  it('skips a dependent whose package.json does not parse (exit 1) and rejects a file that is not a report (exit 2)', async () => {
    const repo = dependent('dependent-ts');
    writeFileSync(path.join(repo.dir, 'package.json'), '{ "dependencies": { "@acme/weather-mcp": "^1.2.0" ');
    const skipped = await mcpver(['migrate', 'apply', '--repo', repo.dir, '--report', reportFile(repo)], ROOT);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toMatch(/Skipped: package\.json does not parse: \w+ at 1:\d+/);
    expect(repo.git('status', '--porcelain').trim()).toBe('M package.json');

    const bad = await mcpver(
      ['migrate', 'plan', '--repo', repo.dir, '--report', path.join(repo.dir, 'tsconfig.json')],
      ROOT,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('tsconfig.json is not an mcpver report');
  });
});
