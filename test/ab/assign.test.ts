import { describe, expect, it } from 'vitest';
import chisquareCdf from '@stdlib/stats-base-dists-chisquare-cdf';
import { assignVariant, assignmentBucket } from '../../src/ab/assign.ts';

describe('deterministic assignment', () => {
  it('gives a unit the same variant every time it asks', () => {
    const first = Array.from({ length: 200 }, (_, i) => assignVariant('search-v2', `client-${i}`));
    const again = Array.from({ length: 200 }, (_, i) => assignVariant('search-v2', `client-${i}`));
    expect(again).toEqual(first);
  });

  it('splits 100,000 units 50/50 without a sample-ratio mismatch', () => {
    let b = 0;
    for (let i = 0; i < 100_000; i++) if (assignVariant('search-v2', `unit-${i}`) === 'B') b++;
    const chi2 = ((b - 50_000) ** 2 / 50_000) * 2;
    expect(1 - chisquareCdf(chi2, 1)).toBeGreaterThan(0.001);
  });

  it('honours an unequal planned split (90/10)', () => {
    let b = 0;
    for (let i = 0; i < 100_000; i++) if (assignVariant('canary', `unit-${i}`, { A: 90, B: 10 }) === 'B') b++;
    const chi2 = (b - 10_000) ** 2 / 10_000 + (100_000 - b - 90_000) ** 2 / 90_000;
    expect(1 - chisquareCdf(chi2, 1)).toBeGreaterThan(0.001);
  });

  it('assigns independently across tests, so being in B of one test says nothing about another', () => {
    const counts = { AA: 0, AB: 0, BA: 0, BB: 0 };
    for (let i = 0; i < 40_000; i++)
      counts[`${assignVariant('test-one', `u${i}`)}${assignVariant('test-two', `u${i}`)}` as keyof typeof counts]++;
    const chi2 = Object.values(counts).reduce((s, c) => s + (c - 10_000) ** 2 / 10_000, 0);
    expect(1 - chisquareCdf(chi2, 3)).toBeGreaterThan(0.001);
  });

  it('keeps the test id and the unit key apart (no concatenation collisions)', () => {
    expect(assignmentBucket('ab', 'c')).not.toBe(assignmentBucket('a', 'bc'));
  });

  it('rejects a split with a non-positive weight with a clear error', () => {
    expect(() => assignVariant('t', 'u', { A: 0, B: 1 })).toThrow(/split weights must be positive/);
  });
});
