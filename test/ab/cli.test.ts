// `mcpver ab …` as a user runs it on a real repository and real files; where several recorders race
// on one state branch, as separate processes.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mcpver } from '../helpers/cli.ts';
import { mcpverProcess } from '../helpers/cli-process.ts';
import { git, makeRepository } from '../state/helpers.ts';
import type { AbStats } from '../../src/ab/stats.ts';
import { deriveTestSecret } from '../../src/ab/signature.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/ab');
const repos: Array<{ cleanup: () => void }> = [];
afterEach(() => repos.splice(0).forEach((r) => r.cleanup()));

function repository() {
  const repo = makeRepository();
  repos.push(repo);
  return repo.dir;
}

const definition = `id: release-1-5
name: release 1.5 against 1.4
versions: { A: "1.4.0", B: "1.5.0" }
metrics:
  - { name: accuracy, kind: mean, better: higher, role: primary }
  - { name: response_time, kind: mean, better: lower, role: secondary, latency: true }
  - { name: error, kind: proportion, better: lower, role: guardrail, margin: 0.01 }
`;

describe('mcpver ab analyze --events (no state)', () => {
  it('prints the analysis JSON with the public fields, inferring the metrics from the events', async () => {
    const run = await mcpver(
      ['ab', 'analyze', '--events', path.join(fixtures, 'reference/binary.ndjson'), '--json'],
      repository(),
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.srm).toEqual({ pValue: 1, ok: true });
    expect(result.recommendation).toBe('stop-rollback');
    expect(result.metrics[0]).toMatchObject({ name: 'error', test: 'z', nA: 500, nB: 500, verdict: 'worse' });
    expect(result.metrics[0].ci).toHaveLength(2);
    expect(typeof result.metrics[0].pValue).toBe('number');
    expect(typeof result.metrics[0].effect).toBe('number');
  });

  it('titles the analysis of a file without a definition after the file, and says its versions are unknown', async () => {
    const run = await mcpver(
      ['ab', 'analyze', '--events', path.join(fixtures, 'reference/binary.ndjson')],
      repository(),
    );
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[1]).toBe('## A/B analysis of `binary.ndjson` — versions unknown');
    expect(run.stdout).toContain(
      'which versions they ran is not known: give a definition with `versions:` (`--config FILE`) to name them.',
    );
  });

  it('reads CSV and a definition file, and reports rejected lines on stderr with their numbers', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'test.yml'), definition);
    const csv = [
      'variant,metric,value,unit',
      ...readFileSync(path.join(fixtures, 'release.ndjson'), 'utf8')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
        .map((e) => `${e.variant},${e.metric},${e.value},${e.unit}`),
      'B,error,2,x',
      'A,latency,1,y',
    ].join('\n');
    writeFileSync(path.join(dir, 'events.csv'), csv);
    const run = await mcpver(['ab', 'analyze', '--events', 'events.csv', '--config', 'test.yml'], dir);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('events.csv:722: metric "error" is a proportion: "value" must be 0 or 1 (got 2)');
    expect(run.stderr).toContain('events.csv:723: metric "latency" is not defined in test "release-1-5"');
    expect(run.stdout).toContain('<!-- mcpver:ab:release-1-5 -->');
    expect(run.stdout).toContain('| data quality | 720 events accepted, 2 rejected ✅ |');
  });

  it("derives the ingestion secret of a test from the App's master secret", async () => {
    const run = await mcpver(['ab', 'secret', '--test', 'search-1-5', '--repository', 'acme/server'], repository(), {
      env: { MCPVER_AB_SECRET: 'master' },
    });
    expect(run.stdout.trim()).toBe(deriveTestSecret('master', 'acme/server', 'search-1-5'));
    expect(
      (
        await mcpver(['ab', 'secret', '--test', 'x', '--repository', 'acme/server'], repository(), {
          env: { MCPVER_AB_SECRET: '' },
        })
      ).stderr,
    ).toContain('MCPVER_AB_SECRET');
  });

  it('names the bad key of a definition file', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'test.yml'), 'id: x\nmetrics:\n  - { name: a, direction: up }\n');
    const run = await mcpver(
      ['ab', 'analyze', '--events', path.join(fixtures, 'release.ndjson'), '--config', 'test.yml'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('test.yml: unknown key "metrics[0].direction"');
  });
});

