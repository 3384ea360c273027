// TS-30: a type parameter's constraint tightened (major: old type arguments may be rejected) or loosened
// (minor: more type arguments are accepted), decided by position as the other TypeScript rules are: on a
// generic signature the consumer implements (a callback, a method of an interface it provides), a
// loosened constraint is major, since the library may now call the implementation with values it was
// not written for.

import type { Change } from '../types.ts';
import type { ProbeResult } from '../typescript/analysis.ts';
import { callables, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { matchedTypeParameters, typeParametersOf } from '../typescript/type-parameters.ts';

/** The first probe the checker could decide. */
const decided = (...probes: (ProbeResult | undefined)[]) =>
  probes.find((p) => p !== undefined && p.forward !== 'invalid');

export const rule = tsRule({
  id: 'ts-type-parameter-constraint-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A type parameter constraint was tightened, or loosened on a generic signature consumers implement (major), or loosened where consumers choose the type arguments (minor).',
  rationale:
    'Type arguments that satisfied the old constraint may not satisfy a tighter one; an implementation written for the old constraint may be called with the wider one.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      // The declaration's own type parameters (a type's, or a function's): the consumer picks the arguments.
      for (const [a, b] of matchedTypeParameters(typeParametersOf(pair, 'old'), typeParametersOf(pair, 'new'))) {
        if (a.constraint === b.constraint) continue;
        // The old constraint as a type argument against the new declaration (else a call as the old one
        // was made); without a constraint to try (none before), a new one can only reject arguments.
        const p = decided(
          probe(pair, 'type-arguments'),
          pair.old.kind === 'function' ? probe(pair, 'call') : undefined,
        );
        const tightened = b.constraint !== undefined && (a.constraint === undefined || !p || p.forward !== 'ok');
        changes.push(
          pairChange('ts-type-parameter-constraint-changed', pair, {
            level: tightened ? 'major' : 'minor',
            detail: `<${a.name}>`,
            message: `The constraint of type parameter "${a.name}" of ${label(pair)} was ${tightened ? 'tightened' : 'loosened'}: ${a.constraint ?? '(none)'} → ${b.constraint ?? '(none)'}`,
            before: a.constraint ?? null,
            after: b.constraint ?? null,
            witness: p,
          }),
        );
      }
      // Generic signatures inside a type: a callback type, an interface's methods. Functions were read above.
      if (pair.old.kind === 'function') continue;
      for (const c of callables(pair)) {
        for (const [a, b] of matchedTypeParameters(c.old.typeParameters, c.new.typeParameters)) {
          if (a.constraint === b.constraint || !c.probe || c.probe.forward === 'invalid') continue;
          const major = c.probe.forward === 'broken';
          const where = c.userImplemented ? 'consumers implement it' : 'consumers call it';
          const how = major
            ? c.userImplemented
              ? 'an implementation written for the old constraint may now be called with values it was not written for'
              : 'calls with the old type arguments no longer compile'
            : 'old code still compiles';
          changes.push(
            pairChange('ts-type-parameter-constraint-changed', pair, {
              level: major ? 'major' : 'minor',
              detail: `${c.detail ? `${c.detail}.` : ''}<${a.name}>`,
              message: `The constraint of type parameter "${a.name}" of ${c.detail ? `${label(pair)}'s method "${c.detail}"` : label(pair)} changed: ${a.constraint ?? '(none)'} → ${b.constraint ?? '(none)'}; ${where}, and ${how}`,
              before: a.constraint ?? null,
              after: b.constraint ?? null,
              witness: c.probe,
            }),
          );
        }
      }
    }
    return changes;
  },
});
