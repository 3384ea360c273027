// Members of a declaration present in both versions, matched by name and static-ness; private
// members are not API and are left out.

import type { TsMember } from '../../surface/typescript/model.ts';
import type { DeclarationPair } from './analysis.ts';

const MEMBER_KINDS = new Set(['property', 'method']);

export const memberKey = (m: TsMember) => `${m.static ? 'static ' : ''}${m.name}`;

/**
 * Whether members can be matched one by one: not when either side is a type expression whose
 * members were not listed (`Readonly<{…}>` against its expansion); the probes judge those whole.
 */
export function membersComparable(pair: DeclarationPair): boolean {
  return !pair.old.unlistedMembers && !pair.new.unlistedMembers;
}

export function publicMembers(pair: DeclarationPair, side: 'old' | 'new'): Map<string, TsMember> {
  const d = pair[side];
  if (d.kind === 'enum' || d.kind === 'const-enum' || !membersComparable(pair)) return new Map();
  // A namespace's members are its exports, also merged into a function or class (`debug.enabled`).
  const kinds =
    d.kind === 'namespace'
      ? new Set(['export'])
      : d.kinds?.includes('namespace')
        ? new Set([...MEMBER_KINDS, 'export'])
        : MEMBER_KINDS;
  return new Map(
    (d.members ?? []).filter((m) => kinds.has(m.kind) && m.visibility !== 'private').map((m) => [memberKey(m), m]),
  );
}

/** Members in both versions: [old, new]. */
export function commonMembers(pair: DeclarationPair): [TsMember, TsMember][] {
  const after = publicMembers(pair, 'new');
  return [...publicMembers(pair, 'old')].flatMap(([k, m]) =>
    after.has(k) ? [[m, after.get(k)!] as [TsMember, TsMember]] : [],
  );
}

/** Whether consumers build values of this type themselves (object literals, implementations). */
export function userConstructed(pair: DeclarationPair): boolean {
  return (pair.old.kind === 'interface' || pair.old.kind === 'type') && pair.positions.input;
}
