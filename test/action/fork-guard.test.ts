// pull_request_target from a fork: the run has the base repository's write token and secrets, so
// mcpver refuses to run install, build or server commands there unless `allow-fork-commands` is set.
// The Action runs from its sources here (the bundle is rebuilt by the lead after merging).

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forkGuard, forkOf } from '../../src/action/fork-guard.ts';
import { CommandRefusedError, runCheck } from '../../src/check.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const require = createRequire(import.meta.url);

/** A `pull_request.opened` example of @octokit/webhooks-examples, its head moved to `headRepo`. */
function pullRequestEvent(headRepo: string | null): any {
  const index = require('@octokit/webhooks-examples/api.github.com/index.json') as Array<{
    name: string;
    examples: any[];
  }>;
  const payload = structuredClone(
    index.find((g) => g.name === 'pull_request')!.examples.find((e) => e.action === 'opened'),
  );
  payload.pull_request.head.repo =
    headRepo === null ? null : { ...payload.pull_request.head.repo, full_name: headRepo };
  return payload;
}

describe('which pull_request_target runs may run commands', () => {
  it('knows a fork, a deleted fork, and a branch of the repository itself', () => {
    const same = pullRequestEvent(null);
    same.pull_request.head.repo = structuredClone(same.pull_request.base.repo);
    expect(forkOf(same)).toBeNull();
    expect(forkOf(pullRequestEvent('mallory/server'))).toBe('mallory/server');
    expect(forkOf(pullRequestEvent(null))).toBe('(a deleted fork)');
  });

  it('refuses a fork under pull_request_target unless allowed, and leaves other events alone', () => {
    const fork = pullRequestEvent('mallory/server');
    expect(forkGuard({ eventName: 'pull_request_target', payload: fork, allowForkCommands: false }).refusal).toMatch(
      /pull_request_target for pull request #\d+ from the fork mallory\/server.*allow-fork-commands: true.*"Forks" in docs\/action\.md/,
    );
    const allowed = forkGuard({ eventName: 'pull_request_target', payload: fork, allowForkCommands: true });
    expect(allowed).toMatchObject({ refusal: null, warning: expect.stringContaining('mallory/server') });
    expect(forkGuard({ eventName: 'pull_request', payload: fork, allowForkCommands: false })).toEqual({
      refusal: null,
      warning: null,
    });
  });
});

describe('the Action on pull_request_target from a fork', () => {
  let repo: TempRepo;
  let scratch: string;
  beforeEach(() => {
    repo = tempRepo('mcpver-fork-');
    repo.write('package.json', { name: 'weather-mcp', version: '1.0.0', bin: { weather: 'index.js' } });
    repo.commit('first release', 'v1.0.0');
    // The fork's change: its config asks for an install step that would run its own code.
    repo.write('.github/mcpver.yml', 'packages:\n  - path: .\n    install: touch pwned-by-config\n');
    repo.write('package.json', { name: 'weather-mcp', version: '1.0.1', bin: { weather: 'index.js' } });
    repo.commit('fork change');
    scratch = mkdtempSync(path.join(tmpdir(), 'mcpver-fork-event-'));
  });
  afterEach(() => {
    repo.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses in the check itself, before any command runs', async () => {
    await expect(runCheck({ cwd: repo.dir, to: 'HEAD', refuseCommands: 'a fork' })).rejects.toThrow(
      CommandRefusedError,
    );
    await expect(runCheck({ cwd: repo.dir, to: 'HEAD', refuseCommands: 'a fork' })).rejects.toThrow(
      'Refused to run install: touch pwned-by-config. a fork',
    );
    expect(existsSync(path.join(repo.dir, 'pwned-by-config'))).toBe(false);
  });

  it('fails the step naming the commands and the safe pattern, and runs them only when allow-fork-commands is true', async () => {
    process.env.MCPVER_ACTION_ENTRY ??= 'src/action/index.ts';
    const { runAction } = await import('./run-action.ts');
    const event = path.join(scratch, 'event.json');
    writeFileSync(event, JSON.stringify(pullRequestEvent('mallory/server')));
    const env = { GITHUB_EVENT_PATH: event };
    const marker = path.join(scratch, 'pwned-by-input');
    const inputs = { install: `touch ${marker}`, 'fail-on': 'never' };

    const refused = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request_target',
      ref: 'refs/pull/1/merge',
      inputs,
      env,
    });
    expect(refused.code, refused.stdout + refused.stderr).toBe(1);
    expect(refused.stdout).toContain(
      `::error::Refused to run install: touch ${marker}. This run is a pull_request_target for pull request`,
    );
    expect(refused.outputs.verdict).toBe('error');
    expect(existsSync(marker)).toBe(false);

    const allowed = await runAction({
      workspace: repo.dir,
      eventName: 'pull_request_target',
      ref: 'refs/pull/1/merge',
      inputs: { ...inputs, 'allow-fork-commands': 'true' },
      env,
    });
    expect(allowed.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toContain(
      "allow-fork-commands is true: running install, build and server commands for pull request #2 from the fork mallory/server with this workflow's token and secrets.",
    );
    expect(existsSync(marker)).toBe(true);
  }, 120_000);
});
