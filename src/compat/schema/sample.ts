// Small JSON values that a schema node accepts (as far as can be told without a solver). They are
// candidates only: a witness is claimed only after ajv has checked it against both schemas.

import { alternativesOf, asNode, enumOf, propertiesOf, requiredOf, typesOf, type SchemaNode } from './node.ts';
import * as randexpModule from 'randexp';
import { isObject } from './resolve.ts';

const MAX_DEPTH = 8;

interface RandomStrings {
  randInt(a: number, b: number): number;
  max: number;
  gen(): string;
}
// randexp is CommonJS: its class is the default export, one or two levels down depending on the loader.
const loaded = randexpModule as unknown as { default?: { default?: unknown } };
const RandExp = (loaded.default?.default ?? loaded.default ?? randexpModule) as unknown as new (
  pattern: RegExp,
) => RandomStrings;

const FORMAT_SAMPLES: Record<string, string> = {
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  iri: 'https://example.com/',
  url: 'https://example.com/',
  'date-time': '2020-01-01T00:00:00Z',
  date: '2020-01-01',
  time: '00:00:00Z',
  uuid: '00000000-0000-4000-8000-000000000000',
  ipv4: '127.0.0.1',
  ipv6: '::1',
  hostname: 'example.com',
  duration: 'P1D',
};

export function sample(schema: unknown, depth = 0): unknown {
  const node = asNode(schema);
  const types = typesOf(node);
  const first = types ? ([...types].find((t) => t !== 'null') ?? [...types][0]!) : null;
  return sampleOfType(node, first, depth);
}

/** A value of type `type` (or of the node's own choice when null) that the node accepts, where one is easy to find. */
export function sampleOfType(schema: unknown, type: string | null, depth = 0): unknown {
  const node = asNode(schema);
  const values = enumOf(node);
  if (values && values.length) return values[0];
  if ('default' in node && (type === null || typeof node.default === type)) return node.default;
  if (Array.isArray(node.examples) && node.examples.length) return node.examples[0];
  const alts = alternativesOf(node);
  if (alts && alts.list.length && depth < MAX_DEPTH) return sample(alts.list[0], depth + 1);
  if (Array.isArray(node.allOf) && depth < MAX_DEPTH) {
    const parts = node.allOf.map((part) => sample(part, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : parts[0];
  }
  const t = type ?? (isObject(node.properties) ? 'object' : node.items !== undefined ? 'array' : null);
  switch (t) {
    case 'object':
      return depth < MAX_DEPTH ? sampleObject(node, [...requiredOf(node)], depth) : {};
    case 'array':
      return valueOfSize('minItems', typeof node.minItems === 'number' ? node.minItems : 0, node, depth);
    case 'string':
      return sampleString(node);
    case 'integer':
    case 'number':
      return sampleNumber(node, t === 'integer');
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return null;
  }
}

function sampleObject(node: SchemaNode, names: string[], depth: number): Record<string, unknown> {
  const props = propertiesOf(node);
  const value: Record<string, unknown> = {};
  for (const name of names) value[name] = name in props ? sample(props[name], depth + 1) : null;
  return value;
}

/** An object the node accepts, with property `name` present as well. */
export function sampleWith(schema: unknown, name: string): unknown {
  const node = asNode(schema);
  return sampleObject(node, [...new Set([...requiredOf(node), name])], 0);
}

/** An object with every declared property (what a server that fills everything in would send). */
export function sampleFull(schema: unknown): unknown {
  const node = asNode(schema);
  return sampleObject(node, Object.keys(propertiesOf(node)), 0);
}

/**
 * Strings that match a JSON Schema pattern, drawn with randexp from a generator seeded by the pattern
 * (the same pattern always gives the same strings, so reports are reproducible). Empty when the
 * pattern is not a regular expression randexp can read.
 */
export function stringsMatching(pattern: unknown, count: number): string[] {
  if (typeof pattern !== 'string') return [];
  try {
    const generator = new RandExp(new RegExp(pattern, 'u'));
    let state = [...pattern].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 2166136261) || 1;
    // A small linear congruential generator instead of Math.random.
    generator.randInt = (a: number, b: number) => {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      return a + (state % (b - a + 1));
    };
    generator.max = 6;
    const out = new Set<string>();
    for (let i = 0; i < count * 3 && out.size < count; i += 1) out.add(generator.gen());
    return [...out];
  } catch {
    return [];
  }
}

function sampleString(node: SchemaNode): string {
  if (typeof node.format === 'string' && FORMAT_SAMPLES[node.format]) return FORMAT_SAMPLES[node.format]!;
  const [matching] = stringsMatching(node.pattern, 1);
  if (matching !== undefined) return matching;
  const min = typeof node.minLength === 'number' ? node.minLength : 1;
  const max = typeof node.maxLength === 'number' ? node.maxLength : Infinity;
  return 'a'.repeat(Math.min(Math.max(min, 1), max));
}

function sampleNumber(node: SchemaNode, integer: boolean): number {
  const step = typeof node.multipleOf === 'number' ? node.multipleOf : 1;
  const min =
    typeof node.minimum === 'number'
      ? node.minimum
      : typeof node.exclusiveMinimum === 'number'
        ? node.exclusiveMinimum + (integer ? 1 : step)
        : null;
  const max =
    typeof node.maximum === 'number'
      ? node.maximum
      : typeof node.exclusiveMaximum === 'number'
        ? node.exclusiveMaximum - (integer ? 1 : step)
        : null;
  let value = min ?? (max !== null && max < 0 ? max : 0);
  value = Math.ceil(value / step) * step;
  return integer ? Math.ceil(value) : value;
}

/** A string, array or object of the given size, for the size keyword family of `minKey`. */
export function valueOfSize(minKey: string, size: number, schema: unknown, depth = 0): unknown {
  const node = asNode(schema);
  const n = Math.max(0, Math.min(size, 10_000));
  if (minKey === 'minLength') return 'a'.repeat(n);
  if (minKey === 'minProperties') return Object.fromEntries(Array.from({ length: n }, (_, i) => [`p${i}`, null]));
  const item = Array.isArray(node.items) ? node.items[0] : node.items;
  // Distinct items where possible, so that uniqueItems does not reject a candidate by accident.
  return Array.from({ length: n }, (_, i) => {
    const value = sample(item, depth + 1);
    return typeof value === 'string' && !enumOf(asNode(item))
      ? `${value}${i || ''}`
      : typeof value === 'number' && !enumOf(asNode(item))
        ? value + i
        : value;
  });
}

/** More candidates from one node: each of its types, its enum values, its size edges, full objects. */
export function variants(schema: unknown): unknown[] {
  const node = asNode(schema);
  const out: unknown[] = [sample(node), sampleFull(node)];
  for (const t of typesOf(node) ?? ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'])
    out.push(
      sampleOfType(
        { ...node, enum: undefined, const: undefined, default: undefined, examples: undefined } as SchemaNode,
        t,
      ),
    );
  for (const v of enumOf(node) ?? []) out.push(v);
  const alts = alternativesOf(node);
  for (const alt of alts?.list ?? []) out.push(sample(alt), sampleFull(alt));
  return out;
}
