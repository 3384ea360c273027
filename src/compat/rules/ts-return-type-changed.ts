// TS-18 / TS-19 / TS-20: the return type changed. Results are outputs: widened (incl. `| undefined`)
// or made `void` is major; narrowed is minor, except for callbacks the consumer implements.

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { isPromise } from './ts-async-changed.ts';
import { resultType } from '../typescript/probes.ts';

export const rule = tsRule({
  id: 'ts-return-type-changed',
  level: 'major',
  description: 'A return type was widened or became void (major) or was narrowed (minor; major for user-implemented callbacks).',
  rationale: 'Callers use the result as the old type; a wider result does not fit where the old one did.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const a = c.old.returnType;
        const b = c.new.returnType;
        if (a === b || isPromise(a) !== isPromise(b)) continue;
        const anyUse = pair.old.kind === 'function' && !c.detail ? probe(pair, 'return-any') : undefined;
        const own = anyUse?.forward === 'broken' ? anyUse : pair.old.kind === 'function' && !c.detail ? (probe(pair, 'return') ?? probe(pair, 'call')) : c.probe;
        if (own && own.forward === 'ok' && own.reverse === 'ok') continue;
        const toVoid = b === 'void' && a !== 'void';
        // A void result is ignored and Promise<void> only awaited: returning a value now breaks no caller.
        const fromVoid = resultType(a) !== undefined && !c.userImplemented;
        const level = toVoid ? 'major' : fromVoid ? 'minor' : judged(own, 'major');
        changes.push(
          pairChange('ts-return-type-changed', pair, {
            level,
            detail: c.detail ? `${c.detail}.return` : 'return',
            message: `${label({ entry: pair.entry, name: c.label })} ${toVoid ? 'now returns void' : fromVoid ? 'now returns a value' : level === 'major' ? 'returns a type that code using the old result does not accept' : 'returns a narrower type'}: ${a} → ${b}`,
            before: a,
            after: b,
            witness: c.probe?.witness ? c.probe : own,
          }),
        );
      }
    }
    return changes;
  },
});
