// TS-06: a new export with a fresh name: new API, a minor release.

import { itemKey } from '../surface-items.ts';
import { label, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-export-added',
  level: 'minor',
  description: 'A new value or type is exported.',
  rationale: 'Nothing that compiled before stops compiling; consumers gain API.',
  find(analysis) {
    const renamedTo = new Set(analysis.renames.map((r) => r.to));
    const oldNames = new Set(analysis.old.declarations.map((d) => d.name));
    return (
      analysis.added
        // A name that moved between entries is reported by ts-export-moved, not as new API.
        .filter(
          (d) =>
            !renamedTo.has(d) && !(oldNames.has(d.name) && analysis.removed.some((r) => r.declaration.name === d.name)),
        )
        .map((d) => ({
          rule: 'ts-export-added',
          level: 'minor' as const,
          item: itemKey.declaration(d.entry, d.name),
          subject: itemKey.declaration(d.entry, d.name),
          message: `${d.kind} ${label(d)} was added`,
          after: d.signature,
          ...(d.location ? { location: d.location } : {}),
        }))
    );
  },
});
