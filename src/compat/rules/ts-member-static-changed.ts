// TS-24: a member moved between the class (static) and its instances.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { publicMembers } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-static-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A member switched between static and instance.',
  rationale: '`C.m()` and `new C().m()` are different accesses; code written for one fails with the other.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const after = [...publicMembers(pair, 'new').values()];
      for (const m of publicMembers(pair, 'old').values()) {
        const n = after.find((x) => x.name === m.name);
        if (!n || !!n.static === !!m.static) continue;
        changes.push(
          pairChange('ts-member-static-changed', pair, {
            level: 'major',
            detail: m.name,
            message: `"${m.name}" of ${label(pair)} is now ${n.static ? 'static' : 'an instance member'}`,
            witness: probe(pair, m.static ? `static:${m.name}` : `member-access:${m.name}`),
          }),
        );
      }
    }
    return changes;
  },
});
