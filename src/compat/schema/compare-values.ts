// Comparators for the keywords that constrain a single value: type, enum/const, numeric and size
// bounds, multipleOf, uniqueItems, pattern, format, default, documentation and unknown keywords.

import type { Walk } from './walk.ts';
import { ALL_TYPES, admits, enumOf, typesOf, type SchemaNode } from './node.ts';
import { dataKey } from '../../json-schema/canonical.ts';
import { isUnknownKeyword } from '../../json-schema/keywords.ts';
import { sampleOfType, stringsMatching, valueOfSize } from './sample.ts';

/** How many strings are drawn from a changed pattern to look for one the other pattern rejects. */
const PATTERN_SAMPLES = 40;

export function compareAnnotations(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  if (o.deprecated !== true && n.deprecated === true) {
    walk.emit({
      kind: 'deprecated',
      effect: 'neutral',
      path,
      keyword: 'deprecated',
      before: o.deprecated,
      after: true,
      detail: 'marked deprecated',
    });
  }
  for (const keyword of ['title', 'description'] as const) {
    if (o[keyword] !== n[keyword] && (typeof o[keyword] === 'string' || typeof n[keyword] === 'string')) {
      walk.emit({
        kind: 'description',
        effect: 'neutral',
        path,
        keyword,
        before: o[keyword],
        after: n[keyword],
        detail: `${keyword} changed`,
      });
    }
  }
}

export function compareValues(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  compareTypes(walk, o, n, path);
  compareEnums(walk, o, n, path);
  compareNumericBounds(walk, o, n, path);
  compareSizeBounds(walk, o, n, path);
  compareSimple(walk, o, n, path);
  for (const keyword of new Set([...Object.keys(o), ...Object.keys(n)])) {
    if (isUnknownKeyword(keyword) && dataKey(o[keyword]) !== dataKey(n[keyword])) {
      walk.emit({
        kind: 'unknown-keyword',
        effect: 'changed',
        path,
        keyword,
        before: o[keyword],
        after: n[keyword],
        detail: `unknown keyword "${keyword}" changed (kept as written; mcpver cannot tell what it means to a validator)`,
      });
    }
  }
}

function compareTypes(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const before = typesOf(o);
  const after = typesOf(n);
  const removed = (before ? [...before] : [...ALL_TYPES]).filter((t) => !admits(after, t));
  const added = (after ? [...after] : [...ALL_TYPES]).filter((t) => !admits(before, t));
  const show = (s: Set<string> | null) => (s ? [...s].join(' | ') : 'any');
  for (const [list, effect] of [
    [removed, 'narrowed'],
    [added, 'widened'],
  ] as const) {
    if (list.length === 0) continue;
    const nullOnly = list.length === 1 && list[0] === 'null';
    const verb = effect === 'narrowed' ? 'no longer accepts' : 'now accepts';
    walk.emit({
      kind: nullOnly ? 'nullable' : 'type',
      effect,
      path,
      keyword: 'type',
      before: show(before),
      after: show(after),
      detail: `type ${show(before)} → ${show(after)}: ${verb} ${list.join(', ')}`,
      // 0.5 is the number that no integer schema takes.
      probes: list.flatMap((t) =>
        t === 'number'
          ? [0.5, sampleOfType(effect === 'narrowed' ? o : n, t)]
          : [sampleOfType(effect === 'narrowed' ? o : n, t)],
      ),
      oldNode: o,
      newNode: n,
    });
  }
}

