// The labelled TypeScript corpus: every pair must be classified at exactly its label's level, and
// no pair labelled patch may be called major. `npm run eval:ts` runs the same pairs through the CLI.

import { describe, expect, it } from 'vitest';
import { checkCase, listCases } from './corpus/run-case.ts';

const cases = listCases();

describe('the labelled TypeScript corpus', () => {
  it('has pairs of every level', () => {
    expect(new Set(cases.map((c) => c.level))).toEqual(new Set(['major', 'minor', 'patch']));
  });

  it.each(cases.map((c) => [c.id, c] as const))('%s is classified at its labelled level', async (_id, c) => {
    const { required, changes } = await checkCase(c.dir);
    const seen = required === 'none' ? 'patch' : required;
    expect({ level: seen, changes }, c.why).toMatchObject({ level: c.level });
  });
});
