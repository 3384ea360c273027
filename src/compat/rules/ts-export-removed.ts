// TS-01: an exported value or type is gone from an entry point and from every other one.

import type { TsDeclaration } from '../../surface/typescript/model.ts';
import { label, removalChange, tsRule } from '../typescript/rule-kit.ts';
import { possibleRenameNote } from '../schema/renames.ts';

const notPublic = (d: TsDeclaration) => d.tags.release === 'internal' || d.tags.hidden === true;

export const rule = tsRule({
  id: 'ts-export-removed',
  level: 'major',
  description: 'An exported value or type was removed.',
  rationale: 'Every import of the name fails to compile.',
  find(analysis) {
    const renamed = new Set(analysis.renames.map((r) => r.from));
    const stillExported = new Set(analysis.new.declarations.map((d) => d.name));
    return analysis.removed
      .filter(
        (r) =>
          !renamed.has(r) &&
          !stillExported.has(r.declaration.name) &&
          analysis.new.entryPoints[r.declaration.entry] !== undefined,
      )
      .map((r) => {
        const maybe = possibleRenameNote(
          'export',
          analysis.possibleRenames.filter((p) => p.from === r.declaration.name),
        );
        const change = removalChange('ts-export-removed', r.declaration, {
          // An export marked @internal or @hidden was never part of the public API (API Extractor's reading).
          level: notPublic(r.declaration) ? 'patch' : 'major',
          message: `${r.declaration.kind} ${label(r.declaration)} was removed${notPublic(r.declaration) ? ` (it was marked @${r.declaration.tags.hidden ? 'hidden' : 'internal'}: not public API)` : ''}`,
          before: r.declaration.signature,
          witness: r.probe,
        });
        return maybe ? { ...change, flag: maybe } : change;
      });
  },
});
