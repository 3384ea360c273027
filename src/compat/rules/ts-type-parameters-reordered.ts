// TS-29: the same type parameters in another order. Explicit type arguments bind by position, so
// `f<string, number>()` now gives each argument to another parameter, with or without a compile error.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { reorderedTypeParameters, typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameters-reordered',
  level: 'major',
  description: 'Type parameters were reordered (the same names in another order).',
  rationale: 'Explicit type arguments bind by position: each now lands on another type parameter, a compile error where the constraints differ and silently otherwise.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (pair.old.kind !== pair.new.kind) continue;
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      if (!reorderedTypeParameters(before, after)) continue;
      const names = (list: typeof before) => list.map((t) => t.name);
      changes.push(
        pairChange('ts-type-parameters-reordered', pair, {
          level: 'major',
          message: `The type parameters of ${label(pair)} were reordered: <${names(before).join(', ')}> → <${names(after).join(', ')}>`,
          before: names(before),
          after: names(after),
          // The type-arguments probe passes the old constraints in the old order: it fails where they differ.
          witness: probe(pair, 'type-arguments'),
        }),
      );
    }
    return changes;
  },
});
