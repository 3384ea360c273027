// TS-51 / TS-52: a union type alias gained or lost members. Gained: major where consumers receive
// it (their handling is not exhaustive), minor where they only pass it. Lost: the reverse.

import type { Change } from '../types.ts';
import { equivalent, judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-union-member-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A union type gained a member (major in output positions) or lost one (major in input positions); minor otherwise.',
  rationale: 'Outputs: consumers handle the old members only. Inputs: consumers pass old members that may be gone.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = pair.old.unionMembers;
      const after = pair.new.unionMembers;
      if (!before || !after) continue;
      const added = after.filter((m) => !before.includes(m));
      const removed = before.filter((m) => !after.includes(m));
      // Members regrouped behind other aliases, the same values either way: a rewrite. A member only
      // added stays minor even where an existing one already took its values (`'gpt-5' | (string & {})`):
      // it names something new.
      if (added.length > 0 && removed.length > 0 && equivalent(pair)) continue;
      const read = probe(pair, 'read');
      const write = probe(pair, 'write');
      if (added.length > 0) {
        const level = pair.positions.output ? judged(read, 'major') : 'minor';
        changes.push(
          pairChange('ts-union-member-changed', pair, {
            level,
            detail: 'added',
            message: `${label(pair)} gained ${added.join(' | ')}${level === 'major' ? ', which consumers that receive it do not handle' : ''}`,
            after: added,
            witness: read,
          }),
        );
      }
      if (removed.length > 0) {
        const level = pair.positions.input ? judged(write, 'major') : 'minor';
        changes.push(
          pairChange('ts-union-member-changed', pair, {
            level,
            detail: 'removed',
            message: `${label(pair)} lost ${removed.join(' | ')}${level === 'major' ? ', which consumers may still pass' : ''}`,
            before: removed,
            witness: write,
          }),
        );
      }
    }
    return changes;
  },
});
