// JSON Schema validation with ajv, for witnesses and for reporting invalid schemas. One set of ajv
// instances per diff, so that compiled schemas are freed with it. The draft is chosen from `$schema`
// (draft-07 when absent, what the SDK's zod conversion writes; 2020-12 when the schema uses its keywords).

import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject } from './resolve.ts';
import { dataKey } from '../../json-schema/canonical.ts';
import { ANNOTATION_KEYWORDS, SCHEMA_MAPS, SCHEMA_VALUES } from '../../json-schema/keywords.ts';

type Draft = 'draft-07' | '2019' | '2020';
type AnyAjv = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2019> | InstanceType<typeof Ajv2020>;
const addFormats = addFormatsModule as unknown as (ajv: AnyAjv) => void;

/**
 * Compiling dominates the cost of a witness (ajv generates code per schema). A diff spends at most
 * this long searching for witnesses; later major changes are reported without one, and say so.
 */
export const WITNESS_BUDGET_MS = 3000;

export interface Compiled {
  validate?: ValidateFunction;
  /** Why the schema cannot be compiled (it is not valid JSON Schema). */
  error?: string;
}

const LATER_KEYWORDS = new Set([
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'unevaluatedProperties',
  'unevaluatedItems',
  'minContains',
  'maxContains',
  '$dynamicRef',
  '$defs',
]);

/** Whether any object in the schema uses a keyword that only exists since 2019-09. */
function usesLaterKeywords(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(usesLaterKeywords);
  if (!isObject(value)) return false;
  for (const key in value) if (LATER_KEYWORDS.has(key) || usesLaterKeywords(value[key])) return true;
  return false;
}

/** The schema without the keywords that never change validation (descriptions, titles, examples). */
function withoutAnnotations(value: unknown, isSchema: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutAnnotations(v, isSchema));
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (isSchema && (ANNOTATION_KEYWORDS.has(key) || key === 'default')) continue;
    if (SCHEMA_MAPS.has(key) && isObject(child))
      out[key] = Object.fromEntries(
        Object.entries(child).map(([k, v]) => [k, Array.isArray(v) ? v : withoutAnnotations(v, true)]),
      );
    else out[key] = SCHEMA_VALUES.has(key) ? withoutAnnotations(child, true) : child;
  }
  return out;
}

const AJV_OPTIONS = {
  strict: false,
  allErrors: false,
  validateFormats: true,
  logger: false,
  code: { optimize: false },
} as const;

function newAjv(kind: Draft, options: { validateSchema?: boolean } = {}): AnyAjv {
  const all = { ...AJV_OPTIONS, ...options };
  const ajv = kind === '2020' ? new Ajv2020(all) : kind === '2019' ? new Ajv2019(all) : new Ajv(all);
  addFormats(ajv);
  return ajv;
}

/**
 * Checking a schema against its meta-schema compiles the meta-schema first (tens of milliseconds):
 * one instance per draft for the whole process does that once. It compiles nothing else, so it
 * holds nothing of any diff.
 */
const metaInstances: Partial<Record<Draft, AnyAjv>> = {};
function metaAjv(kind: Draft): AnyAjv {
  return (metaInstances[kind] ??= newAjv(kind));
}

export class Validators {
  private readonly instances: Partial<Record<Draft, AnyAjv>> = {};
  private readonly compiled = new WeakMap<object, Compiled>();
  /** Compiled validators by schema text without annotations: tools that validate alike compile once. */
  private readonly byText = new Map<string, Compiled>();
  private readonly drafts = new WeakMap<object, Draft[]>();
  /** Milliseconds spent compiling and validating for witnesses so far. */
  spentMs = 0;

  get budgetLeft(): boolean {
    return this.spentMs < WITNESS_BUDGET_MS;
  }

  private ajv(kind: Draft): AnyAjv {
    // `optimize: false` (AJV_OPTIONS): a witness validates a few dozen values, so fast compilation beats fast code.
    // No meta-schema of its own: `compile` checks each schema with metaAjv before compiling it.
    return (this.instances[kind] ??= newAjv(kind, { validateSchema: false }));
  }

  private draftOf(schema: Record<string, unknown>): Draft[] {
    let found = this.drafts.get(schema);
    if (!found) {
      const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
      if (declared.includes('2020-12')) found = ['2020'];
      else if (declared.includes('2019-09')) found = ['2019'];
      else if (/draft-0[4-7]/.test(declared)) found = ['draft-07'];
      // Without `$schema`, keywords that only exist since 2019-09 say which dialect the author wrote in.
      else found = usesLaterKeywords(schema) ? ['2020', 'draft-07'] : ['draft-07', '2020'];
      this.drafts.set(schema, found);
    }
    return found;
  }

  /** Compile a schema as written (ajv resolves its `$ref`s itself); cached per schema object and per text. */
  compile(schema: unknown): Compiled {
    if (typeof schema === 'boolean') return { validate: this.ajv('draft-07').compile(schema) };
    if (!isObject(schema)) return { error: 'the schema is not an object' };
    const cached = this.compiled.get(schema);
    if (cached) return cached;
    // `$schema` picks the ajv class; ajv itself would refuse a meta-schema URI it does not hold.
    const { $schema: _declared, $id: _id, id: _legacyId, ...rest } = schema;
    const body = withoutAnnotations(rest, true) as Record<string, unknown>;
    const text = `${this.draftOf(schema).join()}|${dataKey(body)}`;
    let result = this.byText.get(text);
    if (!result) {
      result = {};
      for (const draft of this.draftOf(schema)) {
        const meta = metaAjv(draft);
        try {
          if (!meta.validateSchema(body)) {
            result = { error: meta.errorsText(meta.errors, { dataVar: 'schema' }) };
            continue;
          }
          result = { validate: this.ajv(draft).compile(body) };
          break;
        } catch (error) {
          result = { error: (error as Error).message };
        }
      }
      this.byText.set(text, result);
    }
    this.compiled.set(schema, result);
    return result;
  }

  /** Why a schema is not valid JSON Schema (checked against its meta-schema only, without compiling), or undefined. */
  schemaError(schema: unknown): string | undefined {
    if (typeof schema === 'boolean') return undefined;
    if (!isObject(schema)) return 'the schema is not an object';
    const { $schema: _declared, $id: _id, id: _legacyId, ...body } = schema;
    let error: string | undefined;
    for (const draft of this.draftOf(schema)) {
      const meta = metaAjv(draft);
      try {
        if (meta.validateSchema(body)) return undefined;
        error = meta.errorsText(meta.errors, { dataVar: 'schema' });
      } catch (e) {
        error = (e as Error).message;
      }
    }
    return error;
  }
}

/**
 * ajv's first error, in one line a person reads: `missing required property "limit"`,
 * `"query" must be string`, `"filter" has property "mode", which is not allowed`.
 */
export function firstError(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0];
  if (!error) return 'rejected';
  const pointer = error.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const joined = pointer.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
  const at = joined ? `"${joined}"` : '';
  const params = error.params as { missingProperty?: string; additionalProperty?: string };
  if (error.keyword === 'required' && params.missingProperty !== undefined)
    return `${at ? `${at} is ` : ''}missing required property "${params.missingProperty}"`;
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined)
    return `${at ? `${at} has` : 'has'} property "${params.additionalProperty}", which is not allowed`;
  return `${at || 'the value'} ${error.message ?? `fails ${error.keyword}`}`;
}
