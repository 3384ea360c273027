// TS-14: the same parameters in another order. Where their types are the same, every old call still
// compiles and silently passes each argument to the wrong parameter: the checker cannot see it.

import type { Change } from '../types.ts';
import { callables, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-parameters-reordered',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'Parameters were reordered (the same names in another order).',
  rationale:
    'Old calls pass their arguments by position: each now lands in another parameter, with or without a compile error.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters.map((p) => p.name);
        const after = c.new.parameters.map((p) => p.name);
        if (before.length < 2 || before.length !== after.length || before.join() === after.join()) continue;
        if ([...before].sort().join() !== [...after].sort().join()) continue;
        changes.push(
          pairChange('ts-parameters-reordered', pair, {
            level: 'major',
            detail: c.detail,
            message: `The parameters of ${label({ entry: pair.entry, name: c.label })} were reordered: (${before.join(', ')}) → (${after.join(', ')})`,
            before,
            after,
            witness: c.probe,
          }),
        );
      }
    }
    return changes;
  },
});
