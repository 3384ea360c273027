// TS-28: a type parameter was removed: explicit type arguments become "expected n type arguments".

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameter-removed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A type parameter was removed.',
  rationale: 'Consumers that pass type arguments now pass too many.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      if (pair.old.kind !== pair.new.kind || after.length >= before.length) continue;
      const removed = before.slice(after.length);
      changes.push(
        pairChange('ts-type-parameter-removed', pair, {
          level: 'major',
          message: `${label(pair)} no longer takes type parameter${removed.length > 1 ? 's' : ''} ${removed.map((t) => `"${t.name}"`).join(', ')}`,
          before: removed,
          witness: probe(pair, 'type-arguments'),
        }),
      );
    }
    return changes;
  },
});
