// TS-48: an enum member was removed (or renamed): every use of `E.Member` fails.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-enum-member-removed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'An enum member was removed or renamed.',
  rationale: 'References to the member no longer compile.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith('enum') || !pair.new.kind.endsWith('enum')) continue;
      const after = new Set((pair.new.members ?? []).map((m) => m.name));
      for (const m of pair.old.members ?? []) {
        if (after.has(m.name)) continue;
        changes.push(
          pairChange('ts-enum-member-removed', pair, {
            level: 'major',
            detail: m.name,
            message: `Enum member "${m.name}" was removed from ${label(pair)}`,
            before: m.value,
            witness: probe(pair, `enum-member:${m.name}`),
          }),
        );
      }
    }
    return changes;
  },
});
