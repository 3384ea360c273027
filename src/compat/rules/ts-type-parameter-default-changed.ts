// TS-31: a type parameter's default changed: code that relied on the default now gets another type.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { matchedTypeParameters, typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameter-default-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'The default of a type parameter changed or was added (minor; review uses that omit the argument) or removed (major).',
  rationale:
    'Omitted type arguments now mean another type; the checker judges the effect through the declaration itself.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      for (const [a, b] of matchedTypeParameters(before, after)) {
        if (a.default === b.default) continue;
        // Adding a default lets consumers omit the argument; removing one makes them write it.
        const removed = b.default === undefined;
        changes.push(
          pairChange('ts-type-parameter-default-changed', pair, {
            level: removed ? 'major' : 'minor',
            detail: `<${a.name}>`,
            message: removed
              ? `Type parameter "${a.name}" of ${label(pair)} no longer has a default (was ${a.default}): uses that omit it no longer compile`
              : a.default === undefined
                ? `Type parameter "${a.name}" of ${label(pair)} now has a default: ${b.default}`
                : `The default of type parameter "${a.name}" of ${label(pair)} changed: ${a.default} → ${b.default}`,
            before: a.default ?? null,
            after: b.default ?? null,
            witness: probe(pair, 'type-arguments'),
          }),
        );
      }
    }
    return changes;
  },
});
