// Behaviour of the analysis beyond the reference numbers: degenerate inputs, verdicts, Holm,
// auto-stop and the recommendation.

import { describe, expect, it } from 'vitest';
import ttest2 from '@stdlib/stats-ttest2';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents, inferAbTest } from '../../src/ab/analysis/input.ts';
import { holmAdjust } from '../../src/ab/analysis/holm.ts';
import { rankSumAndTies } from '../../src/ab/analysis/rank.ts';
import ranks from '@stdlib/stats-ranks';
import type { AnalysisResult } from '../../src/ab/analysis/types.ts';
import type { AbEvent } from '../../src/ab/events.ts';
import { defineAbTest } from '../../src/ab/test.ts';

/** A deterministic pseudo-random stream (LCG) so that data sets are reproducible without fixtures. */
function stream(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}
function normals(n: number, mean: number, sd: number, seed: number): number[] {
  const u = stream(seed);
  return Array.from(
    { length: n },
    () => mean + sd * Math.sqrt(-2 * Math.log(u() + 1e-12)) * Math.cos(2 * Math.PI * u()),
  );
}
const events = (variant: 'A' | 'B', metric: string, values: number[], unitPrefix?: string): AbEvent[] =>
  values.map((value, i) => ({ variant, metric, value, ...(unitPrefix ? { unit: `${unitPrefix}${i}` } : {}) }));
const binary = (ones: number, n: number) => Array.from({ length: n }, (_, i) => (i < ones ? 1 : 0));
const noNaN = (result: AnalysisResult) => expect(JSON.stringify(result)).not.toMatch(/NaN|Infinity/);

describe('degenerate inputs give an explicit "not computable", never NaN', () => {
  it('zero variance in both arms', () => {
    const test = defineAbTest({ id: 'z', metrics: [{ name: 'tokens', kind: 'mean', better: 'lower' }] });
    const result = analyzeAbTest(
      test,
      inputFromEvents([...events('A', 'tokens', Array(10).fill(5)), ...events('B', 'tokens', Array(10).fill(7))]),
    );
    const m = result.metrics[0]!;
    expect(m).toMatchObject({ verdict: 'not-computable', pValue: null, ci: null, test: 'none' });
    expect(m.notes.join()).toMatch(/both arms have zero variance/);
    noNaN(result);
    expect(JSON.parse(JSON.stringify(result)).metrics[0].effect).toBe(2);
  });

  it('zero control mean: the absolute effect is given, the relative lift is not', () => {
    const test = defineAbTest({ id: 'z', metrics: [{ name: 'score', kind: 'mean' }] });
    const a = normals(20, 0, 1, 1);
    const shift = a.reduce((s, x) => s + x, 0) / a.length;
    const result = analyzeAbTest(
      test,
      inputFromEvents([
        ...events(
          'A',
          'score',
          a.map((x) => x - shift),
        ),
        ...events('B', 'score', normals(20, 1, 1, 2)),
      ]),
    );
    const m = result.metrics[0]!;
    expect(m.pValue).not.toBeNull();
    expect(Math.abs(m.meanA!)).toBeLessThan(1e-12);
    noNaN(result);
  });

  it('exactly zero control rate: relative risk not computable, Fisher p still given', () => {
    const test = defineAbTest({ id: 'z', metrics: [{ name: 'error', kind: 'proportion' }] });
    const result = analyzeAbTest(
      test,
      inputFromEvents([...events('A', 'error', binary(0, 50)), ...events('B', 'error', binary(4, 50))]),
    );
    const m = result.metrics[0]!;
    expect(m.test).toBe('fisher');
    expect(m.lift).toBeNull();
    expect(m.notes.join()).toMatch(/control \(A\) mean is zero/);
    expect(m.pValue).toBeGreaterThan(0);
    noNaN(result);
  });

  it('one arm empty: insufficient data for the metric, no p-value, and n per arm still reported', () => {
    const test = defineAbTest({ id: 'z', metrics: [{ name: 'accuracy' }] });
    const result = analyzeAbTest(test, inputFromEvents(events('A', 'accuracy', normals(30, 0.7, 0.1, 3))));
    expect(result.metrics[0]).toMatchObject({ verdict: 'insufficient', nA: 30, nB: 0, pValue: null, effect: null });
    expect(result.health.dataQuality.warnings.join()).toMatch(/no events in arm B/);
    expect(result.recommendation).toBe('continue');
    noNaN(result);
  });
});

