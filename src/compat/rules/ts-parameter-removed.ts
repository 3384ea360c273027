// TS-13: a parameter was removed: callers that pass it get "Expected n arguments, but got m".

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-parameter-removed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A parameter was removed from a function, method or callback type.',
  rationale: 'Calls that pass it are excess-argument errors; callbacks written with it no longer fit.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const after = c.new.parameters;
        if (after.some((p) => p.rest) || c.old.parameters.length <= after.length) continue;
        const removed = c.old.parameters.slice(after.length);
        changes.push(
          pairChange('ts-parameter-removed', pair, {
            level: judged(c.probe, 'major'),
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} no longer takes ${removed.map((p) => `"${p.name}"`).join(', ')}`,
            before: removed.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`),
            witness: c.probe,
          }),
        );
      }
    }
    return changes;
  },
});
