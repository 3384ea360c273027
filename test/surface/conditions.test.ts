// Condition texts negated as a person writes them, and compared by what they say: two readings of
// one gate must compare equal, two different gates must not.

import { describe, expect, it } from 'vitest';
import { negateCondition, normalizeCondition, sameCondition, testsAbsence } from '../../src/surface/conditions.ts';

describe('negating a condition', () => {
  it.each([
    ['flag', '!flag'],
    ['!config.beta', 'config.beta'],
    ["process.env.MODE === 'full'", "process.env.MODE !== 'full'"],
    ["a.b?.c() != 'x'", "a.b?.c() == 'x'"],
    ['!(a && b)', 'a && b'],
    ['a && b', '!(a && b)'],
    ["x === 'a' || y", "!(x === 'a' || y)"],
    // `&` binds more loosely than `===`: this is not one comparison.
    ['a & b === c', '!(a & b === c)'],
    ["f('a === b')", "!(f('a === b'))"],
  ])('%s → %s', (text, negated) => {
    expect(negateCondition(text)).toBe(negated);
  });
});

describe('comparing two conditions', () => {
  it.each([
    ["process.env.X?.toLowerCase() === 'true'", 'process.env.X.toLowerCase() === "true"'],
    ["!(process.env.MODE === 'full')", "process.env.MODE !== 'full'"],
    ['a && b', '(b) && a'],
    ['!!flag', 'flag'],
    ['a && a', 'a'],
    ['!(flag)', '!flag'],
    [
      "while a client's request runs the handler given to `tool` at src/index.ts:12",
      "while a client's request runs the handler given to `tool` at src/index.ts:40",
    ],
  ])('%s reads the same as %s', (a, b) => {
    expect(sameCondition(a, b)).toBe(true);
  });

  it.each([
    ['flag', '!flag'],
    ['process.env.A', 'process.env.B'],
    ['a && b', 'a || b'],
    ["x === 'a'", "x === 'b'"],
    // Not a conjunction at the top: `&&` binds tighter than `||`.
    ['a && b || c', 'b && a || c'],
  ])('%s differs from %s', (a, b) => {
    expect(sameCondition(a, b)).toBe(false);
  });

  it('spells a conjunction in one order', () => {
    expect(normalizeCondition('(process.env.Y && process.env.X === "1")')).toBe(
      "process.env.X === '1' && process.env.Y",
    );
  });
});

describe('which side of a condition a server with nothing configured takes', () => {
  it.each([
    ['!grant.projectId', true],
    ['options?.projectId === undefined', true],
    ['null == config.token', true],
    ['!inject || Object.values(inject).every((v) => v === undefined)', true],
    ['!features?.length', true],
    ['grant.projectId', false],
    ['!!flag', false],
    ['options.token !== undefined', false],
    ['!(!inject || Object.values(inject).every((v) => v === undefined))', false],
    ['list.length > 0', false],
    // A comparison with a value, a call, a mix: not a test of whether something is set.
    ["mode === 'read-only'", null],
    ["isEnabled('x')", null],
    ['!a && b', null],
    ['a ? b : c', null],
  ])('%s → %s', (condition, absent) => {
    expect(testsAbsence(condition)).toBe(absent);
  });
});
