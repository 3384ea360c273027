// TS-36: a class became abstract: `new C()` no longer compiles.

import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-class-made-abstract',
  level: 'major',
  description: 'A class was made abstract.',
  rationale: 'Consumers that construct it get "cannot create an instance of an abstract class".',
  find(analysis) {
    return analysis.changed
      .filter((p) => p.old.kind === 'class' && p.new.kind === 'class' && !p.old.abstract && p.new.abstract)
      .map((p) => pairChange('ts-class-made-abstract', p, { level: 'major', message: `${label(p)} is now abstract`, witness: probe(p, 'construct') }));
  },
});
