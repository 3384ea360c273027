// The pair walk: visits (old, new) schema nodes at the same instance path, once per pair, so that
// recursive schemas terminate, and hands each pair to the keyword comparators.

import type { SchemaFact } from './facts.ts';
import { canonical } from '../../json-schema/canonical.ts';
import {
  acceptsNothing,
  asNode,
  alternativesOf,
  normalizeEquivalents,
  normalizeNullable,
  type SchemaNode,
} from './node.ts';
import { compareAnnotations, compareValues } from './compare-values.ts';
import { compareObjects } from './compare-objects.ts';
import { compareArrays } from './compare-arrays.ts';
import { compareCombinators, compareWrapped } from './compare-combinators.ts';

export interface Walk {
  facts: SchemaFact[];
  seen: Set<string>;
  ids: WeakMap<object, number>;
  /** Compare two nodes at a path (the comparators recurse through this). */
  visit(old: unknown, next: unknown, path: string[]): void;
  emit(fact: SchemaFact): void;
  /**
   * Why the enclosing pairs may not compare keyword by keyword (an allOf restructured, an alternative
   * whose values other alternatives may take): facts found inside are uncertain (see SchemaFact.uncertain).
   */
  doubts: string[];
}

const UNREAD = 'x-mcpver-unresolved';

/** Every difference between two (already dereferenced) schemas. */
export function compareSchemaNodes(old: unknown, next: unknown): SchemaFact[] {
  let nextId = 0;
  const walk: Walk = {
    facts: [],
    seen: new Set(),
    ids: new WeakMap(),
    doubts: [],
    emit(fact) {
      const doubt = this.doubts.at(-1);
      this.facts.push(doubt && !fact.uncertain ? { ...fact, uncertain: doubt } : fact);
    },
    visit(oldRaw, newRaw, path) {
      const o = asNode(oldRaw);
      const n = asNode(newRaw);
      const id = (x: object) => {
        let v = this.ids.get(x);
        if (v === undefined) this.ids.set(x, (v = nextId++));
        return v;
      };
      const pair = `${id(o)}:${id(n)}`;
      if (this.seen.has(pair)) return;
      this.seen.add(pair);
      if (canonical(o) === canonical(n)) return;
      // A part the static reader could not follow (`x-mcpver-unresolved`, said as a gap of the
      // reading): nothing is known to compare, so nothing is claimed about it.
      if (UNREAD in o || UNREAD in n) return;
      compareNode(this, normalizeEquivalents(normalizeNullable(o)), normalizeEquivalents(normalizeNullable(n)), path);
    },
  };
  walk.visit(old, next, []);
  return walk.facts;
}

function compareNode(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const restructured = Array.isArray(o.allOf) !== Array.isArray(n.allOf);
  if (restructured) walk.doubts.push('The schema was restructured (allOf)');
  try {
    compareParts(walk, o, n, path);
  } finally {
    if (restructured) walk.doubts.pop();
  }
}

function compareParts(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  compareAnnotations(walk, o, n, path);
  // A side that accepts no value at all (`{ not: {} }`: zod's `z.undefined()` placeholder, `false`):
  // its missing `type` or `additionalProperties` restrict nothing, since nothing passed its `not`.
  // Comparing them with the other side's keywords would call an object that replaces a placeholder
  // "closed"; what changed is only that values are accepted now (or no longer): the `not` itself.
  if (acceptsNothing(o) !== acceptsNothing(n)) {
    compareCombinators(walk, o, n, path);
    return;
  }
  // A plain schema that became a union (or the reverse) is compared against its closest alternative.
  if ((alternativesOf(o) === null) !== (alternativesOf(n) === null)) {
    compareWrapped(walk, o, n, path);
    return;
  }
  compareValues(walk, o, n, path);
  compareObjects(walk, o, n, path);
  compareArrays(walk, o, n, path);
  compareCombinators(walk, o, n, path);
}
