// Reading one schema node: boolean schemas as objects, the types it admits, its enum, its openness.

import { isObject } from './resolve.ts';
import { canonical } from '../../json-schema/canonical.ts';

export type SchemaNode = Record<string, unknown>;

export const ALL_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'] as const;

/** `true` accepts everything (`{}`), `false` nothing (`{ not: {} }`); anything else that is not an object is treated as `{}` (reported elsewhere). */
export function asNode(schema: unknown): SchemaNode {
  if (schema === false) return { not: {} };
  return isObject(schema) ? schema : {};
}

/** Whether a node rejects every value: `{ not: {} }` or `{ not: true }` (how `false` and `z.undefined()` are written). */
export function acceptsNothing(node: SchemaNode): boolean {
  return node.not === true || (isObject(node.not) && Object.keys(node.not).length === 0);
}

const jsonType = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'array'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value === 'number'
          ? 'number'
          : typeof value;

/** The enum a node restricts to (`const` is a one-value enum), or null when unrestricted. */
export function enumOf(node: SchemaNode): unknown[] | null {
  if ('const' in node) return [node.const];
  return Array.isArray(node.enum) ? node.enum : null;
}

/** The JSON types a node admits, or null when it does not restrict types. */
export function typesOf(node: SchemaNode): Set<string> | null {
  if (typeof node.type === 'string') return new Set([node.type]);
  if (Array.isArray(node.type)) return new Set(node.type.filter((t): t is string => typeof t === 'string'));
  const values = enumOf(node);
  if (values) return new Set(values.map(jsonType));
  return null;
}

/** Whether a type set admits values of type `t` (`number` admits `integer`). */
export function admits(types: Set<string> | null, t: string): boolean {
  return types === null || types.has(t) || (t === 'integer' && types.has('number'));
}

/** The alternatives of an `anyOf`/`oneOf`, or null. */
export function alternativesOf(node: SchemaNode): { keyword: 'anyOf' | 'oneOf'; list: unknown[] } | null {
  if (Array.isArray(node.anyOf)) return { keyword: 'anyOf', list: node.anyOf };
  if (Array.isArray(node.oneOf)) return { keyword: 'oneOf', list: node.oneOf };
  return null;
}

const isNullOnly = (alt: unknown) =>
  isObject(alt) &&
  alt.type === 'null' &&
  Object.keys(alt).every((k) => k === 'type' || k === 'description' || k === 'title');
const VALUE_COMBINATORS = ['enum', 'const', 'anyOf', 'oneOf', 'allOf', 'not', 'if'];

/**
 * Zod 3 writes a nullable string as `type: ["string","null"]`, zod 4 as `anyOf: [{type:"string"},{type:"null"}]`,
 * OpenAPI as `nullable: true`. They accept the same values, so they are brought to the first form before
 * comparing; an upgrade of zod is then not a change.
 */
export function normalizeNullable(node: SchemaNode): SchemaNode {
  if (node.nullable === true && node.type !== undefined) {
    const { nullable: _drop, ...rest } = node;
    const types = Array.isArray(node.type) ? node.type : [node.type];
    return types.includes('null') ? rest : { ...rest, type: [...types, 'null'] };
  }
  const alts = alternativesOf(node);
  if (!alts || alts.list.length !== 2) return node;
  const nullAt = alts.list.findIndex(isNullOnly);
  const other = alts.list[1 - nullAt];
  if (nullAt < 0 || !isObject(other) || typeof other.type !== 'string') return node;
  if (VALUE_COMBINATORS.some((k) => k in other)) return node;
  const { [alts.keyword]: _drop, ...outer } = node;
  if (
    Object.keys(outer).some(
      (k) => !['description', 'title', 'default', 'examples', '$comment', 'deprecated'].includes(k),
    )
  )
    return node;
  return { ...other, ...outer, type: [other.type, 'null'] };
}

/** Whether an object node rejects properties it does not name. */
export function isClosed(node: SchemaNode): boolean {
  return node.additionalProperties === false || node.unevaluatedProperties === false;
}

export function propertiesOf(node: SchemaNode): Record<string, unknown> {
  return isObject(node.properties) ? node.properties : {};
}

