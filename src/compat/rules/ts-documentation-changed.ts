// TS-10: only the doc comment of a declaration changed; the declaration itself is identical.

import type { TsTags } from '../../surface/typescript/model.ts';
import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

/**
 * Deprecation added or lifted, a release tag changed, an export hidden: their own rules report
 * those. Other tag edits (a deprecation's advice reworded, an explicit `@public`) are documentation.
 */
function reportedByTagRules(a: TsTags, b: TsTags): boolean {
  return (
    (a.deprecated !== undefined) !== (b.deprecated !== undefined) ||
    (a.release ?? 'public') !== (b.release ?? 'public') ||
    !!a.hidden !== !!b.hidden
  );
}

export const rule = tsRule({
  id: 'ts-documentation-changed',
  level: 'patch',
  description: 'Only the documentation of an export changed.',
  rationale: 'Documentation does not change what compiles: a patch.',
  find(analysis) {
    return analysis.changed
      .filter(
        (p) =>
          p.old.signature === p.new.signature &&
          ((p.old.docs ?? '') !== (p.new.docs ?? '') || JSON.stringify(p.old.tags) !== JSON.stringify(p.new.tags)) &&
          !reportedByTagRules(p.old.tags, p.new.tags),
      )
      .map((p) =>
        pairChange('ts-documentation-changed', p, {
          level: 'patch',
          message: `The documentation of ${label(p)} changed`,
        }),
      );
  },
});