function compareEnums(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const before = enumOf(o);
  const after = enumOf(n);
  const keyword = 'const' in n || 'const' in o ? 'const' : 'enum';
  if (!before && !after) return;
  const keys = (list: unknown[] | null) => new Set((list ?? []).map(dataKey));
  if (!before && after) {
    walk.emit({
      kind: 'enum',
      effect: 'narrowed',
      path,
      keyword,
      after,
      detail: `values restricted to ${JSON.stringify(after)}`,
      probes: [sampleOfType(o, 'string'), 'mcpver-other', -1, 123456],
      oldNode: o,
      newNode: n,
    });
    return;
  }
  if (before && !after) {
    walk.emit({
      kind: 'enum',
      effect: 'widened',
      path,
      keyword,
      before,
      detail: `${keyword} restriction removed (was ${JSON.stringify(before)})`,
      oldNode: o,
      newNode: n,
    });
    return;
  }
  const removed = before!.filter((v) => !keys(after).has(dataKey(v)));
  const added = after!.filter((v) => !keys(before).has(dataKey(v)));
  if (removed.length)
    walk.emit({
      kind: 'enum',
      effect: 'narrowed',
      path,
      keyword,
      before,
      after,
      detail: `${keyword} no longer allows ${removed.map((v) => JSON.stringify(v)).join(', ')}`,
      probes: removed,
      oldNode: o,
      newNode: n,
    });
  if (added.length)
    walk.emit({
      kind: 'enum',
      effect: 'widened',
      path,
      keyword,
      before,
      after,
      detail: `${keyword} now allows ${added.map((v) => JSON.stringify(v)).join(', ')}`,
      probes: added,
      oldNode: o,
      newNode: n,
    });
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The tightest lower (or upper) numeric bound, from `minimum`/`exclusiveMinimum` in any draft's form. */
function numericBound(node: SchemaNode, side: 'lower' | 'upper'): Bound | null {
  const [inclusiveKey, exclusiveKey] =
    side === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
  const inclusive = typeof node[inclusiveKey] === 'number' ? (node[inclusiveKey] as number) : null;
  const bounds: Bound[] = [];
  if (inclusive !== null) bounds.push({ value: inclusive, exclusive: node[exclusiveKey] === true });
  if (typeof node[exclusiveKey] === 'number') bounds.push({ value: node[exclusiveKey] as number, exclusive: true });
  const sign = side === 'lower' ? 1 : -1;
  return bounds.reduce<Bound | null>((best, b) => (!best || tighter(b, best, sign) ? b : best), null);
}

/** Whether bound `a` excludes more than `b` (sign 1 for lower bounds, -1 for upper). */
function tighter(a: Bound, b: Bound, sign: number): boolean {
  return sign * (a.value - b.value) > 0 || (a.value === b.value && a.exclusive && !b.exclusive);
}

function compareNumericBounds(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  for (const side of ['lower', 'upper'] as const) {
    const sign = side === 'lower' ? 1 : -1;
    const before = numericBound(o, side);
    const after = numericBound(n, side);
    const show = (b: Bound | null) =>
      b ? `${b.exclusive ? (side === 'lower' ? '>' : '<') : side === 'lower' ? '≥' : '≤'} ${b.value}` : 'none';
    const name = side === 'lower' ? 'minimum' : 'maximum';
    const edge = (b: Bound) => [b.value, b.value - sign, b.value - sign * 0.5, Math.trunc(b.value) - sign];
    if (after && (!before || tighter(after, before, sign))) {
      walk.emit({
        kind: 'bound',
        effect: 'narrowed',
        path,
        keyword: name,
        before: before?.value,
        after: after.value,
        detail: `${name} ${show(before)} → ${show(after)}`,
        probes: [...(before ? edge(before).reverse() : []), ...edge(after)],
        oldNode: o,
        newNode: n,
      });
    }
    if (before && (!after || tighter(before, after, sign))) {
      walk.emit({
        kind: 'bound',
        effect: 'widened',
        path,
        keyword: name,
        before: before.value,
        after: after?.value,
        detail: `${name} ${show(before)} → ${show(after)}`,
        probes: [...edge(before), ...(after ? edge(after) : [])],
        oldNode: o,
        newNode: n,
      });
    }
  }
  const mo = typeof o.multipleOf === 'number' ? o.multipleOf : null;
  const mn = typeof n.multipleOf === 'number' ? n.multipleOf : null;
  const divides = (a: number, b: number) => Math.abs(a / b - Math.round(a / b)) < 1e-9;
  if (mn !== null && (mo === null || !divides(mo, mn))) {
    walk.emit({
      kind: 'bound',
      effect: 'narrowed',
      path,
      keyword: 'multipleOf',
      before: mo,
      after: mn,
      detail: `multipleOf ${mo ?? 'none'} → ${mn}`,
      probes: [mo ?? 1, (mo ?? 1) * 3, 1, 0.5],
      oldNode: o,
      newNode: n,
    });
  }
  if (mo !== null && (mn === null || !divides(mn, mo))) {
    walk.emit({
      kind: 'bound',
      effect: 'widened',
      path,
      keyword: 'multipleOf',
      before: mo,
      after: mn,
      detail: `multipleOf ${mo} → ${mn ?? 'none'}`,
      probes: [mn ?? 1, 1, 0.5],
      oldNode: o,
      newNode: n,
    });
  }
}

const SIZE_KEYWORDS = [
  ['minLength', 'maxLength'],
  ['minItems', 'maxItems'],
  ['minProperties', 'maxProperties'],
  ['minContains', 'maxContains'],
] as const;

function compareSizeBounds(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  for (const [minKey, maxKey] of SIZE_KEYWORDS) {
    const [oMin, nMin, oMax, nMax] = [num(o[minKey]), num(n[minKey]), num(o[maxKey]), num(n[maxKey])];
    const lo = (v: number | null) => v ?? 0;
    const hi = (v: number | null) => v ?? Infinity;
    const sizes = (list: number[]) =>
      list.filter((s) => s >= 0 && Number.isFinite(s)).map((s) => valueOfSize(minKey, s, o));
    const emit = (
      keyword: string,
      effect: 'narrowed' | 'widened',
      before: number | null,
      after: number | null,
      probeSizes: number[],
    ) =>
      walk.emit({
        kind: 'bound',
        effect,
        path,
        keyword,
        before: before ?? undefined,
        after: after ?? undefined,
        detail: `${keyword} ${before ?? 'none'} → ${after ?? 'none'}`,
        probes: sizes(probeSizes),
        oldNode: o,
        newNode: n,
      });
    if (lo(nMin) > lo(oMin)) emit(minKey, 'narrowed', oMin, nMin, [lo(oMin), lo(nMin) - 1]);
    if (lo(nMin) < lo(oMin)) emit(minKey, 'widened', oMin, nMin, [lo(nMin), lo(oMin) - 1]);
    if (hi(nMax) < hi(oMax)) emit(maxKey, 'narrowed', oMax, nMax, [hi(nMax) + 1, Math.min(hi(oMax), hi(nMax) + 1)]);
    if (hi(nMax) > hi(oMax)) emit(maxKey, 'widened', oMax, nMax, [hi(oMax) + 1]);
  }
}

function compareSimple(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  if (Boolean(o.uniqueItems) !== Boolean(n.uniqueItems)) {
    const item = valueOfSize('minItems', 1, o);
    const dup = Array.isArray(item) ? [...item, ...item] : [];
    walk.emit({
      kind: 'bound',
      effect: n.uniqueItems ? 'narrowed' : 'widened',
      path,
      keyword: 'uniqueItems',
      before: o.uniqueItems,
      after: n.uniqueItems,
      detail: `uniqueItems ${Boolean(o.uniqueItems)} → ${Boolean(n.uniqueItems)}`,
      probes: [dup],
      oldNode: o,
      newNode: n,
    });
  }
  if (o.pattern === undefined && n.pattern !== undefined && typeof n.format === 'string' && o.format === n.format) {
    // zod 4 writes the regular expression behind a format it already validated (uuid, email, date-time).
    walk.emit({
      kind: 'format',
      effect: 'narrowed',
      path,
      keyword: 'pattern',
      before: o.pattern,
      after: n.pattern,
      detail: `pattern added to spell out format ${n.format}`,
      probes: [],
      oldNode: o,
      newNode: n,
    });
  } else if (o.pattern !== n.pattern) {
    const effect = o.pattern === undefined ? 'narrowed' : n.pattern === undefined ? 'widened' : 'changed';
    // Strings drawn from both patterns: a changed pattern is a narrowing only if one of the old strings fails the new one.
    const drawn = [...stringsMatching(o.pattern, PATTERN_SAMPLES), ...stringsMatching(n.pattern, PATTERN_SAMPLES)];
    walk.emit({
      kind: 'pattern',
      effect,
      path,
      keyword: 'pattern',
      before: o.pattern,
      after: n.pattern,
      detail: `pattern ${o.pattern === undefined ? 'none' : `/${String(o.pattern)}/`} → ${n.pattern === undefined ? 'none' : `/${String(n.pattern)}/`}`,
      probes: ['', 'a', 'A', '0', 'mcpver', 'a b', 'a-b_c', 'x@example.com', '-1', 'ABC123', ...drawn],
      oldNode: o,
      newNode: n,
      ...(effect === 'changed'
        ? { uncertain: `The pattern changed (${PATTERN_SAMPLES} strings drawn from each pattern were tried)` }
        : {}),
    });
  }
  if (o.format !== n.format) {
    const effect = o.format === undefined ? 'narrowed' : n.format === undefined ? 'widened' : 'changed';
    walk.emit({
      kind: 'format',
      effect,
      path,
      keyword: 'format',
      before: o.format,
      after: n.format,
      detail: `format ${String(o.format ?? 'none')} → ${String(n.format ?? 'none')}`,
      probes: [
        'mcpver',
        'x@example.com',
        'https://example.com',
        '2020-01-01',
        '2020-01-01T00:00:00Z',
        '00000000-0000-4000-8000-000000000000',
      ],
      oldNode: o,
      newNode: n,
    });
  }
  if (dataKey(o.default) !== dataKey(n.default)) {
    const detail =
      o.default === undefined
        ? `default ${JSON.stringify(n.default)} added`
        : n.default === undefined
          ? `default ${JSON.stringify(o.default)} removed`
          : `default ${JSON.stringify(o.default)} → ${JSON.stringify(n.default)}`;
    walk.emit({
      kind: 'default',
      effect: 'neutral',
      path,
      keyword: 'default',
      before: o.default,
      after: n.default,
      detail,
    });
  }
}
