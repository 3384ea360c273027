// The statistics against reference values computed by scipy (test/ab/reference/generate.py) on
// committed datasets: p-values and interval bounds to a relative tolerance of 1e-7.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAbTest } from '../../src/ab/analysis/index.ts';
import { inputFromEvents } from '../../src/ab/analysis/input.ts';
import type { AnalysisResult, MetricResult } from '../../src/ab/analysis/types.ts';
import { parseEvents } from '../../src/ab/events.ts';
import { defineAbTest } from '../../src/ab/test.ts';
import { sequentialHalfWidth } from '../../src/ab/analysis/sequential.ts';

const dir = path.resolve(import.meta.dirname, '../fixtures/ab/reference');
const reference = JSON.parse(readFileSync(path.join(dir, 'reference.json'), 'utf8')) as {
  datasets: Record<string, any>;
};
const TOLERANCE = 1e-7;

function close(actual: number | null | undefined, expected: number, what: string): void {
  expect(actual, what).not.toBeNull();
  expect(actual, what).toBeTypeOf('number');
  // Relative tolerance; an expected exact zero (identical arms) allows only rounding noise.
  const error = expected === 0 ? Math.abs(actual!) / 1e-5 : Math.abs(actual! - expected) / Math.abs(expected);
  expect(error, `${what}: ${actual} vs scipy ${expected}`).toBeLessThanOrEqual(TOLERANCE);
}

function closeInterval(actual: [number, number] | null | undefined, expected: [number, number], what: string): void {
  expect(actual, what).toBeTruthy();
  close(actual![0], expected[0], `${what} lower`);
  close(actual![1], expected[1], `${what} upper`);
}

function analyse(name: string): AnalysisResult {
  const definition = defineAbTest(JSON.parse(readFileSync(path.join(dir, `${name}.json`), 'utf8')), `${name}.json`);
  const parsed = parseEvents(readFileSync(path.join(dir, `${name}.ndjson`), 'utf8'), { test: definition });
  expect(parsed.rejectedCount).toBe(0);
  return analyzeAbTest(definition, inputFromEvents(parsed.events));
}

const metric = (result: AnalysisResult, name: string): MetricResult => result.metrics.find((m) => m.name === name)!;

describe('Welch t-test and delta-method lift agree with scipy', () => {
  for (const [dataset, name] of [
    ['small', 'response_time'],
    ['unequal-variance', 'accuracy'],
    ['heavy-tailed', 'response_time'],
    ['identical', 'tokens'],
    ['srm', 'response_time'],
  ] as const) {
    it(`on the ${dataset} dataset`, () => {
      const expected = reference.datasets[dataset].metrics[name];
      const m = metric(analyse(dataset), name);
      expect(m.test).toBe('welch');
      close(m.statistic, expected.t, 't');
      close(m.df, expected.df, 'df');
      close(m.pValue, expected.pValue, 'p');
      close(m.effect, expected.effect, 'effect');
      closeInterval(m.ci, expected.ci, 'CI');
      close(m.lift, expected.lift, 'lift');
      closeInterval(m.liftCi, expected.liftCi, 'lift CI');
    });
  }
});

describe('analysis at the unit of assignment agrees with scipy', () => {
  it('compares unit means with Welch when units sent several events', () => {
    const expected = reference.datasets['repeated-units'].metrics.response_time;
    const result = analyse('repeated-units');
    const m = metric(result, 'response_time');
    expect([m.test, m.nA, m.nB]).toEqual(['welch', expected.nA, expected.nB]);
    expect(m.notes.join()).toMatch(/analysed at the unit level/);
    close(m.pValue, expected.pValue, 'p');
    closeInterval(m.ci, expected.ci, 'CI');
    closeInterval(m.liftCi, expected.liftCi, 'lift CI');
    close(result.srm.pValue, reference.datasets['repeated-units'].srm.pValue, 'SRM p');
  });
});

describe('Mann-Whitney and quantiles for latency agree with scipy and numpy', () => {
  it('uses the exact distribution for a small sample without ties', () => {
    const expected = reference.datasets.small.metrics.response_time;
    const m = metric(analyse('small'), 'response_time');
    expect(m.mannWhitney!.exact).toBe(true);
    close(m.mannWhitney!.u, expected.mannWhitney.u, 'U');
    close(m.mannWhitney!.pValue, expected.mannWhitney.pValue, 'p');
    close(m.mannWhitney!.hodgesLehmann, expected.mannWhitney.hodgesLehmann, 'Hodges-Lehmann');
    for (const v of ['A', 'B'] as const)
      for (const q of ['p50', 'p95'] as const) close(m.quantiles![v][q], expected[`quantiles${v}`][q], `${v} ${q}`);
  });

  it('uses the tie- and continuity-corrected normal approximation on heavy-tailed data with ties', () => {
    const expected = reference.datasets['heavy-tailed'].metrics.response_time;
    const m = metric(analyse('heavy-tailed'), 'response_time');
    expect(m.mannWhitney!.exact).toBe(false);
    close(m.mannWhitney!.u, expected.mannWhitney.u, 'U');
    close(m.mannWhitney!.pValue, expected.mannWhitney.pValue, 'p');
    close(m.mannWhitney!.hodgesLehmann, expected.mannWhitney.hodgesLehmann, 'Hodges-Lehmann');
    for (const v of ['A', 'B'] as const)
      for (const q of ['p50', 'p95'] as const) close(m.quantiles![v][q], expected[`quantiles${v}`][q], `${v} ${q}`);
  });
});

