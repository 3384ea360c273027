// A JSON Schema validator that ajv compiles on its first use, not when its module loads. Compiling
// generates code (and checks the schema against its meta-schema): tens of milliseconds that every
// command used to pay at start-up for documents it never reads (a diff of captures reads no
// snapshot document, `mcpver --version` no config).

import { Ajv, type ErrorObject, type Options } from 'ajv';

export interface LazyValidator {
  (data: unknown): boolean;
  /** The errors of the last call, as ajv's ValidateFunction has them. */
  errors: ErrorObject[] | null | undefined;
}

/**
 * `schema` is one of mcpver's own, so it is not checked against the meta-schema here (that would
 * compile the meta-schema too, at every start): test/core/document-schemas.test.ts checks them.
 */
export function lazyValidator(schema: object, options: Options): LazyValidator {
  let compiled: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  const validate = ((data: unknown) => {
    compiled ??= new Ajv({ ...options, validateSchema: false }).compile(schema);
    const valid = compiled(data);
    validate.errors = compiled.errors;
    return valid;
  }) as LazyValidator;
  validate.errors = null;
  return validate;
}
