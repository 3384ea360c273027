// TS-22: a rest (variadic) parameter was added or removed.

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-rest-parameter-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A rest parameter was added or removed (a list argument became variadic or back).',
  rationale: 'f(a, b, c) and f([a, b, c]) are different calls; callers written for one fail with the other.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters.findIndex((p) => p.rest);
        const after = c.new.parameters.findIndex((p) => p.rest);
        if (before === after) continue;
        changes.push(
          pairChange('ts-rest-parameter-changed', pair, {
            level: judged(c.probe, 'major'),
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} ${after >= 0 ? `now takes a rest parameter "${c.new.parameters[after]!.name}"` : `no longer takes a rest parameter "${c.old.parameters[before]!.name}"`}`,
            witness: c.probe,
          }),
        );
      }
    }
    return changes;
  },
});