describe('no input gives NaN or Infinity', () => {
  it('holds over 300 small, constant, tied, empty, paired and repeated-unit data sets', () => {
    const u = stream(99);
    const pick = <T>(xs: T[]) => xs[Math.floor(u() * xs.length)]!;
    for (let k = 0; k < 300; k++) {
      const events: AbEvent[] = [];
      for (const variant of ['A', 'B'] as const) {
        const n = pick([0, 1, 4, 5, 6, 9, 30]);
        const shape = pick(['constant', 'zero', 'binary', 'tied', 'spread']);
        const units = pick(['none', 'distinct', 'shared', 'repeated']);
        for (let i = 0; i < n; i++) {
          const value =
            shape === 'constant'
              ? 7
              : shape === 'zero'
                ? 0
                : shape === 'binary'
                  ? u() < 0.3
                    ? 1
                    : 0
                  : shape === 'tied'
                    ? Math.round(u() * 2)
                    : u() * 1000 - 200;
          const unit =
            units === 'none'
              ? undefined
              : units === 'distinct'
                ? `${variant}${i}`
                : units === 'shared'
                  ? `s${i}`
                  : `r${i % 3}`;
          for (const metric of ['response_time', 'error'])
            events.push({
              variant,
              metric,
              value: metric === 'error' ? (value > 0 ? 1 : 0) : value,
              ...(unit ? { unit } : {}),
            });
        }
      }
      const test = defineAbTest({
        id: 'fuzz',
        mode: pick(['fixed', 'sequential']),
        metrics: [
          { name: 'response_time', role: 'primary', 'hard-limit': 100 },
          { name: 'error', kind: 'proportion', role: 'guardrail', margin: pick([0, '10%']) },
        ],
      });
      const result = analyzeAbTest(test, inputFromEvents(events));
      noNaN(result);
      for (const m of result.metrics) expect(m.pValue === null || (m.pValue >= 0 && m.pValue <= 1)).toBe(true);
    }
  });
});

