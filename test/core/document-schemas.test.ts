// The schemas of the documents mcpver reads (config, captures and snapshots, A/B test definitions)
// are compiled without a meta-schema check at run time (src/lazy-validator.ts): they are checked here.
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { abTestSchema } from '../../src/ab/test.ts';
import { configSchema } from '../../src/config.ts';
import { captureSchema, snapshotSchema } from '../../src/surface/snapshot-schema.ts';

describe("mcpver's own document schemas", () => {
  it.each([
    ['the config file', configSchema],
    ['a capture of MCP list results', captureSchema],
    ['a snapshot', snapshotSchema],
    ['an A/B test definition', abTestSchema],
  ])('%s is valid JSON Schema (draft-07)', (_name, schema) => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema(schema), ajv.errorsText(ajv.errors)).toBe(true);
  });

  it('the meta-schema check would catch a broken one', () => {
    const ajv = new Ajv({ strict: false });
    expect(ajv.validateSchema({ type: 'object', properties: { id: { type: 'strnig' } } })).toBe(false);
  });
});