export function requiredOf(node: SchemaNode): Set<string> {
  return new Set(Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : []);
}

/**
 * Spellings that accept the same values, brought to one form so that a converter upgrade (zod 3 → 4)
 * is not a change: bounds at or beyond ±2^53-1 (zod 4 writes them for `.int()`), `propertyNames` that
 * only says names are strings (they always are), and the rest of a tuple that `maxItems` already forbids.
 */
export function normalizeEquivalents(input: SchemaNode): SchemaNode {
  const node = mergeAllOf(input);
  let out = node;
  const drop = (key: string) => {
    if (out === node) out = { ...node };
    delete out[key];
  };
  for (const key of ['minimum', 'exclusiveMinimum'])
    if (typeof node[key] === 'number' && (node[key] as number) <= -Number.MAX_SAFE_INTEGER) drop(key);
  for (const key of ['maximum', 'exclusiveMaximum'])
    if (typeof node[key] === 'number' && (node[key] as number) >= Number.MAX_SAFE_INTEGER) drop(key);
  const names = node.propertyNames;
  if (
    names === true ||
    (typeof names === 'object' &&
      names !== null &&
      // `z.record(z.string().describe('…'), …)` carries the key's description: still any string.
      Object.keys(names).every((k) => k === 'type' || ANNOTATIONS.has(k)) &&
      (names as SchemaNode).type === 'string')
  )
    drop('propertyNames');
  const tuple = Array.isArray(node.prefixItems) ? node.prefixItems : Array.isArray(node.items) ? node.items : null;
  if (tuple && typeof node.maxItems === 'number' && node.maxItems <= tuple.length)
    drop(Array.isArray(node.prefixItems) ? 'items' : 'additionalItems');
  return out;
}

const ANNOTATIONS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'default',
]);

/**
 * `allOf` members (and a lone `anyOf`/`oneOf` member) folded into the node when no keyword conflicts:
 * pydantic 1 wrote `{allOf: [{$ref}], description}` where pydantic 2 writes `{$ref, description}`, and
 * both accept the same values. A member that would overwrite a keyword is left where it is.
 */
function mergeAllOf(node: SchemaNode): SchemaNode {
  const members = Array.isArray(node.allOf)
    ? node.allOf
    : Array.isArray(node.anyOf) && node.anyOf.length === 1
      ? node.anyOf
      : Array.isArray(node.oneOf) && node.oneOf.length === 1
        ? node.oneOf
        : null;
  if (
    !members ||
    members.length === 0 ||
    !members.every((m) => typeof m === 'object' && m !== null && !Array.isArray(m))
  )
    return node;
  const key = Array.isArray(node.allOf) ? 'allOf' : Array.isArray(node.anyOf) ? 'anyOf' : 'oneOf';
  const { [key]: _members, ...merged } = node as Record<string, unknown>;
  // additionalProperties only sees the properties beside it: with properties from several places, merging would change its meaning.
  const sources = [node, ...(members as Record<string, unknown>[])].filter(
    (m) => m.properties !== undefined || m.patternProperties !== undefined,
  );
  const closes = [node, ...(members as Record<string, unknown>[])].some(
    (m) => m.additionalProperties !== undefined || m.unevaluatedProperties !== undefined,
  );
  if (sources.length > 1 && closes) return node;
  for (const member of members as Record<string, unknown>[]) {
    for (const [k, v] of Object.entries(member)) {
      if (!(k in merged)) merged[k] = v;
      else if (ANNOTATIONS.has(k))
        continue; // the outer node's documentation wins
      else if (k === 'required' && Array.isArray(v) && Array.isArray(merged.required))
        merged.required = [...new Set([...(merged.required as unknown[]), ...v])];
      else if (
        k === 'properties' &&
        typeof v === 'object' &&
        v !== null &&
        typeof merged.properties === 'object' &&
        merged.properties !== null &&
        Object.keys(v).every((p) => !(p in (merged.properties as object)))
      ) {
        merged.properties = { ...(merged.properties as object), ...v };
      } else if (canonical(merged[k]) !== canonical(v)) return node;
    }
  }
  return merged;
}