describe('verdicts and the recommendation', () => {
  const definition = {
    id: 'release-1-5',
    metrics: [
      { name: 'accuracy', kind: 'mean', better: 'higher', role: 'primary' },
      { name: 'tokens', kind: 'mean', better: 'lower', role: 'secondary' },
      { name: 'cost', kind: 'mean', better: 'lower', role: 'secondary' },
      { name: 'error', kind: 'proportion', better: 'lower', role: 'guardrail' },
    ],
  };

  it('ships B when the primary is significantly better and no guardrail is worse', () => {
    const test = defineAbTest(definition);
    const result = analyzeAbTest(
      test,
      inputFromEvents([
        ...events('A', 'accuracy', normals(200, 0.7, 0.1, 11)),
        ...events('B', 'accuracy', normals(200, 0.75, 0.1, 12)),
        ...events('A', 'tokens', normals(200, 100, 10, 13)),
        ...events('B', 'tokens', normals(200, 100, 10, 14)),
        ...events('A', 'cost', normals(200, 1, 0.1, 15)),
        ...events('B', 'cost', normals(200, 1, 0.1, 16)),
        ...events('A', 'error', binary(6, 200)),
        ...events('B', 'error', binary(5, 200)),
      ]),
    );
    expect(result.metrics.map((m) => [m.name, m.verdict])).toEqual([
      ['accuracy', 'better'],
      ['tokens', 'no-difference'],
      ['cost', 'no-difference'],
      ['error', 'no-difference'],
    ]);
    expect(result.recommendation).toBe('ship-b');
    expect(result.autoStop.stop).toBe(false);
  });

  it('keeps A when the primary is significantly worse', () => {
    const test = defineAbTest(definition);
    const result = analyzeAbTest(
      test,
      inputFromEvents([
        ...events('A', 'accuracy', normals(200, 0.75, 0.1, 21)),
        ...events('B', 'accuracy', normals(200, 0.7, 0.1, 22)),
      ]),
    );
    expect(result.metrics[0]!.verdict).toBe('worse');
    expect(result.recommendation).toBe('keep-a');
  });

  it('stops and recommends the rollback when a guardrail degrades significantly, naming the rule', () => {
    const test = defineAbTest(definition);
    const result = analyzeAbTest(
      test,
      inputFromEvents([
        ...events('A', 'accuracy', normals(500, 0.7, 0.1, 31)),
        ...events('B', 'accuracy', normals(500, 0.75, 0.1, 32)),
        ...events('A', 'error', binary(10, 500)),
        ...events('B', 'error', binary(26, 500)),
      ]),
    );
    expect(result.recommendation).toBe('stop-rollback');
    expect(result.autoStop.rules).toEqual([expect.objectContaining({ rule: 'guardrail', metric: 'error' })]);
  });

  it('does not stop when the guardrail degradation stays within the margin', () => {
    const test = defineAbTest({
      ...definition,
      metrics: definition.metrics.map((m) => (m.name === 'error' ? { ...m, margin: 0.05 } : m)),
    });
    const result = analyzeAbTest(
      test,
      inputFromEvents([...events('A', 'error', binary(10, 500)), ...events('B', 'error', binary(26, 500))]),
    );
    expect(result.metrics.find((m) => m.name === 'error')!.guard).toMatchObject({
      armed: true,
      fired: false,
      margin: 0.05,
    });
    expect(result.autoStop.stop).toBe(false);
  });

  it('fires a hard limit only after the configured number of consecutive failing runs', () => {
    const test = defineAbTest({
      id: 'h',
      'hard-limit-runs': 2,
      metrics: [{ name: 'error', kind: 'proportion', role: 'guardrail', 'hard-limit': 0.1 }],
    });
    const input = inputFromEvents([...events('A', 'error', binary(5, 100)), ...events('B', 'error', binary(12, 100))]);
    const first = analyzeAbTest(test, input);
    expect(first.metrics[0]!.hardLimit).toMatchObject({ breached: true, failures: 1, fired: false });
    const second = analyzeAbTest(test, { ...input, hardLimitFailures: first.hardLimitFailures });
    expect(second.metrics[0]!.hardLimit).toMatchObject({ failures: 2, fired: true });
    expect(second.recommendation).toBe('stop-rollback');
    expect(second.autoStop.rules[0]).toMatchObject({ rule: 'hard-limit', metric: 'error' });
  });

  it('says "no meaningful difference" only when the interval is narrower than the minimum detectable effect', () => {
    const data = inputFromEvents([
      ...events('A', 'accuracy', normals(2000, 0.7, 0.1, 41)),
      ...events('B', 'accuracy', normals(2000, 0.7, 0.1, 42)),
    ]);
    expect(
      analyzeAbTest(defineAbTest({ id: 'n', metrics: [{ name: 'accuracy', mde: 0.02 }] }), data).recommendation,
    ).toBe('no-meaningful-difference');
    expect(
      analyzeAbTest(defineAbTest({ id: 'n', metrics: [{ name: 'accuracy', mde: 0.001 }] }), data).recommendation,
    ).toBe('continue');
  });

  it('declares no winner on latency when Welch and Mann-Whitney disagree (a few huge outliers)', () => {
    const a = normals(100, 100, 5, 51);
    const b = normals(100, 90, 5, 52).map((x, i) => (i < 3 ? 5000 : x));
    const test = defineAbTest({ id: 'l', metrics: [{ name: 'response_time', role: 'primary' }] });
    const result = analyzeAbTest(
      test,
      inputFromEvents([...events('A', 'response_time', a), ...events('B', 'response_time', b)]),
    );
    expect(result.metrics[0]!.verdict).toBe('inconclusive');
    expect(result.metrics[0]!.notes.join()).toMatch(/heavy tail/);
    expect(result.recommendation).toBe('investigate');
  });

  it('adjusts secondary metrics with Holm and leaves guardrails unadjusted', () => {
    expect(holmAdjust([0.01, 0.04, 0.03])).toEqual([0.03, 0.06, 0.06]);
    const test = defineAbTest(definition);
    const result = analyzeAbTest(
      test,
      inputFromEvents([
        ...events('A', 'tokens', normals(100, 100, 10, 61)),
        ...events('B', 'tokens', normals(100, 103, 10, 62)),
        ...events('A', 'cost', normals(100, 1, 0.1, 63)),
        ...events('B', 'cost', normals(100, 1.02, 0.1, 64)),
        ...events('A', 'error', binary(10, 100)),
        ...events('B', 'error', binary(14, 100)),
      ]),
    );
    const [tokens, cost, error] = ['tokens', 'cost', 'error'].map((n) => result.metrics.find((m) => m.name === n)!);
    const expected = holmAdjust([tokens!.pValue!, cost!.pValue!]);
    expect([tokens!.adjustedPValue, cost!.adjustedPValue]).toEqual(expected);
    expect(error!.adjustedPValue).toBe(error!.pValue);
  });

  it("computes Welch from moments exactly as @stdlib's ttest2 does from the raw arrays", () => {
    const a = normals(57, 10, 2, 71);
    const b = normals(43, 11, 4, 72);
    const m = analyzeAbTest(
      defineAbTest({ id: 'w', metrics: [{ name: 'score' }] }),
      inputFromEvents([...events('A', 'score', a), ...events('B', 'score', b)]),
    ).metrics[0]!;
    const ref = ttest2(b, a, { variance: 'unequal' });
    expect(m.pValue!).toBeCloseTo(ref.pValue, 12);
    expect(m.ci![0]).toBeCloseTo(ref.ci[0]!, 10);
    expect(m.df!).toBeCloseTo(ref.df, 9);
  });
});

