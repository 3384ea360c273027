// TS-18 / TS-19 / TS-20: the return type changed. Results are outputs: widened (incl. `| undefined`)
// or made `void` is major; narrowed is minor, except for callbacks the consumer implements.

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { isPromise } from './ts-async-changed.ts';
import { resultType } from '../typescript/probes.ts';

/** A type guard or assertion signature's result (`x is T`, `asserts x is T`). */
const GUARD = /^(asserts\s+)?[\w$]+\s+is\s+/;

export const rule = tsRule({
  id: 'ts-return-type-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A return type was widened or became void (major) or was narrowed (minor; major for user-implemented callbacks).',
  rationale: 'Callers use the result as the old type; a wider result does not fit where the old one did.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const a = c.old.returnType;
        const b = c.new.returnType;
        if (a === b || isPromise(a) !== isPromise(b)) continue;
        const plain = pair.old.kind === 'function' && !c.detail;
        // What the checker cannot see through ReturnType<>: code that used an `any` result freely,
        // and code that relied on a type guard's narrowing.
        const byUse = plain
          ? [probe(pair, 'return-any'), probe(pair, 'predicate')].find((p) => p?.forward === 'broken')
          : undefined;
        const own = byUse ?? (plain ? (probe(pair, 'return') ?? probe(pair, 'call')) : c.probe);
        // Two guards of the same result type: old narrowing still holds (else byUse broke), and the new one narrows differently.
        const guardChanged = plain && !byUse && GUARD.test(a) && GUARD.test(b);
        if (own && own.forward === 'ok' && own.reverse === 'ok' && !guardChanged) continue;
        const toVoid = b === 'void' && a !== 'void';
        // A void result is ignored and Promise<void> only awaited: returning a value now breaks no caller.
        const fromVoid = resultType(a) !== undefined && !c.userImplemented;
        const level = toVoid ? 'major' : fromVoid || guardChanged ? 'minor' : judged(own, 'major');
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
