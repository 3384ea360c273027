// Comparators for object keywords: properties (added, removed, renamed, required), openness
// (additionalProperties, unevaluatedProperties, patternProperties, propertyNames) and dependencies.

import type { Walk } from './walk.ts';
import { isClosed, propertiesOf, requiredOf, type SchemaNode } from './node.ts';
import { canonical, dataKey, shapeOf } from '../../json-schema/canonical.ts';
import { isObject } from './resolve.ts';
import { evidenceLine, matchRenames, possibleRenameNote } from './renames.ts';
import { sample, sampleWith } from './sample.ts';

export function compareObjects(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  compareOpenness(walk, o, n, path);
  compareProperties(walk, o, n, path);
  compareDependencies(walk, o, n, path);
}

type Openness = 'open' | 'closed' | 'schema';
const openness = (value: unknown): Openness =>
  value === false ? 'closed' : value === undefined || value === true ? 'open' : 'schema';

function compareOpenness(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const extra = () => ({ ...(isObject(sample(o)) ? (sample(o) as object) : {}), mcpverExtra: 'x' });
  for (const keyword of ['additionalProperties', 'unevaluatedProperties'] as const) {
    const [before, after] = [openness(o[keyword]), openness(n[keyword])];
    if (before === 'schema' && after === 'schema') {
      walk.visit(o[keyword], n[keyword], [...path, '*']);
      continue;
    }
    if (before === after) continue;
    const rank: Record<Openness, number> = { open: 2, schema: 1, closed: 0 };
    const effect = rank[after] < rank[before] ? 'narrowed' : 'widened';
    walk.emit({
      kind: 'closed',
      effect,
      path,
      keyword,
      before: o[keyword],
      after: n[keyword],
      detail: `${keyword} ${describeOpen(o[keyword])} → ${describeOpen(n[keyword])}`,
      probes: [extra()],
      oldNode: o,
      newNode: n,
    });
  }
  const patternsBefore = isObject(o.patternProperties) ? o.patternProperties : {};
  const patternsAfter = isObject(n.patternProperties) ? n.patternProperties : {};
  for (const pattern of new Set([...Object.keys(patternsBefore), ...Object.keys(patternsAfter)])) {
    const [b, a] = [patternsBefore[pattern], patternsAfter[pattern]];
    if (b !== undefined && a !== undefined) {
      walk.visit(b, a, [...path, `/${pattern}/`]);
      continue;
    }
    // On an open object a new pattern property constrains names that anything could use before; on a closed one it lets them in.
    const adds = a !== undefined;
    const narrows = adds !== isClosed(o);
    walk.emit({
      kind: 'closed',
      effect: narrows ? 'narrowed' : 'widened',
      path,
      keyword: 'patternProperties',
      before: b,
      after: a,
      detail: `pattern property /${pattern}/ ${adds ? 'added' : 'removed'}`,
      oldNode: o,
      newNode: n,
    });
  }
  if (canonical(o.propertyNames) !== canonical(n.propertyNames)) {
    const effect = o.propertyNames === undefined ? 'narrowed' : n.propertyNames === undefined ? 'widened' : 'changed';
    walk.emit({
      kind: 'closed',
      effect,
      path,
      keyword: 'propertyNames',
      before: o.propertyNames,
      after: n.propertyNames,
      detail: `propertyNames ${effect === 'narrowed' ? 'added' : effect === 'widened' ? 'removed' : 'changed'}`,
      probes: [extra(), { ...extra(), 'A B': 1, '0': 1 }],
      oldNode: o,
      newNode: n,
    });
  }
}

const describeOpen = (value: unknown) =>
  value === false ? 'false' : value === undefined ? 'absent' : value === true ? 'true' : 'a schema';

