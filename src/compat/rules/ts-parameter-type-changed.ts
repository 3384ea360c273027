// TS-16 / TS-17: a parameter's type changed. The checker decides the direction: narrowed (an old
// argument is rejected) is major; widened is minor, except for callbacks the consumer implements.

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-parameter-type-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A parameter type was narrowed (major) or widened (minor; major for user-implemented callbacks).',
  rationale:
    'Arguments are inputs: a narrower parameter rejects values callers pass; a callback must accept what it is given.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const n = Math.min(c.old.parameters.length, c.new.parameters.length);
        for (let i = 0; i < n; i++) {
          const a = c.old.parameters[i]!;
          const b = c.new.parameters[i]!;
          if (a.type === b.type) continue;
          // Plain functions have a probe per parameter; methods and callbacks are judged as a whole.
          const plain = pair.old.kind === 'function' && !c.detail;
          // An `any` parameter accepted every value: its own probe passes an unknown one.
          const fromAny = plain ? probe(pair, `param-any:${i}`) : undefined;
          const own = fromAny?.forward === 'broken' ? fromAny : plain ? probe(pair, `param:${i}`) : c.probe;
          if (own && own.forward === 'ok' && own.reverse === 'ok') continue;
          const level = judged(own, 'major');
          const direction = level === 'major' ? (c.userImplemented ? 'changed' : 'narrowed') : 'widened';
          changes.push(
            pairChange('ts-parameter-type-changed', pair, {
              level,
              detail: `${c.detail ? `${c.detail}.` : ''}${a.name}`,
              message: `Parameter "${a.name}" of ${label({ entry: pair.entry, name: c.label })} was ${direction}: ${a.type} → ${b.type}`,
              before: a.type,
              after: b.type,
              // The call itself is the snippet a user recognizes; the per-parameter probe is the fallback.
              witness: c.probe?.witness && own !== fromAny ? c.probe : own,
            }),
          );
        }
      }
    }
    return changes;
  },
});