describe('ranks for Mann-Whitney', () => {
  it('gives the same rank sum as @stdlib/stats-ranks, ties included', () => {
    const a = normals(300, 10, 3, 81).map(Math.round);
    const b = normals(250, 11, 3, 82).map(Math.round);
    const r = ranks(b.concat(a));
    const expected = r.slice(0, b.length).reduce((s, x) => s + x, 0);
    expect(rankSumAndTies(a, b).rankSumB).toBe(expected);
  });
});

describe('latency measured on the same items in both versions', () => {
  it('is paired: Wilcoxon instead of Mann-Whitney, quantiles of the calls kept', () => {
    const base = normals(40, 200, 40, 91);
    const test = defineAbTest({ id: 'p', metrics: [{ name: 'response_time', role: 'primary' }] });
    const m = analyzeAbTest(
      test,
      inputFromEvents([
        ...events('A', 'response_time', base, 'item-'),
        ...events(
          'B',
          'response_time',
          base.map((x, i) => x - 5 + (i % 3)),
          'item-',
        ),
      ]),
    ).metrics[0]!;
    expect(m.test).toBe('paired-t');
    expect(m.mannWhitney).toBeUndefined();
    expect(m.paired!.wilcoxonPValue).not.toBeNull();
    expect(m.quantiles!.A.p50).toBeGreaterThan(0);
    expect(m.verdict).toBe('better');
  });
});

describe('a definition inferred from the events', () => {
  it('treats 0/1 error metrics as lower-is-better guardrails and accuracy as the primary', () => {
    const test = inferAbTest([
      ...events('A', 'error', [0, 1]),
      ...events('A', 'accuracy', [0.5]),
      ...events('A', 'response_time', [100]),
    ]);
    expect(test.metrics.map((m) => [m.name, m.kind, m.better, m.role])).toEqual([
      ['accuracy', 'mean', 'higher', 'primary'],
      ['error', 'proportion', 'lower', 'guardrail'],
      ['response_time', 'mean', 'lower', 'secondary'],
    ]);
  });
});

describe('test definitions', () => {
  it('name the bad key and the file', () => {
    expect(() => defineAbTest({ id: 'x', metrics: [{ name: 'a', bettr: 'lower' }] }, 'mcpver.yml')).toThrow(
      'mcpver.yml: unknown key "metrics[0].bettr".',
    );
    expect(() =>
      defineAbTest({
        id: 'x',
        metrics: [
          { name: 'a', role: 'primary' },
          { name: 'b', role: 'primary' },
        ],
      }),
    ).toThrow(/only one metric may be primary/);
    expect(() => defineAbTest({ id: 'x', metrics: [{ name: 'a', margin: 'ten' }] })).toThrow(
      /"metrics\[0\].margin" must be a number \(absolute\) or a percentage/,
    );
  });
});
