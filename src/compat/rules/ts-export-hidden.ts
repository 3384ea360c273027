// TS-07: an export newly marked `@internal` or `@hidden`: API Extractor trims it, docs drop it.

import { label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-export-hidden',
  level: 'major',
  description: 'An export was marked @internal or @hidden.',
  rationale: 'Hidden declarations are trimmed from public rollups and carry no promise: consumers lose them.',
  find(analysis) {
    const hidden = (t: { hidden?: boolean; release?: string }) => t.hidden === true || t.release === 'internal';
    return analysis.changed
      .filter((p) => hidden(p.new.tags) && !hidden(p.old.tags))
      .map((p) =>
        pairChange('ts-export-hidden', p, {
          level: 'major',
          message: `${label(p)} is now marked ${p.new.tags.release === 'internal' ? '@internal' : '@hidden'}`,
        }),
      );
  },
});
