// Canonical text of a schema node for equality tests: sorted keys, bookkeeping keywords dropped,
// cycles cut. `shapeOf` also drops annotations, so two nodes with the same shape accept the same values.

import { ANNOTATION_KEYWORDS, BOOKKEEPING_KEYWORDS, SCHEMA_MAPS, SCHEMA_VALUES } from './keywords.ts';

/** Keywords whose list value is a set: order carries no meaning. */
const UNORDERED = new Set(['required', 'enum', 'type']);

interface Mode {
  dropAnnotations: boolean;
  memo: WeakMap<object, string>;
  stack: Set<object>;
}

const fullMemo = new WeakMap<object, string>();
const shapeMemo = new WeakMap<object, string>();

export function canonical(node: unknown): string {
  return schema(node, { dropAnnotations: false, memo: fullMemo, stack: new Set() });
}

export function shapeOf(node: unknown): string {
  return schema(node, { dropAnnotations: true, memo: shapeMemo, stack: new Set() });
}

/** Canonical text of plain JSON data (enum values, defaults): key order does not matter. */
export function dataKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  // Snapshots are not mutated during a diff, so the text of an object is computed once.
  const cached = dataMemo.get(value);
  if (cached !== undefined) return cached;
  let text: string;
  if (Array.isArray(value)) text = `[${value.map(dataKey).join(',')}]`;
  else {
    const record = value as Record<string, unknown>;
    text = `{${Object.keys(record)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${dataKey(record[k])}`)
      .join(',')}}`;
  }
  dataMemo.set(value, text);
  return text;
}

const dataMemo = new WeakMap<object, string>();

function schema(node: unknown, mode: Mode): string {
  if (node === null || typeof node !== 'object') return JSON.stringify(node) ?? 'undefined';
  if (Array.isArray(node)) return `[${node.map((item) => schema(item, mode)).join(',')}]`;
  const cached = mode.memo.get(node);
  if (cached !== undefined) return cached;
  // A node met again on its own path is a recursion: it renders as a marker, so two schemas that
  // recurse the same way render the same whatever their `$defs` are called.
  if (mode.stack.has(node)) return '"#recursion"';
  mode.stack.add(node);
  const record = node as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (BOOKKEEPING_KEYWORDS.has(key)) continue;
    if (mode.dropAnnotations && (ANNOTATION_KEYWORDS.has(key) || key === 'default')) continue;
    const value = record[key];
    let text: string;
    if (SCHEMA_MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) {
      const map = value as Record<string, unknown>;
      text = `{${Object.keys(map)
        .sort()
        .map((k) => `${JSON.stringify(k)}:${Array.isArray(map[k]) ? dataKey(map[k]) : schema(map[k], mode)}`)
        .join(',')}}`;
    } else if (SCHEMA_VALUES.has(key)) {
      text = schema(value, mode);
    } else if (UNORDERED.has(key) && Array.isArray(value)) {
      text = `[${value.map(dataKey).sort().join(',')}]`;
    } else {
      text = dataKey(value);
    }
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  mode.stack.delete(node);
  const text = `{${parts.join(',')}}`;
  // Only memoize text without a recursion marker: inside a cycle the text depends on the entry point.
  if (!text.includes('#recursion')) mode.memo.set(node, text);
  return text;
}
