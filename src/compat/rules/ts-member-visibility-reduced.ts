// TS-38: a member became less visible (public → protected/private, protected → private).

import type { Change } from '../types.ts';
import type { Visibility } from '../../surface/typescript/model.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

const RANK: Record<Visibility, number> = { public: 2, protected: 1, private: 0 };

export const rule = tsRule({
  id: 'ts-member-visibility-reduced',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A class member became less visible (major) or more visible (minor).',
  rationale: 'Code outside the class (or in subclasses, for private) can no longer use the member.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (pair.old.kind !== 'class' || pair.new.kind !== 'class') continue;
      const after = new Map((pair.new.members ?? []).map((m) => [`${m.static ? 's' : 'i'}:${m.name}`, m]));
      for (const m of pair.old.members ?? []) {
        const n = after.get(`${m.static ? 's' : 'i'}:${m.name}`);
        if (!n || m.kind === 'constructor') continue;
        const before = m.visibility ?? 'public';
        const now = n.visibility ?? 'public';
        if (before === now) continue;
        const reduced = RANK[now] < RANK[before];
        changes.push(
          pairChange('ts-member-visibility-reduced', pair, {
            level: reduced ? 'major' : 'minor',
            detail: m.name,
            message: `"${m.name}" of ${label(pair)} went from ${before} to ${now}`,
            before,
            after: now,
            witness: probe(pair, `member-access:${m.name}`),
          }),
        );
      }
    }
    return changes;
  },
});
