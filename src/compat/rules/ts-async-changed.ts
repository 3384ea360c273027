// TS-21: a function went from returning T to Promise<T> or back.

import type { Change } from '../types.ts';
import { callables, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export function isPromise(type: string): boolean {
  return /^(Promise|PromiseLike)<[\s\S]*>$/.test(type.trim());
}

export const rule = tsRule({
  id: 'ts-async-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A function, method or callback switched between synchronous and asynchronous (T ↔ Promise<T>).',
  rationale:
    'Callers that use the result directly get a Promise (or await a plain value); callbacks must change shape.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        if (isPromise(c.old.returnType) === isPromise(c.new.returnType)) continue;
        changes.push(
          pairChange('ts-async-changed', pair, {
            level: 'major',
            detail: c.detail ? `${c.detail}.return` : 'return',
            message: `${label({ entry: pair.entry, name: c.label })} is now ${isPromise(c.new.returnType) ? 'asynchronous' : 'synchronous'}: ${c.old.returnType} → ${c.new.returnType}`,
            before: c.old.returnType,
            after: c.new.returnType,
            witness: c.probe,
          }),
        );
      }
    }
    return changes;
  },
});
