// TS-01: an exported value or type is gone from an entry point and from every other one.

import { label, removalChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-export-removed',
  level: 'major',
  description: 'An exported value or type was removed.',
  rationale: 'Every import of the name fails to compile.',
  find(analysis) {
    const renamed = new Set(analysis.renames.map((r) => r.from));
    const stillExported = new Set(analysis.new.declarations.map((d) => d.name));
    return analysis.removed
      .filter((r) => !renamed.has(r) && !stillExported.has(r.declaration.name) && analysis.new.entryPoints[r.declaration.entry] !== undefined)
      .map((r) =>
        removalChange('ts-export-removed', r.declaration, {
          level: 'major',
          message: `${r.declaration.kind} ${label(r.declaration)} was removed`,
          before: r.declaration.signature,
          witness: r.probe,
        }),
      );
  },
});