describe('mcpver ab on a repository', () => {
  it('starts a test, records events, analyses, reports status and stops', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'test.yml'), definition);
    expect((await mcpver(['ab', 'start', '--config', 'test.yml'], dir)).code).toBe(0);
    const lines = readFileSync(path.join(fixtures, 'release.ndjson'), 'utf8').trim().split('\n');
    writeFileSync(
      path.join(dir, 'events.ndjson'),
      [...lines.slice(0, 3), '{"variant":"B","metric":"accuracy"}', ...lines.slice(3)].join('\n'),
    );
    const recorded = await mcpver(['ab', 'record', '--test', 'release-1-5', '--events', 'events.ndjson'], dir);
    expect(recorded.code).toBe(0);
    expect(recorded.stdout).toContain('Recorded 720 events into "release-1-5"; 1 lines rejected.');
    expect(recorded.stderr).toContain('events.ndjson:4: "value" must be a finite number');

    const analysis = JSON.parse((await mcpver(['ab', 'analyze', '--test', 'release-1-5', '--json'], dir)).stdout);
    const local = JSON.parse(
      (
        await mcpver(
          ['ab', 'analyze', '--events', path.join(fixtures, 'release.ndjson'), '--config', 'test.yml', '--json'],
          dir,
        )
      ).stdout,
    );
    expect(analysis.metrics.map((m: { pValue: number }) => m.pValue)).toEqual(
      local.metrics.map((m: { pValue: number }) => m.pValue),
    );
    expect(analysis.recommendation).toBe('ship-b');

    const status = await mcpver(['ab', 'status', '--test', 'release-1-5'], dir);
    expect(status.stdout).toContain('release-1-5: running');
    expect(status.stdout).toContain('events: 720 accepted, 1 rejected');
    expect((await mcpver(['ab', 'stop', '--test', 'release-1-5', '--reason', 'done'], dir)).code).toBe(0);
    const refused = await mcpver(['ab', 'record', '--test', 'release-1-5', '--events', 'events.ndjson'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('A/B test "release-1-5" is stopped (done): it takes no more events.');
    // The user's branch and working tree are untouched: everything is on the state branch.
    expect(git(dir, 'status', '--porcelain')).toBe('?? events.ndjson\n?? test.yml'.trim());
    expect(git(dir, 'log', '--format=%s', 'mcpver/state').split('\n')[0]).toBe('ab: stopped release-1-5');
  });

  it('stores every valid event when several record processes run at once', async () => {
    const dir = repository();
    writeFileSync(path.join(dir, 'test.yml'), definition);
    expect((await mcpver(['ab', 'start', '--config', 'test.yml'], dir)).code).toBe(0);
    const writers = 4;
    for (let w = 0; w < writers; w++) {
      const events = Array.from({ length: 100 }, (_, i) =>
        JSON.stringify({ variant: i % 2 ? 'B' : 'A', metric: 'response_time', value: 100 + i, unit: `w${w}-${i}` }),
      );
      events.push('not json');
      writeFileSync(path.join(dir, `events-${w}.ndjson`), events.join('\n'));
    }
    const runs = await Promise.all(
      Array.from({ length: writers }, (_, w) =>
        mcpverProcess(['ab', 'record', '--test', 'release-1-5', '--events', `events-${w}.ndjson`], dir),
      ),
    );
    for (const run of runs) expect(run.stdout).toContain('Recorded 100 events');
    const stats = JSON.parse(git(dir, 'show', 'mcpver/state:ab/release-1-5/stats.json')) as AbStats;
    expect(stats.events).toEqual({ accepted: 400, rejected: 4 });
    expect(stats.variants.A.units! + stats.variants.B.units!).toBe(400);
  });

  it('creates a test on first record: from the repository config, or inferred from the events when several start at once', async () => {
    const dir = repository();
    mkdirSync(path.join(dir, '.github'));
    writeFileSync(
      path.join(dir, '.github/mcpver.yml'),
      `ab:\n  tests:\n${definition.replace(/^/gm, '    ').replace(/^ {4}id:/m, '  - id:')}`,
    );
    const configured = await mcpver(
      ['ab', 'record', '--test', 'release-1-5', '--events', path.join(fixtures, 'release.ndjson')],
      dir,
    );
    expect(configured.stderr).toContain('Started A/B test "release-1-5" from its definition.');
    expect(configured.stdout).toContain('Recorded 720 events');
    expect(JSON.parse(git(dir, 'show', 'mcpver/state:ab/release-1-5/test.json'))).toMatchObject({
      versions: { A: '1.4.0', B: '1.5.0' },
      mode: 'sequential',
    });

    const runs = await Promise.all(
      [1, 2, 3].map((w) => {
        writeFileSync(
          path.join(dir, `first-${w}.ndjson`),
          Array.from({ length: 20 }, (_, i) =>
            JSON.stringify({
              variant: i % 2 ? 'B' : 'A',
              metric: 'error',
              value: i % 5 === 0 ? 1 : 0,
              unit: `f${w}-${i}`,
            }),
          ).join('\n'),
        );
        return mcpverProcess(['ab', 'record', '--test', 'fresh', '--events', `first-${w}.ndjson`], dir);
      }),
    );
    expect(
      runs.filter((r) =>
        r.stderr.includes(
          'Started A/B test "fresh" with metrics inferred from the events (error: proportion, lower is better, guardrail)',
        ),
      ),
    ).toHaveLength(1);
    for (const run of runs) expect(run.stdout).toContain('Recorded 20 events into "fresh"; 0 lines rejected.');
    expect(JSON.parse(git(dir, 'show', 'mcpver/state:ab/fresh/stats.json')).events).toEqual({
      accepted: 60,
      rejected: 0,
    });
  });
});
