// `any`-typed exports: the checker accepts anything against `any`, so no verdict about them may rest on it.

import { unloadedModules } from '../typescript/external.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-any-typed-export',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'An export is typed any on one side of a change: no longer any (major), newly any (minor), or changed while any (major, unverifiable).',
  rationale:
    'Code written against any may do anything with the value; a concrete type rejects most of it. Newly any hides types.',
  find(analysis) {
    return (
      analysis.changed
        .filter((p) => (p.old.any || p.new.any) && p.old.signature !== p.new.signature)
        // Typed any on both sides only because another package's types were not available: the rest of
        // the declaration is still compared, and ts-declaration-changed reports it for review.
        .filter((p) => {
          const unloaded = unloadedModules(analysis, p);
          return !(p.old.any && p.new.any && unloaded.old.length > 0 && unloaded.new.length > 0);
        })
        .map((p) => {
          if (p.old.any && !p.new.any) {
            return pairChange('ts-any-typed-export', p, {
              level: 'major',
              message: `${label(p)} was typed any and now has a type: code that relied on any may not compile`,
              before: 'any',
              after: p.new.signature,
              witness: probe(p, 'any-usage'),
            });
          }
          if (!p.old.any && p.new.any) {
            return pairChange('ts-any-typed-export', p, {
              level: 'minor',
              message: `${label(p)} is now typed any: type checking of its uses is lost (check whether an import no longer resolves)`,
              before: p.old.signature,
              after: 'any',
            });
          }
          return pairChange('ts-any-typed-export', p, {
            level: 'major',
            message: `${label(p)} is typed any and its declaration changed: its compatibility cannot be verified`,
            before: p.old.signature,
            after: p.new.signature,
          });
        })
    );
  },
});
