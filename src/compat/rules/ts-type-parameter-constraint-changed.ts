// TS-30: a type parameter's constraint tightened (major: old type arguments may be rejected) or loosened (minor).

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { matchedTypeParameters, typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameter-constraint-changed',
  level: 'major',
  description: 'A type parameter constraint was tightened (major) or loosened (minor).',
  rationale: 'Type arguments that satisfied the old constraint may not satisfy a tighter one.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      for (const [a, b] of matchedTypeParameters(before, after)) {
        if (a.constraint === b.constraint) continue;
        // The checker instantiates the new declaration with the old constraint; without a constraint
        // to try (none before), a new one can only reject arguments.
        const p = probe(pair, 'type-arguments') ?? (pair.old.kind === 'function' ? probe(pair, 'call') : undefined);
        const tightened = b.constraint !== undefined && (a.constraint === undefined || !p || p.forward !== 'ok');
        changes.push(
          pairChange('ts-type-parameter-constraint-changed', pair, {
            level: tightened ? 'major' : 'minor',
            detail: `<${a.name}>`,
            message: `The constraint of type parameter "${a.name}" of ${label(pair)} was ${tightened ? 'tightened' : 'loosened'}: ${a.constraint ?? '(none)'} → ${b.constraint ?? '(none)'}`,
            before: a.constraint ?? null,
            after: b.constraint ?? null,
            witness: p,
          }),
        );
      }
    }
    return changes;
  },
});
