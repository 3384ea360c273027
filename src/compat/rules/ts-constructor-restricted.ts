// TS-37: a class constructor became protected or private: consumers can no longer construct (or extend) it.

import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-constructor-restricted',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A class constructor was made protected or private.',
  rationale: '`new C()` outside the class (and, when private, `class D extends C`) no longer compiles.',
  find(analysis) {
    const rank = { undefined: 2, protected: 1, private: 0 } as Record<string, number>;
    return analysis.changed
      .filter(
        (p) =>
          p.old.kind === 'class' &&
          p.new.kind === 'class' &&
          rank[String(p.new.constructorVisibility)]! < rank[String(p.old.constructorVisibility)]!,
      )
      .map((p) =>
        pairChange('ts-constructor-restricted', p, {
          level: 'major',
          message: `The constructor of ${label(p)} is now ${p.new.constructorVisibility}`,
          before: p.old.constructorVisibility ?? 'public',
          after: p.new.constructorVisibility,
          witness: probe(p, 'construct'),
        }),
      );
  },
});
