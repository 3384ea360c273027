// TS-31: a type parameter's default changed: code that relied on the default now gets another type.

import type { Change } from '../types.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';
import { typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameter-default-changed',
  level: 'minor',
  description: 'The default of a type parameter changed (minor; review uses that omit the argument).',
  rationale: 'Omitted type arguments now mean another type; the checker judges the effect through the declaration itself.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      for (let i = 0; i < Math.min(before.length, after.length); i++) {
        const a = before[i]!;
        const b = after[i]!;
        if (a.default === b.default || a.default === undefined || b.default === undefined) continue;
        changes.push(
          pairChange('ts-type-parameter-default-changed', pair, {
            level: 'minor',
            detail: `<${a.name}>`,
            message: `The default of type parameter "${a.name}" of ${label(pair)} changed: ${a.default} → ${b.default}`,
            before: a.default,
            after: b.default,
          }),
        );
      }
    }
    return changes;
  },
});
