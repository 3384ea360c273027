import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';
import { EXAMPLE_COMMAND, EXAMPLES, makeExampleRepository, removeTempDirs } from '../surface/helpers.ts';
import { ACTION_ENTRY, runAction } from './run-action.ts';

// A server package whose surface is its manifest: no command, so the check needs no runtime.
const manifest = (version: string, extra: object = {}) => ({
  name: 'weather-mcp',
  version,
  type: 'module',
  bin: { 'weather-mcp': 'build/index.js' },
  exports: { '.': './build/index.js' },
  engines: { node: '>=18' },
  ...extra,
});

describe('the Action, run as GitHub runs it', () => {
  it('runs the committed bundle', () => {
    expect(existsSync(ACTION_ENTRY), `${ACTION_ENTRY} is missing: run npm run bundle`).toBe(true);
  });

  describe('on the tag push of the example server, a minor release that removes a tool', () => {
    let run: Awaited<ReturnType<typeof runAction>>;
    let workspace: string;
    // One run, read by both tests: the example server is built and started at two versions.
    beforeAll(async () => {
      workspace = makeExampleRepository();
      run = await runAction({ workspace, ref: 'refs/tags/v1.1.0', inputs: { command: EXAMPLE_COMMAND } });
    });
    afterAll(() => removeTempDirs());

    it('fails the step, says why in one line, and sets the outputs', () => {
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.outputs).toMatchObject({
        verdict: 'under-bumped',
        'required-bump': 'major',
        'actual-bump': 'minor',
        'next-version': '2.0.0',
        'report-path': path.join(workspace, 'mcpver-report.json'),
      });
      expect(Number(run.outputs['breaking-count'])).toBeGreaterThanOrEqual(1);
      expect(Number(run.outputs['compatibility-score'])).toBeLessThan(1);
      const failure = run.annotations.filter((a) => a.message.startsWith('Under-bumped:'));
      expect(failure).toHaveLength(1);
      expect(failure[0]!.message).toBe(
        'Under-bumped: notes-mcp-server 1.1.0 needs a major release, but 1.0.0 → 1.1.0 is a minor release. Release 2.0.0 instead.',
      );
    });

    it('writes the JSON report, a job summary with the verdict first, and error annotations', () => {
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report).toMatchObject({
        from: { ref: 'v1.0.0', version: '1.0.0' },
        to: { ref: 'v1.1.0', version: '1.1.0' },
        verdict: 'under-bumped',
      });
      expect(report.changes.map((c: { subject: string }) => c.subject)).toContain('tool:delete_note');
      expect(run.summary.split('\n')[0]).toBe('## ❌ mcpver: Under-bumped');
      // One row per item (issue 14): the removed tool is in the column of what breaks clients.
      expect(run.summary).toContain('| `delete_note` | 🔴 1: removed |');
      const removal = run.annotations.find(
        (a) => a.level === 'error' && a.properties.title === 'mcpver: tool-removed (major)',
      );
      expect(removal?.message).toMatch(
        /^Tool "delete_note" was removed\. Clients and agents that call the tool by name/,
      );
      // The sources beside the running server give the line of the registration that is gone: in the
      // old version, so the annotation is a note on the file that names that line in words (issue 14).
      const source = readFileSync(path.join(EXAMPLES, 'server-v1/src/index.ts'), 'utf8').split('\n');
      const registration =
        source
          .slice(
            0,
            source.findIndex((l) => l.includes("'delete_note'")),
          )
          .findLastIndex((l) => l.includes('registerTool(')) + 1;
      expect(removal?.properties).toMatchObject({ file: 'src/index.ts' });
      expect(removal?.properties.line).toBeUndefined();
      expect(removal?.message).toContain(`It was declared at src/index.ts:${registration} in 1.0.0.`);
    });
  });

  describe('on a package without a server command', () => {
    let repo: TempRepo;
    beforeEach(() => {
      repo = tempRepo('mcpver-action-');
      repo.write(
        'servers/weather/package.json',
        manifest('1.0.0', {
          bin: Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`weather-${i}`, `build/cli-${i}.js`])),
        }),
      );
      repo.commit('first release', 'v1.0.0');
    });
    afterEach(() => repo.remove());

    const release = (version: string, extra: object) => {
      repo.write('servers/weather/package.json', manifest(version, extra));
      repo.commit(`release ${version}`, `v${version}`);
    };

    it('annotates at most 10 errors, with the file relative to the repository root, and summarizes the rest', async () => {
      release('1.1.0', { bin: {} });
      const run = await runAction({
        workspace: repo.dir,
        ref: 'refs/tags/v1.1.0',
        inputs: { path: 'servers/weather' },
      });
      expect(run.code).toBe(1);
      const errors = run.annotations.filter((a) => a.level === 'error' && a.properties.title?.startsWith('mcpver:'));
      expect(errors).toHaveLength(10);
      expect(errors.slice(0, 9).every((a) => a.properties.file === 'servers/weather/package.json')).toBe(true);
      expect(errors[9]!.properties.title).toBe('mcpver: 5 more changes fail this release');
      expect(run.outputs['breaking-count']).toBe('14');
    });

    it('passes a correctly bumped release and sets its outputs', async () => {
      release('1.1.0', { exports: { '.': './build/index.js', './tools': './build/tools.js' }, bin: undefined });
      release('2.0.0', { exports: { '.': './build/index.js' } });
      const run = await runAction({
        workspace: repo.dir,
        ref: 'refs/tags/v2.0.0',
        inputs: { path: 'servers/weather' },
      });
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs).toMatchObject({
        verdict: 'ok',
        'required-bump': 'major',
        'actual-bump': 'major',
        'next-version': '2.0.0',
      });
      expect(run.annotations.filter((a) => a.level === 'error')).toEqual([]);
      expect(run.summary.split('\n')[0]).toBe('## ✅ mcpver: OK');
    });

    it('on a pull request, checks HEAD against the previous release', async () => {
      repo.write('servers/weather/package.json', manifest('1.1.0', { engines: { node: '>=22' } }));
      repo.commit('raise node');
      const run = await runAction({
        workspace: repo.dir,
        ref: 'refs/pull/7/merge',
        eventName: 'pull_request',
        inputs: { path: 'servers/weather', 'fail-on': 'never' },
      });
      expect(run.code, run.stdout).toBe(0);
      const report = JSON.parse(readFileSync(run.outputs['report-path']!, 'utf8'));
      expect(report).toMatchObject({
        from: { ref: 'v1.0.0' },
        to: { ref: 'HEAD', version: '1.1.0' },
        required: 'major',
        failed: false,
      });
      expect(run.outputs['next-version']).toBe('2.0.0');
    });

    it('writes SARIF to the report path when asked', async () => {
      release('1.1.0', { engines: { node: '>=22' } });
      const run = await runAction({
        workspace: repo.dir,
        ref: 'refs/tags/v1.1.0',
        inputs: { path: 'servers/weather', format: 'sarif', 'report-path': 'out/mcpver.sarif' },
      });
      const sarif = JSON.parse(readFileSync(path.join(repo.dir, 'out/mcpver.sarif'), 'utf8'));
      expect(sarif.version).toBe('2.1.0');
      const raised = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'engines-node-raised');
      expect(raised).toMatchObject({
        level: 'error',
        locations: [{ physicalLocation: { artifactLocation: { uri: 'servers/weather/package.json' } } }],
      });
      expect(run.outputs['report-path']).toBe(path.join(repo.dir, 'out/mcpver.sarif'));
    });

    describe('when the input is wrong', () => {
      const failure = (run: Awaited<ReturnType<typeof runAction>>) => {
        expect(run.code).toBe(1);
        expect(run.outputs.verdict).toBe('error');
        expect(run.summary).toMatch(/^## ⛔ mcpver: the check could not run\n/);
        return run.annotations.filter((a) => a.level === 'error').map((a) => a.message);
      };

      it('fails naming the input and the values it takes', async () => {
        const run = await runAction({
          workspace: repo.dir,
          ref: 'refs/tags/v1.0.0',
          inputs: { 'fail-on': 'sometimes' },
        });
        expect(failure(run)).toEqual(['Input "fail-on" must be one of under-bump, breaking, never (got "sometimes").']);
      });

      it('fails on an input the action does not take, such as a misspelt one', async () => {
        const run = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.0', env: { INPUT_FAIL_ON: 'never' } });
        expect(failure(run)[0]).toMatch(/^Unknown input "fail_on": this action takes command, from, to, /);
      });

      it('dispatches mode ab-record, which names the inputs it needs', async () => {
        const run = await runAction({
          workspace: repo.dir,
          inputs: { mode: 'ab-record', 'ab-events': 'events.ndjson' },
        });
        expect(failure(run)).toEqual([
          'mode ab-record needs the inputs "ab-test" (the test id) and "ab-events" (the events file).',
        ]);
      });

      it('fails on a mode it does not know', async () => {
        const run = await runAction({ workspace: repo.dir, inputs: { mode: 'rollback' } });
        expect(failure(run)).toEqual(['Input "mode" must be one of check, ab-record (got "rollback").']);
      });

      it("fails with git's word for a ref that does not exist", async () => {
        const run = await runAction({
          workspace: repo.dir,
          ref: 'refs/tags/v1.0.0',
          inputs: { from: 'v0.9.0', path: 'servers/weather' },
        });
        expect(failure(run)[0]).toContain('v0.9.0');
      });

      it('fails when a named config file is missing, and when the config is invalid', async () => {
        const missing = await runAction({
          workspace: repo.dir,
          ref: 'refs/tags/v1.0.0',
          inputs: { config: 'ci/mcpver.yml' },
        });
        expect(failure(missing)[0]).toMatch(/^Cannot read the config file ci\/mcpver.yml/);
        repo.write('.github/mcpver.yml', 'policy:\n  fail_on: never\n');
        const invalid = await runAction({ workspace: repo.dir, ref: 'refs/tags/v1.0.0' });
        expect(failure(invalid)[0]).toBe('.github/mcpver.yml: unknown key "policy.fail_on".');
      });
    });
  });
});