function compareProperties(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const [before, after] = [propertiesOf(o), propertiesOf(n)];
  const [requiredBefore, requiredAfter] = [requiredOf(o), requiredOf(n)];
  const removedNames = Object.keys(before).filter((k) => !(k in after));
  const addedNames = Object.keys(after).filter((k) => !(k in before));
  const side = (props: Record<string, unknown>) => (name: string) => {
    const node = props[name];
    return {
      name,
      ...(isObject(node) && typeof node.description === 'string' ? { description: node.description } : {}),
    };
  };
  const { renames, possible } = matchRenames(
    removedNames.map(side(before)),
    addedNames.map(side(after)),
    (r, a) => shapeOf(before[r]) === shapeOf(after[a]) && requiredBefore.has(r) === requiredAfter.has(a),
    // Two plain strings or booleans are as likely an unrelated swap as a rename: only a specific shape counts.
    (r) => isObject(before[r]) && (isObject(before[r].properties) || Array.isArray(before[r].enum)),
  );
  const renamedFrom = new Set(renames.map((r) => r.from));
  const renamedTo = new Set(renames.map((r) => r.to));
  for (const { from, to } of renames) {
    walk.emit({
      kind: 'property-renamed',
      effect: 'changed',
      path,
      keyword: 'properties',
      before: from,
      after: to,
      required: requiredAfter.has(to),
      detail: `property "${from}" renamed to "${to}"`,
      probes: [sampleWith(o, from)],
      oldNode: o,
      newNode: n,
      evidence: evidenceLine(
        renames.find((r) => r.from === from)!,
        'the same schema',
      ),
    });
  }
  for (const name of removedNames.filter((k) => !renamedFrom.has(k))) {
    const maybe = possibleRenameNote(
      'property',
      possible.filter((p) => p.from === name),
    );
    walk.emit({
      kind: 'property-removed',
      effect: isClosed(n) ? 'narrowed' : 'widened',
      path: [...path, name],
      keyword: 'properties',
      before: before[name],
      required: requiredBefore.has(name),
      closed: isClosed(n),
      detail: `property "${name}" removed${isClosed(n) ? ' (the object is closed: sending it is now an error)' : ''}`,
      probes: [sample(before[name])],
      oldNode: before[name],
      newNode: undefined,
      ...(maybe ? { possibleRename: maybe } : {}),
    });
  }
  for (const name of addedNames.filter((k) => !renamedTo.has(k))) {
    const required = requiredAfter.has(name);
    walk.emit({
      kind: 'property-added',
      effect: required ? 'narrowed' : 'widened',
      path: [...path, name],
      keyword: 'properties',
      after: after[name],
      required,
      closed: isClosed(o),
      hasDefault: isObject(after[name]) && 'default' in after[name],
      detail: `${required ? 'required' : 'optional'} property "${name}" added`,
      probes: [sample(after[name])],
      oldNode: undefined,
      newNode: after[name],
    });
  }
  for (const name of [...requiredAfter].filter(
    (k) => !requiredBefore.has(k) && !(k in after && !(k in before)) && !renamedTo.has(k),
  )) {
    walk.emit({
      kind: 'became-required',
      effect: 'narrowed',
      path: [...path, name],
      keyword: 'required',
      hasDefault: isObject(after[name]) && 'default' in after[name],
      detail: `property "${name}" became required`,
      oldNode: before[name],
      newNode: after[name],
    });
  }
  for (const name of [...requiredBefore].filter(
    (k) => !requiredAfter.has(k) && !(k in before && !(k in after)) && !renamedFrom.has(k),
  )) {
    walk.emit({
      kind: 'became-optional',
      effect: 'widened',
      path: [...path, name],
      keyword: 'required',
      detail: `property "${name}" became optional`,
      oldNode: before[name],
      newNode: after[name],
    });
  }
  for (const name of Object.keys(before)) {
    if (name in after) walk.visit(before[name], after[name], [...path, name]);
  }
}

function compareDependencies(walk: Walk, o: SchemaNode, n: SchemaNode, path: string[]): void {
  const split = (node: SchemaNode) => {
    const required: Record<string, unknown> = { ...(isObject(node.dependentRequired) ? node.dependentRequired : {}) };
    const schemas: Record<string, unknown> = { ...(isObject(node.dependentSchemas) ? node.dependentSchemas : {}) };
    // Draft 7 `dependencies` mixes both forms.
    if (isObject(node.dependencies))
      for (const [k, v] of Object.entries(node.dependencies)) (Array.isArray(v) ? required : schemas)[k] = v;
    return { required, schemas };
  };
  const [b, a] = [split(o), split(n)];
  for (const key of new Set([...Object.keys(b.required), ...Object.keys(a.required)])) {
    const list = (value: unknown) => new Set(Array.isArray(value) ? value.map(String) : []);
    const [before, after] = [list(b.required[key]), list(a.required[key])];
    const added = [...after].filter((x) => !before.has(x));
    const removed = [...before].filter((x) => !after.has(x));
    if (added.length)
      walk.emit({
        kind: 'conditional',
        effect: 'narrowed',
        path,
        keyword: 'dependentRequired',
        before: [...before],
        after: [...after],
        detail: `when "${key}" is present, ${added.map((x) => `"${x}"`).join(', ')} must now be present too`,
        probes: [sampleWith(o, key)],
        oldNode: o,
        newNode: n,
      });
    if (removed.length)
      walk.emit({
        kind: 'conditional',
        effect: 'widened',
        path,
        keyword: 'dependentRequired',
        before: [...before],
        after: [...after],
        detail: `when "${key}" is present, ${removed.map((x) => `"${x}"`).join(', ')} no longer must be`,
        oldNode: o,
        newNode: n,
      });
  }
  for (const key of new Set([...Object.keys(b.schemas), ...Object.keys(a.schemas)])) {
    const [before, after] = [b.schemas[key], a.schemas[key]];
    if (before !== undefined && after !== undefined) walk.visit(before, after, path);
    else
      walk.emit({
        kind: 'conditional',
        effect: after !== undefined ? 'narrowed' : 'widened',
        path,
        keyword: 'dependentSchemas',
        before,
        after,
        detail: `dependent schema for "${key}" ${after !== undefined ? 'added' : 'removed'}`,
        probes: [sampleWith(o, key)],
        oldNode: o,
        newNode: n,
      });
  }
}

/** Whether two plain values are equal as JSON. */
export const sameData = (a: unknown, b: unknown) => dataKey(a) === dataKey(b);
