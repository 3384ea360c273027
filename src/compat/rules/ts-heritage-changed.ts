// TS-46 / TS-47: an `extends`/`implements` clause was removed (major: no longer usable as the base) or added (minor).

import type { Change } from '../types.ts';
import { equivalent, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-heritage-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A base type (extends/implements) was removed (major) or added (minor).',
  rationale: 'Consumers pass instances where the base type is expected; without the heritage they may not fit.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = pair.old.heritage ?? [];
      const after = pair.new.heritage ?? [];
      for (const h of before.filter((x) => !after.includes(x))) {
        const base = probe(pair, `heritage:${h}`);
        // Inherited members may have been copied in; the checker says whether it still fits the base.
        if (base && base.forward === 'ok') continue;
        changes.push(
          pairChange('ts-heritage-changed', pair, {
            level: 'major',
            detail: h,
            message: `${label(pair)} no longer ${h}`,
            before: h,
            witness: base,
          }),
        );
      }
      // Members moved into a base type with nothing gained: a rewrite (a base the package does not
      // export cannot be named by consumers either).
      if (equivalent(pair)) continue;
      for (const h of after.filter((x) => !before.includes(x))) {
        changes.push(
          pairChange('ts-heritage-changed', pair, {
            level: 'minor',
            detail: h,
            message: `${label(pair)} now ${h}`,
            after: h,
          }),
        );
      }
    }
    return changes;
  },
});
