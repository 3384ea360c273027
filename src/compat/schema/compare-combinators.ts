// Comparators for anyOf/oneOf (alternatives), allOf, not and if/then/else, and for a plain schema
// that became a union or the reverse.

import type { Walk } from './walk.ts';
import { alternativesOf, asNode, propertiesOf, typesOf, type SchemaNode } from './node.ts';
import { canonical, shapeOf } from '../../json-schema/canonical.ts';
import { ANNOTATION_KEYWORDS } from '../../json-schema/keywords.ts';
import { sample } from './sample.ts';
import { compareSchemaNodes } from './walk.ts';
import { place } from './witness.ts';
import { accepts, flattenAlternatives, mayStillBeAccepted } from './alternatives.ts';

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
function pairUp(
  before: unknown[],
  after: unknown[],
): { pairs: [number, number][]; removed: number[]; added: number[] } {
  const candidates: [number, number, number][] = [];
  before.forEach((b, i) =>
    after.forEach((a, j) => {
      const score = likeness(b, a);
      if (score > 0) candidates.push([score, i, j]);
    }),
  );
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedB.has(i) || usedA.has(j)) continue;
    usedB.add(i);
    usedA.add(j);
    pairs.push([i, j]);
  }
  return {
    pairs,
    removed: before.map((_, i) => i).filter((i) => !usedB.has(i)),
    added: after.map((_, j) => j).filter((j) => !usedA.has(j)),
  };
}

function compareLists(
  walk: Walk,
  keyword: string,
  before: unknown[],
  after: unknown[],
  path: string[],
  o: SchemaNode,
  n: SchemaNode,
): void {
  const { pairs, removed, added } = pairUp(before, after);
  for (const [i, j] of pairs) walk.visit(before[i], after[j], path);
  // An allOf member removed widens; one added narrows.
  for (const i of removed) {
    walk.emit({
      kind: 'all-of',
      effect: 'widened',
      path,
      keyword,
      before: before[i],
      detail: `${keyword} member ${i + 1} removed`,
      probes: [sample(before[i])],
      oldNode: before[i],
      newNode: n,
    });
  }
  for (const j of added) {
    // What the new allOf member rejects is what it narrows relative to the node: values from those differences.
    walk.emit({
      kind: 'all-of',
      effect: 'narrowed',
      path,
      keyword,
      after: after[j],
      detail: `${keyword} member ${j + 1} added`,
      probes: [...memberProbes(o, after[j]), sample(after[j]), sample(o)],
      oldNode: o,
      newNode: after[j],
    });
  }
}

/**
 * anyOf/oneOf alternatives, decided by what they accept: each old alternative is compared with a new
 * one that accepts all its values where there is one (it may have been merged into a wider one, or
 * wrapped into a wider union), else with its closest match; it is removed only when no new
 * alternative accepts what it accepted. A new alternative whose values some old one already
 * accepted adds nothing.
 */
function compareAlternatives(
  walk: Walk,
  before: unknown[],
  after: unknown[],
  path: string[],
  o: SchemaNode,
  n: SchemaNode,
  keywords: { old: string; new: string },
): void {
  const { pairs, removed, added } = pairUp(before, after);
  const fresh = new Set(added);
  const takes = (j: number, i: number) => accepts(after[j], before[i], compareSchemaNodes);
  const coverOf = (i: number) => after.findIndex((_, j) => takes(j, i));
  const visits: { i: number; j: number; covered: boolean }[] = [];
  const gone: number[] = [];
  for (const [i, j] of pairs) {
    const k = takes(j, i) ? j : coverOf(i);
    visits.push(k >= 0 ? { i, j: k, covered: true } : { i, j, covered: false });
    if (k >= 0 && k !== j) fresh.add(j);
  }
  for (const i of removed) {
    const k = coverOf(i);
    if (k >= 0) visits.push({ i, j: k, covered: true });
    else gone.push(i);
  }
  for (const { i, j, covered } of visits) {
    fresh.delete(j);
    // Compared with a new alternative that does not take all its values, while others might: what
    // the comparison finds narrowed needs a value to prove it.
    const doubt = covered
      ? undefined
      : mayStillBeAccepted(
          before[i],
          after.filter((_, x) => x !== j),
        );
    if (doubt) walk.doubts.push(doubt);
    try {
      walk.visit(before[i], after[j], path);
    } finally {
      if (doubt) walk.doubts.pop();
    }
  }
  for (const i of gone) {
    // Where the new alternatives might accept its values only together, a witness must decide.
    const uncertain = mayStillBeAccepted(before[i], after);
    walk.emit({
      kind: 'alternatives',
      effect: 'narrowed',
      path,
      keyword: keywords.old,
      before: before[i],
      detail: `${keywords.old} member ${i + 1} removed`,
      probes: [sample(before[i])],
      oldNode: before[i],
      newNode: n,
      ...(uncertain ? { uncertain } : {}),
    });
  }
  for (const j of [...fresh].sort((a, b) => a - b)) {
    if (before.some((b) => accepts(b, after[j], compareSchemaNodes))) continue;
    walk.emit({
      kind: 'alternatives',
      effect: 'widened',
      path,
      keyword: keywords.new,
      after: after[j],
      detail: `${keywords.new} member ${j + 1} added`,
      probes: [sample(after[j]), sample(o)],
      oldNode: o,
      newNode: after[j],
    });
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
  if (ab && aa)
    compareAlternatives(walk, flattenAlternatives(ab.list), flattenAlternatives(aa.list), path, o, n, {
      old: ab.keyword,
      new: aa.keyword,
    });
  if (Array.isArray(o.allOf) || Array.isArray(n.allOf)) {
    compareLists(
      walk,
      'allOf',
      Array.isArray(o.allOf) ? o.allOf : [],
      Array.isArray(n.allOf) ? n.allOf : [],
      path,
      o,
      n,
    );
  }
  for (const keyword of ['not', 'if'] as const) {
    const unit = (node: SchemaNode) =>
      keyword === 'if'
        ? node.if === undefined
          ? undefined
          : { if: node.if, then: node.then, else: node.else }
        : node.not;
    const [before, after] = [unit(o), unit(n)];
    if (canonical(before) === canonical(after)) continue;
    const effect = before === undefined ? 'narrowed' : after === undefined ? 'widened' : 'changed';
    const name = keyword === 'if' ? 'if/then/else' : 'not';
    walk.emit({
      kind: 'conditional',
      effect,
      path,
      keyword,
      before,
      after,
      detail: `${name} ${effect === 'narrowed' ? 'added' : effect === 'widened' ? 'removed' : 'changed'}`,
      probes: [sample(o)],
      oldNode: o,
      newNode: n,
    });
  }
}

/** The schema without its documentation and its union: what a single alternative is compared with. */
function core(node: SchemaNode): SchemaNode {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([k]) => !ANNOTATION_KEYWORDS.has(k) && k !== 'anyOf' && k !== 'oneOf' && k !== 'default',
    ),
  );
}

/** One side is a union, the other is not: the plain side is one alternative, paired with its closest match. */
export function compareWrapped(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const ab = alternativesOf(o);
  const aa = alternativesOf(n);
  const before = ab ? flattenAlternatives(ab.list) : [core(o)];
  const after = aa ? flattenAlternatives(aa.list) : [core(n)];
  compareAlternatives(walk, before, after, path, o, n, { old: (ab ?? aa)!.keyword, new: (aa ?? ab)!.keyword });
}
