import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mcpver } from '../helpers/cli.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

// A package whose surface is its manifest alone: no server command, so the check diffs package.json.
const manifest = (version: string, extra: object = {}) => ({
  name: 'mcp-weather',
  version,
  type: 'module',
  bin: { 'mcp-weather': 'build/index.js' },
  exports: { '.': './build/index.js', './tools': './build/tools.js' },
  ...extra,
});

describe('mcpver check on a real git repository', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = tempRepo();
    repo.write('package.json', manifest('1.0.0'));
    repo.commit('first release', 'v1.0.0');
  });
  afterEach(() => repo.remove());

  it('fails a minor release that removes an export path, naming the version to use', async () => {
    repo.write('package.json', manifest('1.1.0', { exports: { '.': './build/index.js' } }));
    repo.commit('drop tools entry', 'v1.1.0');
    const result = await mcpver(['check', '--from', 'v1.0.0', '--to', 'v1.1.0', '--json'], repo.dir);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      from: { ref: 'v1.0.0', version: '1.0.0' },
      to: { ref: 'v1.1.0', version: '1.1.0' },
      required: 'major',
      actual: 'minor',
      verdict: 'under-bumped',
      nextVersion: '2.0.0',
    });
    expect(report.changes.map((c: { rule: string }) => c.rule)).toEqual(['export-path-removed']);
  });

  it('finds the previous release by semver order among matching tags, skipping others', async () => {
    repo.write('package.json', manifest('1.10.0'));
    repo.commit('1.10', 'v1.10.0');
    repo.git('tag', 'not-a-version');
    repo.git('tag', 'v1.2');
    repo.write('package.json', manifest('1.11.0', { engines: { node: '>=22' } }));
    repo.commit('raise node', 'v1.11.0');
    const result = await mcpver(['check', '--to', 'v1.11.0', '--json'], repo.dir);
    const report = JSON.parse(result.stdout);
    expect(report.from).toEqual({ ref: 'v1.10.0', version: '1.10.0' });
    expect(report.changes.map((c: { rule: string }) => c.rule)).toEqual(['engines-node-raised']);
    expect(result.code).toBe(1);
  });

  it('checks the working tree with the version from package.json when --to is absent', async () => {
    repo.write('package.json', manifest('2.0.0', { exports: { '.': './build/index.js' } }));
    const result = await mcpver(['check', '--json'], repo.dir);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      from: { ref: 'v1.0.0' },
      to: { ref: 'HEAD', version: '2.0.0' },
      verdict: 'ok',
    });
  });

  it('on a pending change that still carries the released version, says what bump it needs', async () => {
    repo.write('package.json', manifest('1.0.0', { bin: {} }));
    repo.commit('drop the command');
    const result = await mcpver(['check', '--to', 'HEAD', '--json'], repo.dir);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      from: { ref: 'v1.0.0' },
      required: 'major',
      actual: 'none',
      verdict: 'under-bumped',
      nextVersion: '2.0.0',
    });
  });

  it('treats a first release as all new', async () => {
    const fresh = tempRepo();
    try {
      fresh.write('package.json', manifest('0.1.0'));
      fresh.commit('init', 'v0.1.0');
      const result = await mcpver(['check', '--to', 'v0.1.0', '--json'], fresh.dir);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toMatchObject({ from: null, verdict: 'ok', required: 'none' });
    } finally {
      fresh.remove();
    }
  });

  it('prints a readable report with the verdict and the exit code 1 in text mode', async () => {
    repo.write('package.json', manifest('1.0.1', { type: 'commonjs' }));
    repo.commit('cjs', 'v1.0.1');
    const result = await mcpver(['check', '--to', 'v1.0.1'], repo.dir);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/under-bumped/i);
    expect(result.stdout).toContain('2.0.0');
  });

  describe('when the input is wrong', () => {
    it('names a ref that does not exist (exit 2)', async () => {
      const result = await mcpver(['check', '--from', 'v0.9.0', '--to', 'v1.0.0'], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"v0.9.0" does not exist');
    });

    it('refuses an explicitly named tag that is not a version (exit 2)', async () => {
      repo.git('tag', 'release-candidate');
      const result = await mcpver(['check', '--from', 'release-candidate', '--to', 'v1.0.0'], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"release-candidate" does not name a semantic version');
    });

    it('refuses a downgrade (exit 2)', async () => {
      repo.write('package.json', manifest('0.9.0'));
      repo.commit('oops', 'v0.9.0');
      const result = await mcpver(['check', '--from', 'v1.0.0', '--to', 'v0.9.0'], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('0.9.0 is lower than the previous release 1.0.0');
    });

    it('names the bad key of an invalid config (exit 2)', async () => {
      repo.write('.github/mcpver.yml', 'policy:\n  fail_on: never\n');
      const result = await mcpver(['check', '--to', 'v1.0.0'], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('.github/mcpver.yml: unknown key "policy.fail_on"');
    });

    it('rejects an unknown option (exit 2)', async () => {
      const result = await mcpver(['check', '--frm', 'v1.0.0'], repo.dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Unknown option '--frm'/);
    });
  });
});
