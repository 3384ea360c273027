// TS-50: an enum member was added: minor, flagged where consumers receive the enum (exhaustive
// switches over it stop being exhaustive; catalogue 6.5 #10).

import type { Change } from '../types.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-enum-member-added',
  explainsChangedDeclarations: true,
  level: 'minor',
  description: 'An enum member was added (minor; flagged when the enum is an output).',
  rationale: 'New values compile everywhere, but exhaustive switches over received values miss the new case.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (!pair.old.kind.endsWith('enum') || !pair.new.kind.endsWith('enum')) continue;
      const before = new Set((pair.old.members ?? []).map((m) => m.name));
      for (const m of pair.new.members ?? []) {
        if (before.has(m.name)) continue;
        const flag = pair.positions.output
          ? ' (flag: consumers that switch exhaustively over received values need a new case)'
          : '';
        changes.push(
          pairChange('ts-enum-member-added', pair, {
            level: 'minor',
            detail: m.name,
            message: `Enum member "${m.name}" was added to ${label(pair)}${flag}`,
            after: m.value,
          }),
        );
      }
    }
    return changes;
  },
});
