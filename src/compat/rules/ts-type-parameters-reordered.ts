// TS-29: the same type parameters in another order. Explicit type arguments bind by position, so
// `f<string, number>()` now gives each argument to another parameter, with or without a compile error.

import type { Change } from '../types.ts';
import type { TsTypeParameter } from '../../surface/typescript/model.ts';
import { callables, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { reorderedTypeParameters, typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameters-reordered',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'Type parameters were reordered (the same names in another order).',
  rationale:
    'Explicit type arguments bind by position: each now lands on another type parameter, a compile error where the constraints differ and silently otherwise.',
  find(analysis) {
    const changes: Change[] = [];
    const names = (list: TsTypeParameter[]) => list.map((t) => t.name);
    for (const pair of analysis.changed) {
      if (pair.old.kind !== pair.new.kind) continue;
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      if (reorderedTypeParameters(before, after)) {
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
      // Generic methods: `api.get<K, V>()` binds by position too.
      for (const c of callables(pair).filter(
        (m) => m.detail && reorderedTypeParameters(m.old.typeParameters, m.new.typeParameters),
      )) {
        changes.push(
          pairChange('ts-type-parameters-reordered', pair, {
            level: 'major',
            detail: c.detail,
            message: `The type parameters of ${label({ entry: pair.entry, name: c.label })} were reordered: <${names(c.old.typeParameters).join(', ')}> → <${names(c.new.typeParameters).join(', ')}>`,
            before: names(c.old.typeParameters),
            after: names(c.new.typeParameters),
          }),
        );
      }
    }
    return changes;
  },
});
