// TS-43 / TS-44 / TS-45 / TS-41: a property became optional or required; the position decides.
// Output required → optional and input optional → required break; the reverse moves are minor.

import type { Change } from '../types.ts';
import { judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { commonMembers, userConstructed } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-optionality-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A property became optional (major where consumers read it) or required (major where consumers build the object).',
  rationale: 'Readers must now handle undefined; builders of object literals must now provide the property.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (!!a.optional === !!b.optional || a.static) continue;
        const nowOptional = !!b.optional;
        const read = probe(pair, `member-read:${a.name}`);
        const write = probe(pair, 'write');
        const breakingProbe = nowOptional ? read : userConstructed(pair) ? write : undefined;
        const level = breakingProbe ? judged(breakingProbe, 'major') : 'minor';
        changes.push(
          pairChange('ts-member-optionality-changed', pair, {
            level,
            detail: a.name,
            message: `"${a.name}" of ${label(pair)} became ${nowOptional ? 'optional' : 'required'}${level === 'major' ? (nowOptional ? ': readers must now handle undefined' : ': objects built for the old type lack it') : ''}`,
            before: a.optional ? 'optional' : 'required',
            after: b.optional ? 'optional' : 'required',
            witness: breakingProbe,
          }),
        );
      }
    }
    return changes;
  },
});
