// Validates the double's responses against GitHub's published OpenAPI description
// (@octokit/openapi), so the double cannot drift from the shapes real clients receive.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

let cached: { doc: any; ajv: Ajv; validators: Map<string, ValidateFunction | null> } | null = null;

function load() {
  if (!cached) {
    const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
    addFormats(ajv);
    // The whole description under one id, so `#/components/...` references resolve inside it.
    ajv.addSchema(nullableWithoutType(doc), 'github');
    cached = { doc, ajv, validators: new Map() };
  }
  return cached;
}

/**
 * OpenAPI 3.0's `nullable: true` beside `allOf`/`anyOf` (no `type`) is not JSON Schema; Ajv refuses it.
 * Rewrite such nodes as "the schema, or null", which is what the description means.
 */
function nullableWithoutType(node: any): any {
  if (Array.isArray(node)) return node.map(nullableWithoutType);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = nullableWithoutType(value);
  if (out.nullable === true && out.type === undefined) {
    delete out.nullable;
    return { anyOf: [out, { type: 'null' }] };
  }
  return out;
}

const normalize = (template: string) => template.replace(/\{[^}]+\}/g, '{}');
const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The OpenAPI path template of the description that matches ours (parameter names may differ). */
function findPath(doc: any, operation: string): string | undefined {
  return Object.keys(doc.paths).find((p) => normalize(p) === normalize(operation));
}

export interface ValidationResult {
  valid: boolean;
  /** Why it is invalid, or why it could not be checked. */
  errors: string[];
}

export function validateResponse(operation: string, method: string, status: number, body: unknown): ValidationResult {
  const { doc, ajv, validators } = load();
  const path = findPath(doc, operation);
  if (!path) return { valid: false, errors: [`no operation ${method} ${operation} in GitHub's OpenAPI description`] };
  const op = doc.paths[path][method.toLowerCase()];
  if (!op) return { valid: false, errors: [`no ${method} on ${path} in GitHub's OpenAPI description`] };
  const response = op.responses[String(status)];
  if (!response) return { valid: false, errors: [`${method} ${path} does not document status ${status}`] };
  const key = `${method} ${path} ${status}`;
  if (!validators.has(key)) {
    const resolved = response.$ref ? doc.components.responses[response.$ref.split('/').pop()] : response;
    const hasSchema = Boolean(resolved?.content?.['application/json']?.schema);
    const ref = response.$ref
      ? `github#/components/responses/${pointer(response.$ref.split('/').pop())}/content/application~1json/schema`
      : `github#/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/application~1json/schema`;
    validators.set(key, hasSchema ? ajv.compile({ $ref: ref }) : null);
  }
  const validate = validators.get(key);
  // A documented status without a schema (many 4xx) constrains only the status; GitHub still sends its error body.
  if (!validate) return { valid: true, errors: [] };
  const valid = validate(body) as boolean;
  return {
    valid,
    errors: valid ? [] : (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '(root)'} ${e.message}`),
  };
}
