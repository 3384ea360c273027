// TS-11 / TS-12: a parameter was added: required breaks callers; optional is new API (the checker
// decides for callbacks the consumer implements, where fewer parameters are still fine).

import type { Change } from '../types.ts';
import { callables, judged, label, pairChange, tsRule } from '../typescript/rule-kit.ts';

export const rule = tsRule({
  id: 'ts-parameter-added',
  explainsChangedDeclarations: true,
  level: 'major',
  description:
    'A parameter was added to a function, method or callback type (required: major for callers; optional: minor).',
  rationale: 'Callers that pass the old arguments miss a required one; an optional one changes nothing for them.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      for (const c of callables(pair)) {
        const before = c.old.parameters;
        if (before.some((p) => p.rest) || c.new.parameters.length <= before.length) continue;
        const added = c.new.parameters.slice(before.length);
        const required = added.some((p) => !p.optional && !p.rest);
        const level = judged(c.probe, required && !c.userImplemented ? 'major' : 'minor');
        changes.push(
          pairChange('ts-parameter-added', pair, {
            level,
            detail: c.detail,
            message: `${label({ entry: pair.entry, name: c.label })} has new ${required ? 'required' : 'optional'} parameter${added.length > 1 ? 's' : ''} ${added.map((p) => `"${p.name}"`).join(', ')}`,
            after: added.map((p) => `${p.name}${p.optional ? '?' : ''}: ${p.type}`),
            witness: c.probe,
          }),
        );
      }
    }
    return changes;
  },
});
