// The JSON Schema vocabulary mcpver knows, grouped by how a keyword affects the accepted values: used by
// the comparison (compat/schema/) and by the canonical form that snapshots and the comparison share.

/** Keywords that never change which values validate: compared only as documentation (drift) or not at all. */
export const ANNOTATION_KEYWORDS = new Set([
  'title',
  'description',
  '$comment',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'contentMediaType',
  'contentEncoding',
  'contentSchema',
]);

/** Keywords about identity and reference bookkeeping: after dereferencing they say nothing about values. */
export const BOOKKEEPING_KEYWORDS = new Set([
  '$schema',
  '$id',
  'id',
  '$anchor',
  '$dynamicAnchor',
  '$recursiveAnchor',
  '$vocabulary',
  '$defs',
  'definitions',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
]);

/** Lower bounds: raising one rejects values that passed. */
export const LOWER_BOUNDS = [
  'minimum',
  'exclusiveMinimum',
  'minLength',
  'minItems',
  'minProperties',
  'minContains',
] as const;
/** Upper bounds: lowering one rejects values that passed. */
export const UPPER_BOUNDS = [
  'maximum',
  'exclusiveMaximum',
  'maxLength',
  'maxItems',
  'maxProperties',
  'maxContains',
] as const;

/** Keywords the comparator handles itself, each in its own module. */
export const HANDLED_KEYWORDS = new Set([
  'type',
  'enum',
  'const',
  'nullable',
  ...LOWER_BOUNDS,
  ...UPPER_BOUNDS,
  'multipleOf',
  'uniqueItems',
  'pattern',
  'format',
  'default',
  'properties',
  'required',
  'additionalProperties',
  'unevaluatedProperties',
  'patternProperties',
  'propertyNames',
  'dependentRequired',
  'dependentSchemas',
  'dependencies',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'contains',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
]);

/** A keyword mcpver does not know: kept and compared as an opaque value, and flagged when it changes. */
export function isUnknownKeyword(keyword: string): boolean {
  return !HANDLED_KEYWORDS.has(keyword) && !ANNOTATION_KEYWORDS.has(keyword) && !BOOKKEEPING_KEYWORDS.has(keyword);
}

/** Whether the value of `keyword` is itself a schema whose own annotations may be compared (for the canonical form). */
export const VALUE_KEYWORDS = new Set([
  'enum',
  'const',
  'default',
  'examples',
  'required',
  'dependentRequired',
  'type',
]);

/** Keywords whose value maps names (property names, patterns, definition names) to schemas. */
export const SCHEMA_MAPS = new Set([
  'properties',
  'patternProperties',
  'dependentSchemas',
  'dependencies',
  '$defs',
  'definitions',
]);

/** Keywords whose value is a schema or a list of schemas. */
export const SCHEMA_VALUES = new Set([
  'additionalProperties',
  'unevaluatedProperties',
  'propertyNames',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'contains',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
]);
