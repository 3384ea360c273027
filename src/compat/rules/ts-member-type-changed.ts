// TS-41 / TS-42: a property's type changed. Read properties are outputs (widening breaks), written
// ones inputs (narrowing breaks); a mutable property of an object consumers hold is both.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { commonMembers } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-type-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A property type changed in a direction that breaks its readers or writers (major), or compatibly (minor).',
  rationale: 'Consumers read output properties as the old type and write input properties with old values.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const [a, b] of commonMembers(pair)) {
        if (a.kind !== 'property' || b.kind !== 'property' || a.type === b.type || a.static) continue;
        const read = probe(pair, `member-read:${a.name}`);
        const write = probe(pair, `member-write:${a.name}`);
        const anyRead = probe(pair, `member-any-read:${a.name}`);
        const anyWrite = probe(pair, `member-any-write:${a.name}`);
        const probes = [read, write, anyRead, anyWrite].filter((p) => p !== undefined);
        if (probes.length === 0 || probes.every((p) => p.forward === 'invalid')) continue;
        const breaking = probes.find((p) => p.forward === 'broken');
        const extended = probes.some((p) => p.reverse === 'broken');
        if (!breaking && !extended) continue;
        changes.push(
          pairChange('ts-member-type-changed', pair, {
            level: breaking ? 'major' : 'minor',
            detail: a.name,
            message: `The type of "${a.name}" in ${label(pair)} changed${breaking ? (breaking === read || breaking === anyRead ? ' so that readers of the old type break' : ' so that values written for the old type are rejected') : ' compatibly'}: ${a.type} → ${b.type}`,
            before: a.type,
            after: b.type,
            witness: breaking,
          }),
        );
      }
    }
    return changes;
  },
});
