// The package switched between ES modules and CommonJS. That matters to whoever imports the package;
// a package with no entry point to import (no `main`, `exports` or `types`: an MCP server published
// for its commands only) runs its own files in its own process, so the switch is a patch there.

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
    const importable = [old.package, next.package].some(
      (p) => p.main !== undefined || p.exports !== undefined || p.types !== undefined,
    );
    return [
      {
        rule: 'package-type-changed',
        level: importable ? 'major' : 'patch',
        item: itemKey.package(),
        subject: 'package.type',
        message: importable
          ? `The package switched from ${before} to ${after}`
          : `The package switched from ${before} to ${after}; it has no entry point to import (no main, exports or types), so only its own commands see it`,
        before,
        after,
        location: { file: 'package.json' },
      },
    ];
  },
};
