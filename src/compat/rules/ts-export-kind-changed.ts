// TS-04 / TS-54: the same name now declares something else (class to interface, enum to union, value to type).

import type { DeclarationPair } from '../typescript/analysis.ts';
import { typeLike, valueLike } from '../typescript/probes.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

const lostValue = (p: DeclarationPair) => p.old.meanings.includes('value') && !p.new.meanings.includes('value');

export const rule = tsRule({
  id: 'ts-export-kind-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'An export changed kind (class ↔ interface, enum ↔ union of literals, function ↔ namespace, value ↔ type): major when a use is lost, else minor.',
  rationale:
    'Consumers use a kind by its meanings: `new C()`, `E.Member`, `typeof f`; another kind lacks some of them.',
  find(analysis) {
    return analysis.changed
      .filter(
        (p) =>
          (p.old.kind !== p.new.kind &&
            !(typeLike(p.old) && typeLike(p.new)) &&
            !(valueLike(p.old) && valueLike(p.new))) ||
          lostValue(p),
      )
      .map((p) => {
        const lost = p.old.meanings.filter((m) => !p.new.meanings.includes(m));
        const use = [probe(p, 'usage'), probe(p, 'kind-call'), probe(p, 'kind-construct')];
        const usage = use.find((u) => u?.forward === 'broken') ?? use[0];
        // Switching between declaration forms with the same meanings (enum to const enum) still changes how it can be used.
        // Gaining meanings (an interface that became a class) keeps every old use compiling.
        // A const enum that became a regular enum gains a runtime object (and isolatedModules use); the reverse loses them.
        const constToRegular = p.old.kind === 'const-enum' && p.new.kind === 'enum';
        const major =
          lost.length > 0 ||
          usage?.forward === 'broken' ||
          (!constToRegular && (usage?.forward !== 'ok' || p.old.kind.endsWith('enum') || p.new.kind.endsWith('enum')));
        return pairChange('ts-export-kind-changed', p, {
          level: major ? 'major' : 'minor',
          message:
            lostValue(p) && p.old.kind === p.new.kind
              ? `${label(p)} is now exported for types only (export type): it can no longer be used as a value`
              : `${label(p)} changed from ${p.old.kind} to ${p.new.kind}${lost.length > 0 ? ` and is no longer a ${lost.join(' or ')}` : ''}`,
          before: p.old.kind,
          after: p.new.kind,
          witness: usage,
        });
      });
  },
});
