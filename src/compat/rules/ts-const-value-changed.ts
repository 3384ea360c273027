// TS-53: an exported constant with a literal type changed value (major); widened to a non-literal
// declared type it is a patch, flagged.

import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

const LITERAL = /^(-?\d+(\.\d+)?|"[^"]*"|'[^']*'|true|false|null|undefined|-?\d+n)$/;
const typeOf = (signature: string) => signature.replace(/^(const|let) [^:]*:\s*/, '');

export const rule = tsRule({
  id: 'ts-const-value-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'An exported constant of a literal type changed value (major), or its declared type was widened (patch, flagged).',
  rationale: 'The literal type is part of the API: code narrowed on the old value no longer compiles.',
  find(analysis) {
    return analysis.changed
      .filter(
        (p) =>
          p.old.kind === 'variable' &&
          p.new.kind === 'variable' &&
          !p.old.mutable &&
          LITERAL.test(typeOf(p.old.signature)) &&
          typeOf(p.old.signature) !== typeOf(p.new.signature),
      )
      .map((p) => {
        const before = typeOf(p.old.signature);
        const after = typeOf(p.new.signature);
        const literal = LITERAL.test(after);
        return pairChange('ts-const-value-changed', p, {
          level: literal ? 'major' : 'patch',
          message: literal
            ? `The constant ${label(p)} changed value: ${before} → ${after}`
            : `The constant ${label(p)} is now declared as ${after} (was the literal ${before}); flag: code that relied on the literal type may need a cast`,
          before,
          after,
          witness: probe(p, 'read'),
        });
      });
  },
});
