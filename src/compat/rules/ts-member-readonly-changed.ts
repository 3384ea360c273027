// TS-39 / TS-40: a property was made readonly (major where consumers may write it) or lost readonly (minor).

import type { Change } from '../types.ts';
import { judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { commonMembers } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-readonly-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A property was made readonly (major: assignments fail) or is no longer readonly (minor).',
  rationale: 'Consumers that assign to the property get "cannot assign to a read-only property" (catalogue 6.5 #9).',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (a.kind !== 'property' || !!a.readonly === !!b.readonly) continue;
        const write = probe(pair, `member-write:${a.name}`);
        const level = b.readonly ? (write ? judged(write, 'major') : 'minor') : 'minor';
        changes.push(
          pairChange('ts-member-readonly-changed', pair, {
            level,
            detail: a.name,
            message: `"${a.name}" of ${label(pair)} ${b.readonly ? 'is now readonly' : 'is no longer readonly'}`,
            before: a.readonly ? 'readonly' : 'mutable',
            after: b.readonly ? 'readonly' : 'mutable',
            witness: write,
          }),
        );
      }
    }
    return changes;
  },
});
