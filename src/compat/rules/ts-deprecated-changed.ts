// TS-09: `@deprecated` added or removed, on an export or one of its members (minor both ways; catalogue 6.5 #6).

import type { Change } from '../types.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-deprecated-changed',
  level: 'minor',
  description: '@deprecated was added to or removed from an export or a member.',
  rationale: 'Code still compiles, but linters and editors now warn (or stop warning): a documented change of promise.',
  find(analysis) {
    const changes: Change[] = [];
    for (const p of analysis.changed) {
      const was = p.old.tags.deprecated !== undefined;
      const is = p.new.tags.deprecated !== undefined;
      if (was !== is) {
        changes.push(
          pairChange('ts-deprecated-changed', p, {
            level: 'minor',
            message: `${label(p)} is ${is ? `now deprecated${p.new.tags.deprecated ? `: ${p.new.tags.deprecated}` : ''}` : 'no longer deprecated'}`,
          }),
        );
      }
      const oldMembers = new Map((p.old.members ?? []).map((m) => [m.name, m]));
      for (const m of p.new.members ?? []) {
        const o = oldMembers.get(m.name);
        if (o && !!o.deprecated !== !!m.deprecated) {
          changes.push(
            pairChange('ts-deprecated-changed', p, {
              level: 'minor',
              detail: m.name,
              message: `${label(p)} member "${m.name}" is ${m.deprecated ? 'now deprecated' : 'no longer deprecated'}`,
            }),
          );
        }
      }
    }
    return changes;
  },
});
