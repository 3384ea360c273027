// A new subpath of package.json "exports".

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { exportSubpaths } from '../../surface/package.ts';

export const rule: Rule = {
  id: 'export-path-added',
  level: 'minor',
  surface: 'package',
  description: 'A subpath was added to package.json "exports".',
  rationale: 'A new entry point: existing imports are unaffected.',
  detect({ old, new: next }) {
    if (!old.package || !next.package || old.package.exports === undefined) return [];
    const before = new Set(exportSubpaths(old.package.exports));
    return exportSubpaths(next.package.exports)
      .filter((p) => !before.has(p))
      .map((subpath) => ({
        rule: 'export-path-added',
        level: 'minor' as const,
        item: itemKey.exportPath(subpath),
        subject: itemKey.exportPath(subpath),
        message: `The import path "${subpath}" is now exported`,
        after: subpath,
        location: { file: 'package.json' },
      }));
  },
};
