// TS-15 and its reverse: a parameter became optional (minor for callers) or required (major).

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-parameter-optionality-changed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A parameter became required (major) or optional (minor; major when consumers implement the callback).',
  rationale:
    'Callers that omit an optional argument break when it turns required; implementations must now handle undefined.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const n = Math.min(c.old.parameters.length, c.new.parameters.length);
        for (let i = 0; i < n; i++) {
          const a = c.old.parameters[i]!;
          const b = c.new.parameters[i]!;
          if (a.optional === b.optional || a.rest || b.rest) continue;
          const fallback = b.optional ? (c.userImplemented ? 'major' : 'minor') : 'major';
          changes.push(
            pairChange('ts-parameter-optionality-changed', pair, {
              level: judged(c.probe, fallback),
              detail: `${c.detail ? `${c.detail}.` : ''}${a.name}`,
              message: `Parameter "${a.name}" of ${label({ entry: pair.entry, name: c.label })} became ${b.optional ? 'optional' : 'required'}`,
              before: a.optional ? 'optional' : 'required',
              after: b.optional ? 'optional' : 'required',
              witness: c.probe,
            }),
          );
        }
      }
    }
    return changes;
  },
});
