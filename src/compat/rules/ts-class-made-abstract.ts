// TS-36: a class became abstract: `new C()` no longer compiles. The reverse (a class consumers may
// now construct) offers more: minor.

import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-class-made-abstract',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A class was made abstract (major), or an abstract class concrete (minor).',
  rationale: 'Consumers that construct it get "cannot create an instance of an abstract class".',
  find(analysis) {
    return analysis.changed
      .filter((p) => p.old.kind === 'class' && p.new.kind === 'class' && !!p.old.abstract !== !!p.new.abstract)
      .map((p) =>
        p.new.abstract
          ? pairChange('ts-class-made-abstract', p, {
              level: 'major',
              message: `${label(p)} is now abstract`,
              witness: probe(p, 'construct'),
            })
          : pairChange('ts-class-made-abstract', p, {
              level: 'minor',
              message: `${label(p)} is no longer abstract: consumers can construct it`,
            }),
      );
  },
});
