import { describe, expect, it } from 'vitest';
import { mean, sampleVariance as ssVariance } from 'simple-statistics';
import { addValue, emptyMoments, mergeMoments, sampleVariance, type Moments } from '../../src/ab/stats.ts';

function momentsOf(values: number[]): Moments {
  const m = emptyMoments();
  for (const v of values) addValue(m, v);
  return m;
}

describe('mergeable sufficient statistics', () => {
  const values = Array.from({ length: 1000 }, (_, i) => 1e6 + Math.sin(i) * 50 + (i % 7));

  it('agree with a two-pass mean and variance, even far from zero', () => {
    const m = momentsOf(values);
    expect(m.n).toBe(1000);
    expect(m.mean).toBeCloseTo(mean(values), 6);
    expect(Math.abs(sampleVariance(m)! - ssVariance(values)) / ssVariance(values)).toBeLessThan(1e-9);
  });

  it('give the same result whether a batch is merged in pieces or added at once', () => {
    const merged = [values.slice(0, 1), values.slice(1, 333), values.slice(333, 334), values.slice(334)]
      .map(momentsOf)
      .reduce(mergeMoments, emptyMoments());
    const whole = momentsOf(values);
    expect(merged.n).toBe(whole.n);
    expect(Math.abs(merged.mean - whole.mean)).toBeLessThan(1e-9);
    expect(Math.abs(merged.m2 - whole.m2) / whole.m2).toBeLessThan(1e-9);
    expect([merged.min, merged.max]).toEqual([whole.min, whole.max]);
    expect(Math.abs(merged.sum - whole.sum) / whole.sum).toBeLessThan(1e-12);
  });

  it('count successes exactly for 0/1 metrics', () => {
    expect(momentsOf([0, 1, 1, 0, 1]).sum).toBe(3);
  });
});
