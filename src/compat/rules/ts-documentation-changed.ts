// TS-10: only the doc comment of a declaration changed; the declaration itself is identical.

import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-documentation-changed',
  level: 'patch',
  description: 'Only the documentation of an export changed.',
  rationale: 'Documentation does not change what compiles: a patch.',
  find(analysis) {
    return analysis.changed
      // Tag changes (deprecation, release tags) are reported by their own rules.
      .filter((p) => p.old.signature === p.new.signature && (p.old.docs ?? '') !== (p.new.docs ?? '') && JSON.stringify(p.old.tags) === JSON.stringify(p.new.tags))
      .map((p) => pairChange('ts-documentation-changed', p, { level: 'patch', message: `The documentation of ${label(p)} changed` }));
  },
});
