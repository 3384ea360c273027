// TS-33 / TS-34 / TS-35: a member was added. Required on a type consumers build or implement is
// major (their objects lack it); otherwise (optional, or a type they only receive) it is new API.

import type { Change } from '../types.ts';
import { judged, label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { memberKey, publicMembers, userConstructed } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-added',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A member was added: required on a type consumers build or implement (major), otherwise minor.',
  rationale: 'Object literals and implementations written for the old type lack a new required member.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      const before = publicMembers(pair, 'old');
      if (
        pair.old.kind !== pair.new.kind &&
        !(['interface', 'type'].includes(pair.old.kind) && ['interface', 'type'].includes(pair.new.kind))
      )
        continue;
      const names = new Set([...before.values()].map((m) => m.name));
      for (const [key, m] of publicMembers(pair, 'new')) {
        if (before.has(key) || names.has(m.name)) continue;
        const constructed = userConstructed(pair);
        const required = !m.optional && (m.kind === 'property' || m.kind === 'method');
        const abstractAdded = pair.new.kind === 'class' && m.abstract === true;
        const write = probe(pair, 'write');
        const level = abstractAdded ? 'major' : constructed && required ? judged(write, 'major') : 'minor';
        changes.push(
          pairChange('ts-member-added', pair, {
            level,
            detail: m.name,
            message:
              m.kind === 'export'
                ? `Export "${m.name}" was added to namespace ${label(pair)}`
                : `${m.optional ? 'Optional' : abstractAdded ? 'Abstract' : 'Required'} ${m.kind} "${memberKey(m)}" was added to ${label(pair)}${constructed ? ', a type consumers build or implement' : ''}`,
            after: m.signature,
            witness: write,
          }),
        );
      }
    }
    return changes;
  },
});
