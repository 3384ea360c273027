// A subpath of package.json "exports" is gone: imports of it fail with ERR_PACKAGE_PATH_NOT_EXPORTED.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { exportSubpaths } from '../../surface/package.ts';

export const rule: Rule = {
  id: 'export-path-removed',
  level: 'major',
  surface: 'package',
  description: 'A subpath of package.json "exports" was removed.',
  rationale: 'Node refuses imports of subpaths that "exports" does not list (ERR_PACKAGE_PATH_NOT_EXPORTED).',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = exportSubpaths(old.package.exports);
    // A package that had no "exports" allowed every deep import; adding "exports" closes all but the listed ones.
    const after = new Set(exportSubpaths(next.package.exports));
    if (next.package.exports === undefined) return [];
    const removed = old.package.exports === undefined ? [] : before.filter((p) => !after.has(p));
    return removed.map((subpath) => ({
      rule: 'export-path-removed',
      level: 'major' as const,
      item: itemKey.exportPath(subpath),
      subject: itemKey.exportPath(subpath),
      message: `The import path "${subpath}" is no longer exported`,
      before: subpath,
      location: { file: 'package.json' },
    }));
  },
};
