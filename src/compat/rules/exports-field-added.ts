// "exports" introduced where there was none: every deep import not listed stops working.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { exportSubpaths } from '../../surface/package.ts';

export const rule: Rule = {
  id: 'exports-field-added',
  level: 'major',
  surface: 'package',
  description: 'package.json gained an "exports" field where it had none.',
  rationale: 'Without "exports" any file could be imported; with it, only the listed subpaths can.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    if (old.package.exports !== undefined || next.package.exports === undefined) return [];
    return [
      {
        rule: 'exports-field-added',
        level: 'major',
        item: itemKey.package(),
        subject: 'package.exports',
        message: `package.json now has "exports" (${exportSubpaths(next.package.exports).join(', ')}): deep imports of other files fail`,
        after: next.package.exports,
        location: { file: 'package.json' },
      },
    ];
  },
};