describe('rates agree with scipy', () => {
  it('uses the pooled two-proportion z-test with a Wald interval and Wilson intervals when every cell has 5 events', () => {
    const expected = reference.datasets.binary.metrics.error;
    const m = metric(analyse('binary'), 'error');
    expect(m.test).toBe('z');
    close(m.statistic, expected.z, 'z');
    close(m.pValue, expected.pValue, 'p');
    closeInterval(m.ci, expected.ci, 'Wald CI');
    closeInterval(m.wilsonA, expected.wilsonA, 'Wilson A');
    closeInterval(m.wilsonB, expected.wilsonB, 'Wilson B');
    close(m.lift, expected.lift, 'lift');
    closeInterval(m.liftCi, expected.liftCi, 'lift CI');
  });

  it("uses Fisher's exact test when a cell has fewer than 5 events", () => {
    const expected = reference.datasets['binary-small'].metrics.pass;
    const m = metric(analyse('binary-small'), 'pass');
    expect(m.test).toBe('fisher');
    close(m.pValue, expected.pValue, 'p');
    closeInterval(m.ci, expected.ci, 'Wald CI');
    closeInterval(m.wilsonA, expected.wilsonA, 'Wilson A');
    closeInterval(m.wilsonB, expected.wilsonB, 'Wilson B');
  });
});

describe('paired analysis agrees with scipy when the same items ran on both versions', () => {
  it('reports the paired t-test and Wilcoxon signed-rank for a graded metric', () => {
    const expected = reference.datasets.paired.metrics.accuracy;
    const m = metric(analyse('paired'), 'accuracy');
    expect(m.test).toBe('paired-t');
    expect(m.paired).toMatchObject({ pairs: 30, unpaired: 0 });
    close(m.statistic, expected.t, 't');
    close(m.pValue, expected.pValue, 'p');
    closeInterval(m.ci, expected.ci, 'CI');
    close(m.paired!.wilcoxonPValue, expected.wilcoxonPValue, 'Wilcoxon p');
  });

  it("reports McNemar's exact test for pass/fail", () => {
    const expected = reference.datasets.paired.metrics.pass;
    const m = metric(analyse('paired'), 'pass');
    expect(m.test).toBe('mcnemar');
    close(m.pValue, expected.pValue, 'p');
    close(m.effect, expected.effect, 'effect');
    closeInterval(m.ci, expected.ci, 'CI');
  });
});

describe('sample-ratio mismatch agrees with scipy', () => {
  it('flags 600 vs 400 units on a planned 50/50 split and recommends investigating', () => {
    const result = analyse('srm');
    close(result.health.srm.chi2, reference.datasets.srm.srm.chi2, 'chi2');
    close(result.srm.pValue, reference.datasets.srm.srm.pValue, 'p');
    expect(result.srm.ok).toBe(false);
    expect(result.recommendation).toBe('investigate');
    expect(result.autoStop.rules.map((r) => r.rule)).toEqual(['srm']);
  });

  it('accepts 700 vs 290 units on a planned 70/30 split', () => {
    const result = analyse('split-70-30');
    close(result.srm.pValue, reference.datasets['split-70-30'].srm.pValue, 'p');
    expect(result.srm.ok).toBe(true);
  });
});

describe('the always-valid bound', () => {
  it('reproduces the specification example: fixed one-sided z fires, the sequential guard waits (ds10)', () => {
    const expected = reference.datasets.binary.metrics.error;
    const definition = defineAbTest(JSON.parse(readFileSync(path.join(dir, 'binary.json'), 'utf8')));
    const events = parseEvents(readFileSync(path.join(dir, 'binary.ndjson'), 'utf8')).events;
    const fixed = metric(analyzeAbTest(definition, inputFromEvents(events)), 'error');
    expect(fixed.guard).toMatchObject({ armed: true, fired: true, sequential: false });
    const sequential = metric(analyzeAbTest({ ...definition, mode: 'sequential' }, inputFromEvents(events)), 'error');
    close(sequential.guard!.bound, expected.sequentialLowerOneSided, 'one-sided sequential lower bound');
    expect(sequential.guard!.fired).toBe(false);
    closeInterval(sequential.sequentialCi, expected.sequentialCi, 'two-sided confidence sequence');
    // The always-valid p is the α at which the sequence just touches zero: above the fixed p, below 1.
    const p = sequential.sequentialPValue!;
    expect(p).toBeGreaterThan(expected.pValue);
    expect(p).toBeLessThan(1);
    const half = sequentialHalfWidth(expected.sePooled ** 2, 1000, 1000, p);
    expect(Math.abs(half! - expected.effect) / expected.effect).toBeLessThan(1e-9);
  });
});
