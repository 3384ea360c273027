// TS-03: a name is still exported by the package, but no longer from the entry point it was imported from.

import { label, removalChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-export-moved',
  level: 'major',
  description: 'An export is no longer importable from its previous entry point (it moved to another one).',
  rationale: 'Imports are written against a path: `import { x } from "pkg/a"` fails when x now lives in "pkg/b".',
  find(analysis) {
    const renamed = new Set(analysis.renames.map((r) => r.from));
    const entriesOf = new Map<string, string[]>();
    for (const d of analysis.new.declarations) entriesOf.set(d.name, [...(entriesOf.get(d.name) ?? []), d.entry]);
    return analysis.removed
      .filter(
        (r) =>
          !renamed.has(r) &&
          entriesOf.has(r.declaration.name) &&
          analysis.new.entryPoints[r.declaration.entry] !== undefined,
      )
      .map((r) => {
        const now = entriesOf.get(r.declaration.name)!;
        return removalChange('ts-export-moved', r.declaration, {
          level: 'major',
          message: `${label(r.declaration)} is no longer exported from "${r.declaration.entry}"; import it from ${now.map((e) => `"${e}"`).join(' or ')}`,
          before: r.declaration.entry,
          after: now,
          witness: r.probe,
        });
      });
  },
});
