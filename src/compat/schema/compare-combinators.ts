// Comparators for anyOf/oneOf (alternatives), allOf, not and if/then/else, and for a plain schema
// that became a union or the reverse.

import type { Walk } from './walk.ts';
import { alternativesOf, asNode, propertiesOf, typesOf, type SchemaNode } from './node.ts';
import { canonical, shapeOf } from './canonical.ts';
import { ANNOTATION_KEYWORDS } from './keywords.ts';
import { sample } from './sample.ts';
import { compareSchemaNodes } from './walk.ts';
import { place } from './witness.ts';

const typeKey = (node: unknown) => [...(typesOf(asNode(node)) ?? ['any'])].sort().join('|');

/** How alike two alternatives are: same shape, then same types, then shared property names. */
function likeness(a: unknown, b: unknown): number {
  if (shapeOf(a) === shapeOf(b)) return 1000;
  let score = typeKey(a) === typeKey(b) ? 100 : 0;
  const pa = Object.keys(propertiesOf(asNode(a)));
  const pb = new Set(Object.keys(propertiesOf(asNode(b))));
  score += pa.filter((k) => pb.has(k)).length;
  return score;
}

/** Pairs old and new alternatives, most alike first; returns the pairs and what is left on each side. */
function pairUp(before: unknown[], after: unknown[]): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const candidates: [number, number, number][] = [];
  before.forEach((b, i) => after.forEach((a, j) => {
    const score = likeness(b, a);
    if (score > 0) candidates.push([score, i, j]);
  }));
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedA.has(j)) continue;
    usedB.add(i); usedA.add(j); pairs.push([i, j]);
  }
  return { pairs, removed: before.map((_, i) => i).filter((i) => !usedB.has(i)), added: after.map((_, j) => j).filter((j) => !usedA.has(j)) };
}

function compareLists(walk: Walk, keyword: string, before: unknown[], after: unknown[], path: string[], o: SchemaNode, n: SchemaNode): void {
  const { pairs, removed, added } = pairUp(before, after);
  for (const [i, j] of pairs) walk.visit(before[i], after[j], path);
  // An allOf member added narrows; an anyOf/oneOf alternative added widens.
  const conjunctive = keyword === 'allOf';
  for (const i of removed) {
    walk.emit({ kind: conjunctive ? 'all-of' : 'alternatives', effect: conjunctive ? 'widened' : 'narrowed', path, keyword, before: before[i], detail: `${keyword} member ${i + 1} removed`, probes: [sample(before[i])], oldNode: before[i], newNode: n });
  }
  for (const j of added) {
    // What the new allOf member rejects is what it narrows relative to the node: values from those differences.
    const probes = conjunctive ? memberProbes(o, after[j]) : [];
    walk.emit({ kind: conjunctive ? 'all-of' : 'alternatives', effect: conjunctive ? 'narrowed' : 'widened', path, keyword, after: after[j], detail: `${keyword} member ${j + 1} added`, probes: [...probes, sample(after[j]), sample(o)], oldNode: o, newNode: after[j] });
  }
}

/** Candidate values: the node's sample with each narrowing of `member` relative to it applied at its path. */
function memberProbes(node: SchemaNode, member: unknown): unknown[] {
  const base = sample(node);
  return compareSchemaNodes(node, { ...node, ...asNode(member) })
    .filter((f) => f.effect === 'narrowed' || f.effect === 'changed')
    .flatMap((f) => (f.probes ?? []).map((p) => place(base, f.path, p)))
    .filter((v) => v !== undefined);
}

export function compareCombinators(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const [ab, aa] = [alternativesOf(o), alternativesOf(n)];
  if (ab && aa) compareLists(walk, aa.keyword, ab.list, aa.list, path, o, n);
  if (Array.isArray(o.allOf) || Array.isArray(n.allOf)) {
    compareLists(walk, 'allOf', Array.isArray(o.allOf) ? o.allOf : [], Array.isArray(n.allOf) ? n.allOf : [], path, o, n);
  }
  for (const keyword of ['not', 'if'] as const) {
    const unit = (node: SchemaNode) => (keyword === 'if' ? (node.if === undefined ? undefined : { if: node.if, then: node.then, else: node.else }) : node.not);
    const [before, after] = [unit(o), unit(n)];
    if (canonical(before) === canonical(after)) continue;
    const effect = before === undefined ? 'narrowed' : after === undefined ? 'widened' : 'changed';
    const name = keyword === 'if' ? 'if/then/else' : 'not';
    walk.emit({ kind: 'conditional', effect, path, keyword, before, after, detail: `${name} ${effect === 'narrowed' ? 'added' : effect === 'widened' ? 'removed' : 'changed'}`, probes: [sample(o)], oldNode: o, newNode: n });
  }
}

/** The schema without its documentation and its union: what a single alternative is compared with. */
function core(node: SchemaNode): SchemaNode {
  return Object.fromEntries(Object.entries(node).filter(([k]) => !ANNOTATION_KEYWORDS.has(k) && k !== 'anyOf' && k !== 'oneOf' && k !== 'default'));
}

/** One side is a union, the other is not: the plain side is one alternative, paired with its closest match. */
export function compareWrapped(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const ab = alternativesOf(o);
  const aa = alternativesOf(n);
  const before = ab ? ab.list : [core(o)];
  const after = aa ? aa.list : [core(n)];
  compareLists(walk, (aa ?? ab)!.keyword, before, after, path, o, n);
}
