// TS-49: an enum member's value changed: persisted or transmitted values now mean another member.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-enum-member-value-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'The value of an enum member changed.',
  rationale: 'Values stored or sent by consumers (and literal types relying on them) now mean something else.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith('enum') || !pair.new.kind.endsWith('enum')) continue;
      const after = new Map((pair.new.members ?? []).map((m) => [m.name, m]));
      for (const m of pair.old.members ?? []) {
        const n = after.get(m.name);
        if (!n || n.value === m.value) continue;
        changes.push(
          pairChange('ts-enum-member-value-changed', pair, {
            level: 'major',
            detail: m.name,
            message: `Enum member "${m.name}" of ${label(pair)} changed value: ${m.value ?? '(computed)'} → ${n.value ?? '(computed)'}`,
            before: m.value,
            after: n.value,
            witness: probe(pair, `enum-value:${m.name}`) ?? probe(pair, `enum-member:${m.name}`),
          }),
        );
      }
    }
    return changes;
  },
});
