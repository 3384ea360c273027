// The package switched between ES modules and CommonJS.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'package-type-changed',
  level: 'major',
  surface: 'package',
  description: 'package.json "type" switched between "module" and "commonjs".',
  rationale: 'require() of an ES module fails on older Node.js, and default-import interop changes for every consumer.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.type ?? 'commonjs';
    const after = next.package.type ?? 'commonjs';
    if (before === after) return [];
    return [
      {
        rule: 'package-type-changed',
        level: 'major',
        item: itemKey.package(),
        subject: 'package.type',
        message: `The package switched from ${before} to ${after}`,
        before,
        after,
        location: { file: 'package.json' },
      },
    ];
  },
};
