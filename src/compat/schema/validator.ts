// JSON Schema validation with ajv, for witnesses and for reporting invalid schemas. The draft is
// chosen from `$schema` (draft-07 when absent, since that is what the SDK's zod conversion writes,
// falling back to 2020-12 when draft-07 cannot compile it).

import { Ajv, type ValidateFunction, type ErrorObject } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { isObject } from './resolve.ts';

type AnyAjv = InstanceType<typeof Ajv> | InstanceType<typeof Ajv2019> | InstanceType<typeof Ajv2020>;
const addFormats = addFormatsModule as unknown as (ajv: AnyAjv) => void;

function make(kind: 'draft-07' | '2019' | '2020'): AnyAjv {
  const options = { strict: false, allErrors: false, validateFormats: true, logger: false } as const;
  const ajv = kind === '2020' ? new Ajv2020(options) : kind === '2019' ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv);
  return ajv;
}

const instances: Partial<Record<'draft-07' | '2019' | '2020', AnyAjv>> = {};
const ajvFor = (kind: 'draft-07' | '2019' | '2020') => (instances[kind] ??= make(kind));

export interface Compiled {
  validate?: ValidateFunction;
  /** Why the schema cannot be compiled (it is not valid JSON Schema). */
  error?: string;
}

const cache = new WeakMap<object, Compiled>();

const LATER_KEYWORDS = /"(prefixItems|dependentRequired|dependentSchemas|unevaluatedProperties|unevaluatedItems|minContains|maxContains|\$dynamicRef|\$defs)"/;

function draftOf(schema: Record<string, unknown>): ('draft-07' | '2019' | '2020')[] {
  const declared = typeof schema.$schema === 'string' ? schema.$schema : '';
  if (declared.includes('2020-12')) return ['2020'];
  if (declared.includes('2019-09')) return ['2019'];
  if (/draft-0[4-7]/.test(declared)) return ['draft-07'];
  // Without `$schema`, keywords that only exist since 2019-09 say which dialect the author wrote in.
  return LATER_KEYWORDS.test(JSON.stringify(schema)) ? ['2020', 'draft-07'] : ['draft-07', '2020'];
}

/** Compile a schema (as written, with its `$ref`s); the result is cached per schema object. */
export function compile(schema: unknown): Compiled {
  if (typeof schema === 'boolean') return { validate: ajvFor('draft-07').compile(schema) };
  if (!isObject(schema)) return { error: 'the schema is not an object' };
  const cached = cache.get(schema);
  if (cached) return cached;
  // `$schema` picks the ajv class; ajv itself would refuse a meta-schema URI it does not hold.
  const { $schema: _declared, $id: _id, id: _legacyId, ...body } = schema;
  let result: Compiled = {};
  for (const draft of draftOf(schema)) {
    const ajv = ajvFor(draft);
    try {
      if (!ajv.validateSchema(body)) {
        result = { error: ajv.errorsText(ajv.errors, { dataVar: 'schema' }) };
        continue;
      }
      result = { validate: ajv.compile(body) };
      break;
    } catch (error) {
      result = { error: (error as Error).message };
    }
  }
  cache.set(schema, result);
  return result;
}

/** ajv's first error, in one line: `/query must be string`. */
export function firstError(errors: ErrorObject[] | null | undefined): string {
  const error = errors?.[0];
  if (!error) return 'rejected';
  const extra = error.keyword === 'additionalProperties' ? ` ("${String((error.params as { additionalProperty?: string }).additionalProperty)}")` : '';
  return `${error.instancePath || '/'} ${error.message ?? error.keyword}${extra}`;
}

/** Why a schema is not valid JSON Schema (checked against its meta-schema only, without compiling), or undefined. */
export function schemaError(schema: unknown): string | undefined {
  if (typeof schema === 'boolean') return undefined;
  if (!isObject(schema)) return 'the schema is not an object';
  const { $schema: _declared, $id: _id, id: _legacyId, ...body } = schema;
  let error: string | undefined;
  for (const draft of draftOf(schema)) {
    const ajv = ajvFor(draft);
    try {
      if (ajv.validateSchema(body)) return undefined;
      error = ajv.errorsText(ajv.errors, { dataVar: 'schema' });
    } catch (e) {
      error = (e as Error).message;
    }
  }
  return error;
}
