// Comparators for array keywords: items (one schema or a tuple), prefixItems, additional or
// unevaluated items, and contains.

import type { Walk } from './walk.ts';
import type { SchemaNode } from './node.ts';
import { canonical } from '../../json-schema/canonical.ts';
import { sample } from './sample.ts';

const tupleOf = (node: SchemaNode): unknown[] | null =>
  Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : null;

/** The schema every item (after the tuple part) must match; absent means anything. */
const restOf = (node: SchemaNode): unknown =>
  Array.isArray(node.prefixItems) ? node.items : Array.isArray(node.items) ? node.additionalItems : node.items;

export function compareArrays(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const [tb, ta] = [tupleOf(o), tupleOf(n)];
  if (tb || ta) {
    const length = Math.max(tb?.length ?? 0, ta?.length ?? 0);
    for (let i = 0; i < length; i += 1) {
      const before = tb?.[i] ?? restOf(o);
      const after = ta?.[i] ?? restOf(n);
      walk.visit(before ?? true, after ?? true, [...path, `[${i}]`]);
    }
  }
  const [rb, ra] = [restOf(o), restOf(n)];
  if (rb !== undefined || ra !== undefined) walk.visit(rb ?? true, ra ?? true, [...path, '[]']);
  if (o.unevaluatedItems !== undefined || n.unevaluatedItems !== undefined)
    walk.visit(o.unevaluatedItems ?? true, n.unevaluatedItems ?? true, [...path, '[]']);
  if (canonical(o.contains) !== canonical(n.contains)) {
    const effect = o.contains === undefined ? 'narrowed' : n.contains === undefined ? 'widened' : 'changed';
    walk.emit({
      kind: 'conditional',
      effect,
      path,
      keyword: 'contains',
      before: o.contains,
      after: n.contains,
      detail: `contains ${effect === 'narrowed' ? 'added' : effect === 'widened' ? 'removed' : 'changed'}`,
      probes: [[], [sample(o.items)]],
      oldNode: o,
      newNode: n,
    });
  }
}
