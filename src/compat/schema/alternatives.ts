// Alternatives (anyOf/oneOf) decided by what they accept, not by where they sit: a union that becomes
// one branch of a wider union still accepts every value it accepted, so none of its alternatives is gone.

import type { SchemaFact } from './facts.ts';
import { ANNOTATION_KEYWORDS, BOOKKEEPING_KEYWORDS } from '../../json-schema/keywords.ts';
import { alternativesOf, asNode, typesOf } from './node.ts';

/** Keywords a union node may carry beside its alternatives and still be nothing but that union. */
const PASSIVE = (key: string) => ANNOTATION_KEYWORDS.has(key) || BOOKKEEPING_KEYWORDS.has(key) || key === 'default';

/**
 * The alternatives of a list with the nested unions spelled out: `anyOf: [{oneOf: [A, B]}, C]` lists
 * A, B and C. A nested union with keywords of its own (a `type` beside its `anyOf`) stays one alternative.
 * Nested `oneOf` exclusivity is read as the outer list's, as the comparison reads a keyword switch.
 */
export function flattenAlternatives(list: readonly unknown[], seen: Set<unknown> = new Set()): unknown[] {
  return list.flatMap((alternative) => {
    const node = asNode(alternative);
    const inner = alternativesOf(node);
    if (!inner || seen.has(alternative) || Object.keys(node).some((k) => k !== inner.keyword && !PASSIVE(k)))
      return [alternative];
    return flattenAlternatives(inner.list, new Set([...seen, alternative]));
  });
}

type Compare = (old: unknown, next: unknown) => SchemaFact[];

/**
 * Whether `next` accepts every value `old` accepts, as far as the keyword comparison can tell: no
 * difference between them takes a value away. A pair already under comparison is assumed to hold
 * (the co-inductive reading of recursive schemas), so that recursion through a `$ref` terminates.
 */
export function accepts(next: unknown, old: unknown, compare: Compare): boolean {
  if (old === next) return true;
  if (typeof old !== 'object' || old === null || typeof next !== 'object' || next === null)
    return compare(old, next).every(keeps);
  if (rejected.get(old)?.has(next)) return false;
  let open = inProgress.get(old);
  if (open?.has(next)) return true;
  if (!open) inProgress.set(old, (open = new WeakSet()));
  open.add(next);
  try {
    const verdict = compare(old, next).every(keeps);
    // A "no" holds whatever was assumed on the way (assumptions only say "yes"), so it is kept.
    if (!verdict) {
      let set = rejected.get(old);
      if (!set) rejected.set(old, (set = new WeakSet()));
      set.add(next);
    }
    return verdict;
  } finally {
    open.delete(next);
  }
}

const inProgress = new WeakMap<object, WeakSet<object>>();
const rejected = new WeakMap<object, WeakSet<object>>();
const keeps = (fact: SchemaFact) => fact.effect === 'widened' || fact.effect === 'neutral';

/**
 * Why a removed alternative may still be accepted by the new ones taken together (none alone accepts
 * all of it): some new alternative admits values of its types. Undefined when none does, which
 * makes the removal certain.
 */
export function mayStillBeAccepted(removed: unknown, remaining: readonly unknown[]): string | undefined {
  const mine = typesOf(asNode(removed));
  const overlaps = remaining.some((alternative) => {
    const theirs = typesOf(asNode(alternative));
    if (mine === null || theirs === null) return true;
    return [...mine].some(
      (t) => theirs.has(t) || (t === 'integer' && theirs.has('number')) || (t === 'number' && theirs.has('integer')),
    );
  });
  return overlaps
    ? 'No single new alternative accepts every value of this one, though the new alternatives together may'
    : undefined;
}
