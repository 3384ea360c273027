// TS-32: a public member of a class, interface or object type was removed.

import type { Change } from '../types.ts';
import { label, pairChange, probe, tsRule } from '../typescript/rule-kit.ts';
import { memberKey, publicMembers } from '../typescript/members.ts';

export const rule = tsRule({
  id: 'ts-member-removed',
  explainsChangedDeclarations: true,
  level: 'major',
  description: 'A member (property or method) was removed from a class, interface or object type.',
  rationale: 'Reads, calls and object literals that name the member fail to compile.',
  find(analysis) {
    const changes: Change[] = [];
    for (const pair of analysis.changed) {
      if (
        pair.old.kind !== pair.new.kind &&
        !(['interface', 'type'].includes(pair.old.kind) && ['interface', 'type'].includes(pair.new.kind))
      )
        continue;
      const after = publicMembers(pair, 'new');
      // A member that only switched between static and instance is reported by ts-member-static-changed.
      const names = new Set([...after.values()].map((m) => m.name));
      for (const [key, m] of publicMembers(pair, 'old')) {
        if (after.has(key) || names.has(m.name)) continue;
        const access = probe(
          pair,
          m.kind === 'export'
            ? `namespace-member:${m.name}`
            : m.static
              ? `static:${m.name}`
              : `member-access:${m.name}`,
        );
        // Gone from the declaration's own body but still there (now inherited or intersected in).
        if (access?.forward === 'ok') continue;
        changes.push(
          pairChange('ts-member-removed', pair, {
            level: 'major',
            detail: m.name,
            message: `${m.kind === 'method' ? 'Method' : m.kind === 'export' ? 'Export' : 'Property'} "${memberKey(m)}" was removed from ${label(pair)}`,
            before: m.signature,
            witness: access?.witness ? access : pair.probes.find((p) => p.forward === 'broken'),
          }),
        );
      }
      // Index signatures: reads of other keys, and literals with keys of their own, no longer compile.
      const indexes = new Set((pair.new.members ?? []).filter((m) => m.kind === 'index').map((m) => m.name));
      for (const m of pair.old.members ?? []) {
        if (m.kind !== 'index' || indexes.has(m.name) || m.static) continue;
        const access = probe(pair, `index-access:${m.name}`);
        if (access?.forward === 'ok') continue;
        changes.push(
          pairChange('ts-member-removed', pair, {
            level: 'major',
            detail: m.name,
            message: `Index signature ${m.signature} was removed from ${label(pair)}: keys it does not declare can no longer be read or given`,
            before: m.signature,
            witness: access,
          }),
        );
      }
    }
    return changes;
  },
});
