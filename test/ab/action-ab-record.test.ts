// The Action's ab-record mode on a real checkout and state branch (the local git store).

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAbRecord } from '../../src/action/ab-record.ts';
import { LocalStateStore } from '../../src/state/local-store.ts';
import { git, makeRepository } from '../state/helpers.ts';

const repos: Array<{ cleanup: () => void }> = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function checkout() {
  const repo = makeRepository();
  repos.push(repo);
  mkdirSync(path.join(repo.dir, '.github'));
  writeFileSync(
    path.join(repo.dir, '.github/mcpver.yml'),
    `ab:
  confidence: 0.95
  tests:
    - id: errors-2-1
      versions: { A: "2.0.0", B: "2.1.0" }
      metrics:
        - { name: error, kind: proportion, better: lower, role: guardrail }
`,
  );
  return { dir: repo.dir, store: new LocalStateStore({ cwd: repo.dir }) };
}

/** Error rate 2% in A and 12% in B over 500 calls each: beyond doubt even for the always-valid bound. */
const degraded = () =>
  ['A', 'B']
    .flatMap((variant) =>
      Array.from({ length: 500 }, (_, i) =>
        JSON.stringify({
          variant,
          metric: 'error',
          value: i < (variant === 'A' ? 10 : 60) ? 1 : 0,
          unit: `${variant}${i}`,
        }),
      ),
    )
    .join('\n') + '\n';

describe('mode ab-record', () => {
  it('starts the test from the config, records the events and stops the test when a guardrail degrades', async () => {
    const { dir, store } = checkout();
    writeFileSync(path.join(dir, 'eval.ndjson'), `${degraded()}{"variant":"B","metric":"error","value":0.5}\n`);
    const outcome = await runAbRecord({ store, workspace: dir, testId: 'errors-2-1', eventsPath: 'eval.ndjson' });
    expect(outcome).toMatchObject({ accepted: 1000, rejected: 1, stopped: true });
    expect(outcome.rejections).toEqual([
      { line: 1001, reason: 'metric "error" is a proportion: "value" must be 0 or 1 (got 0.5)' },
    ]);
    expect(outcome.analysis.recommendation).toBe('stop-rollback');
    expect(outcome.test).toMatchObject({ status: 'stopped', stopReason: 'auto-stop: guardrail (error)' });
    expect(outcome.summary).toContain('⛔ Stop and roll back B');
    expect(JSON.parse(git(dir, 'show', 'mcpver/state:ab/errors-2-1/test.json')).status).toBe('stopped');
  });

  it('fails with a clear message when the test is neither stored nor configured', async () => {
    const { dir, store } = checkout();
    writeFileSync(path.join(dir, 'eval.ndjson'), '');
    await expect(runAbRecord({ store, workspace: dir, testId: 'unknown', eventsPath: 'eval.ndjson' })).rejects.toThrow(
      '.github/mcpver.yml: ab.tests has no test "unknown" (it has errors-2-1).',
    );
  });

  it('fails with a clear message when the events file is missing, writing nothing', async () => {
    const { dir, store } = checkout();
    await expect(
      runAbRecord({ store, workspace: dir, testId: 'errors-2-1', eventsPath: 'missing.ndjson' }),
    ).rejects.toThrow('The events file missing.ndjson does not exist in the workspace.');
    expect(await store.head()).toBeNull();
  });
});
