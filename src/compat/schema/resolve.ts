// Resolves `$ref` (to `$defs`, `definitions` or any JSON pointer in the same document) with
// @apidevtools/json-schema-ref-parser, synchronously, so that the diff stays a pure function.

import {
  $RefParser,
  $Refs,
  dereferenceInternal,
  getJsonSchemaRefParserDefaultOptions,
} from '@apidevtools/json-schema-ref-parser';
import type { JsonSchema } from '../../surface/types.ts';

/** A schema with every reference replaced by its target. Recursive schemas become object cycles. */
export interface ResolvedSchema {
  schema: JsonSchema;
  /** Whether the schema refers to itself (the walk must then remember the pairs it has seen). */
  circular: boolean;
  /** Why a reference could not be resolved; the schema is then compared with the `$ref` left as written. */
  error?: string;
}

// A base URL that can never be fetched: tool schemas are single documents, and a reference that leaves
// the document is reported, never followed over the network.
const BASE = 'https://schema.mcpver.invalid/tool.json';

export function resolveSchema(schema: unknown): ResolvedSchema {
  if (typeof schema === 'boolean') return { schema, circular: false };
  if (!isObject(schema))
    return { schema: {}, circular: false, error: `a schema must be an object or a boolean, not ${describe(schema)}` };
  if (!hasReference(schema)) return { schema, circular: false };
  // The parser's public entry points are asynchronous only because they may read files or URLs; for a
  // document already in memory we set up its reference table the way `parse` does and run its
  // (synchronous) dereference step.
  const parser = new $RefParser() as unknown as { $refs: $Refs; schema: unknown };
  parser.$refs = new $Refs();
  const root = (parser.$refs as unknown as { _add(path: string): { value: unknown; pathType: string } })._add(BASE);
  root.value = structuredClone(schema);
  root.pathType = 'http';
  parser.schema = root.value;
  const options = {
    ...getJsonSchemaRefParserDefaultOptions(),
    resolve: { external: false },
    dereference: { circular: true, maxDepth: 2000 },
  };
  try {
    dereferenceInternal(parser as never, options as never);
    return {
      schema: parser.schema as JsonSchema,
      circular: Boolean((parser.$refs as unknown as { circular: boolean }).circular),
    };
  } catch (error) {
    return { schema, circular: false, error: `cannot resolve a reference: ${(error as Error).message}` };
  }
}

/** Whether any object in the document has a `$ref` (or `$dynamicRef`) key. */
function hasReference(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasReference);
  if (!isObject(value)) return false;
  if ('$ref' in value || '$dynamicRef' in value) return true;
  for (const key in value) if (hasReference(value[key])) return true;
  return false;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
