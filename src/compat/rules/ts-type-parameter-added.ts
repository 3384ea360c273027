// TS-26 / TS-27: a type parameter was added: without a default, `Box<string>` written by consumers
// lacks an argument (major); with a default it still compiles (minor).

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { typeParametersOf } from '../typescript/type-parameters.ts';

export const rule = tsRule({
  id: 'ts-type-parameter-added',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A type parameter was added: without a default (major) or with one (minor).',
  rationale: 'Explicit type arguments written for the old arity are errors when a required type parameter is added.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = typeParametersOf(pair, 'old');
      const after = typeParametersOf(pair, 'new');
      if (pair.old.kind !== pair.new.kind || after.length <= before.length) continue;
      const added = after.slice(before.length);
      // A function that took no type parameters was never called with type arguments: inference fills the new ones.
      const required =
        added.some((t) => t.default === undefined) && !(pair.old.kind === 'function' && before.length === 0);
      const witness = probe(pair, 'type-arguments');
      changes.push(
        pairChange('ts-type-parameter-added', pair, {
          level: required ? 'major' : 'minor',
          message: `${label(pair)} has new type parameter${added.length > 1 ? 's' : ''} ${added.map((t) => `"${t.name}"${t.default ? ` (default ${t.default})` : required ? ' without a default' : ', inferred at every call'}`).join(', ')}`,
          after: added,
          witness,
        }),
      );
    }
    return changes;
  },
});
