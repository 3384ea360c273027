// The JSON Schema comparison beyond one-rule fixtures: equivalent spellings are not changes ($defs
// refactors, zod 3 → 4 through the SDK's own conversion), recursion terminates, bad schemas are
// reported rather than fatal, duplicate tools are an error, and contested rules follow their switches.

import { describe, expect, it } from 'vitest';
import * as z4 from 'zod';
import * as z3 from 'zod/v3';
import { toJsonSchemaCompat } from '@modelcontextprotocol/sdk/server/zod-json-schema-compat.js';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { requiredBump } from '../../src/compat/report.ts';
import { DuplicateItemError } from '../../src/compat/schema/analysis.ts';
import { emptySnapshot, type McpTool, type Snapshot } from '../../src/surface/types.ts';

function withTools(...tools: McpTool[]): Snapshot {
  const snapshot = emptySnapshot();
  snapshot.mcp = { capabilities: { tools: {} }, tools, prompts: [], resources: [], resourceTemplates: [] };
  return snapshot;
}
const tool = (inputSchema: unknown, outputSchema?: unknown): McpTool => ({
  name: 'search',
  inputSchema: inputSchema as McpTool['inputSchema'],
  ...(outputSchema ? { outputSchema: outputSchema as McpTool['outputSchema'] } : {}),
});
const diffInputs = (a: unknown, b: unknown, ruleOptions = {}) =>
  diffSnapshots(withTools(tool(a)), withTools(tool(b)), { ruleOptions });
const diffOutputs = (a: unknown, b: unknown, ruleOptions = {}) =>
  diffSnapshots(withTools(tool({ type: 'object' }, a)), withTools(tool({ type: 'object' }, b)), { ruleOptions });

describe('equivalent schemas', () => {
  it('finds no contract change when the same zod shapes move from zod 3 to zod 4 (converted by the SDK)', () => {
    const shape = (z: typeof z4 | typeof z3) => {
      const zz = z as typeof z4;
      return zz.object({
        id: zz.string().uuid(),
        email: zz.string().email(),
        n: zz.number().int(),
        pos: zz.number().positive(),
        s: zz.string().min(1).max(10),
        when: zz.string().datetime(),
        kind: zz.enum(['a', 'b']),
        lit: zz.literal('x'),
        either: zz.union([zz.string(), zz.number()]),
        maybe: zz.string().nullable(),
        opt: zz.string().optional(),
        count: zz.number().default(3),
        list: zz.array(zz.string()).min(1),
        map: zz.record(zz.string(), zz.number()),
        strict: zz.object({ a: zz.string() }).strict(),
        pair: zz.tuple([zz.string(), zz.number()]),
      });
    };
    const convert = (schema: unknown) =>
      toJsonSchemaCompat(schema as never, { strictUnions: true, pipeStrategy: 'input' });
    const changes = diffInputs(convert(shape(z3)), convert(shape(z4)));
    expect(requiredBump(changes)).toBe('patch');
    expect(changes.map((c) => `${c.rule} ${c.subject}`).sort()).toEqual([
      'input-format-changed tool:search.input.email',
      'input-format-changed tool:search.input.id',
      'input-format-changed tool:search.input.when',
      'input-object-opened tool:search.input',
    ]);
  });

  it('finds no change when inline schemas move into $defs behind $ref', () => {
    const inline = {
      type: 'object',
      properties: { filter: { type: 'object', properties: { tag: { type: 'string' } }, required: ['tag'] } },
    };
    const refactored = {
      type: 'object',
      properties: { filter: { $ref: '#/$defs/Filter' } },
      $defs: { Filter: { type: 'object', properties: { tag: { type: 'string' } }, required: ['tag'] } },
    };
    expect(diffInputs(inline, refactored)).toEqual([]);
  });

  it('finds no change when a recursive definition is renamed and moved from definitions to $defs', () => {
    const a = {
      type: 'object',
      properties: { root: { $ref: '#/definitions/Node' } },
      definitions: {
        Node: {
          type: 'object',
          properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } } },
        },
      },
    };
    const b = {
      type: 'object',
      properties: { root: { $ref: '#/$defs/TreeNode' } },
      $defs: {
        TreeNode: {
          type: 'object',
          properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/TreeNode' } } },
        },
      },
    };
    expect(diffInputs(a, b)).toEqual([]);
  });

  it('finds no change when pydantic 1 wrapping ({allOf: [{$ref}]}) becomes pydantic 2 ($ref with siblings)', () => {
    const filter = {
      title: 'Filter',
      type: 'object',
      properties: { tag: { title: 'Tag', type: 'string' } },
      required: ['tag'],
    };
    const v1 = {
      title: 'searchArguments',
      type: 'object',
      properties: {
        filter: { title: 'Filter', description: 'What to keep', allOf: [{ $ref: '#/definitions/Filter' }] },
      },
      required: ['filter'],
      definitions: { Filter: filter },
    };
    const v2 = {
      title: 'searchArguments',
      type: 'object',
      properties: { filter: { $ref: '#/$defs/Filter', description: 'What to keep' } },
      required: ['filter'],
      $defs: { Filter: filter },
    };
    expect(diffInputs(v1, v2)).toEqual([]);
    expect(
      diffInputs(
        { type: 'object', properties: { q: { anyOf: [{ type: 'string' }] } } },
        { type: 'object', properties: { q: { type: 'string' } } },
      ),
    ).toEqual([]);
  });

  it('keeps an allOf whose members close over different properties (merging would change what they accept)', () => {
    const split = {
      type: 'object',
      allOf: [
        { properties: { a: { type: 'string' } }, additionalProperties: false },
        { properties: { b: { type: 'string' } } },
      ],
    };
    const merged = {
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      additionalProperties: false,
    };
    const levels = diffInputs(split, merged).map((c) => c.level);
    expect(levels).toContain('minor');
    expect(levels).not.toContain('major');
  });

  it('reads a record keyed by a described string (zod 4 writes it as propertyNames) as the open map zod 3 wrote', () => {
    const record = (zod: typeof z4 | typeof z3) =>
      toJsonSchemaCompat(
        (zod as typeof z4).object({
          fields: (zod as typeof z4).record(
            (zod as typeof z4).string().describe('A field code'),
            (zod as typeof z4).number(),
          ),
        }),
      );
    const before = record(z3);
    const after = record(z4);
    expect(JSON.stringify(after)).toContain('propertyNames');
    // zod 4 no longer closes the top object (a patch, input-object-opened); the record's keys are no change.
    expect(diffInputs(before, after).map((c) => c.rule)).toEqual(['input-object-opened']);
    // A real restriction of the names is still a change.
    const restricted = {
      type: 'object',
      properties: {
        fields: { type: 'object', propertyNames: { pattern: '^[a-z]+$' }, additionalProperties: { type: 'number' } },
      },
    };
    expect(diffInputs(before, restricted).map((c) => c.level)).toContain('major');
  });

  it('reads a nullable written three ways (type list, anyOf with null, OpenAPI nullable) as the same', () => {
    const forms = [
      { type: ['string', 'null'] },
      { anyOf: [{ type: 'string' }, { type: 'null' }] },
      { type: 'string', nullable: true },
    ];
    for (const a of forms)
      for (const b of forms) {
        expect(diffInputs({ type: 'object', properties: { q: a } }, { type: 'object', properties: { q: b } })).toEqual(
          [],
        );
      }
  });
});

describe('recursive schemas', () => {
  const tree = (node: object) => ({
    type: 'object',
    properties: { root: { $ref: '#/$defs/Node' } },
    required: ['root'],
    $defs: { Node: node },
  });
  it('terminates and reports a change inside the recursion once, with a verified witness', () => {
    const before = tree({
      type: 'object',
      properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#/$defs/Node' } } },
    });
    const after = tree({
      type: 'object',
      properties: {
        label: { type: 'string' },
        id: { type: 'integer' },
        children: { type: 'array', items: { $ref: '#/$defs/Node' } },
      },
      required: ['id'],
    });
    const changes = diffInputs(before, after);
    expect(changes.map((c) => `${c.level} ${c.rule} ${c.subject}`)).toEqual([
      'major input-required-property-added tool:search.input.root.id',
    ]);
    expect(changes[0]!.witness).toEqual({
      kind: 'json',
      value: { root: {} },
      error: '"root" is missing required property "id"',
    });
  });
});

describe('schemas that are wrong', () => {
  it('reports a $ref that points nowhere, and still compares the rest', () => {
    const changes = diffInputs(
      { type: 'object', properties: { q: { type: 'string' } } },
      { type: 'object', properties: { q: { type: 'string' }, f: { $ref: '#/$defs/Missing' } } },
    );
    expect(changes.map((c) => c.rule).sort()).toEqual(['input-optional-property-added', 'schema-invalid']);
    expect(changes.find((c) => c.rule === 'schema-invalid')!.message).toMatch(
      /Tool "search": the input schema cannot resolve a reference: .*Missing/,
    );
  });

  it.each([
    ['a string', 'object'],
    ['an array', []],
    ['null', null],
  ])('reports an input schema that is %s instead of failing', (_label, schema) => {
    const changes = diffInputs({ type: 'object' }, schema);
    const invalid = changes.filter((c) => c.rule === 'schema-invalid');
    expect(invalid.length).toBeGreaterThan(0);
    expect(invalid[0]!.message).toMatch(
      /^Tool "search": the input schema is (a string|an array|null), not a JSON Schema object$/,
    );
  });

  it('keeps unknown keywords: unchanged they are nothing, changed they are a flagged patch', () => {
    const a = { type: 'object', properties: { q: { type: 'string', 'x-widget': { rows: 3 } } } };
    expect(diffInputs(a, structuredClone(a))).toEqual([]);
    const b = { type: 'object', properties: { q: { type: 'string', 'x-widget': { rows: 5 } } } };
    expect(diffInputs(a, b)).toEqual([
      expect.objectContaining({
        rule: 'input-unknown-keyword-changed',
        level: 'patch',
        before: { rows: 3 },
        after: { rows: 5 },
        flag: expect.any(String),
      }),
    ]);
  });

  it('refuses a listing with two tools of the same name, naming the tool', () => {
    const twice = withTools(tool({ type: 'object' }), tool({ type: 'object', properties: { q: { type: 'string' } } }));
    twice.package = {
      name: 'srv',
      version: '1.2.0',
      dependencies: {},
      peerDependencies: {},
      optionalPeerDependencies: [],
      engines: {},
      bin: {},
    };
    expect(() => diffSnapshots(withTools(tool({ type: 'object' })), twice)).toThrow(DuplicateItemError);
    expect(() => diffSnapshots(withTools(tool({ type: 'object' })), twice)).toThrow(
      'The new snapshot (srv@1.2.0) lists the tool "search" more than once; tool names must be unique in one listing (MCP specification). Fix the server\'s tool list and take the snapshot again.',
    );
  });
});

describe('a property that accepted no value', () => {
  // zod's `z.undefined()` (and `z.never()`) as JSON Schema: `{ not: {} }`, a placeholder no call could fill.
  const placeholder = (inner: unknown) => ({
    type: 'object',
    properties: { query: { type: 'string' }, creds: inner },
    required: ['query'],
    additionalProperties: false,
  });
  const creds = {
    type: 'object',
    properties: { url: { type: 'string' }, token: { type: 'string' } },
    required: ['url', 'token'],
    additionalProperties: false,
  };

  it('is a minor widening when it becomes a closed object: no call that was valid is rejected', () => {
    const changes = diffInputs(placeholder({ not: {} }), placeholder(creds));
    expect(requiredBump(changes)).toBe('minor');
    expect(changes.map((c) => `${c.level} ${c.rule} ${c.subject}`)).toEqual([
      'minor input-condition-removed tool:search.input.creds',
    ]);
  });

  it('is a major narrowing the other way, and a real closure stays major', () => {
    expect(requiredBump(diffInputs(placeholder(creds), placeholder({ not: {} })))).toBe('major');
    const open = { ...creds, additionalProperties: true };
    expect(diffInputs(placeholder(open), placeholder(creds)).map((c) => `${c.level} ${c.rule}`)).toEqual([
      'major input-object-closed',
    ]);
  });
});

describe('unions', () => {
  it('calls an output wrapped into a union major, with a value the new schema allows and the old rejects', () => {
    const changes = diffOutputs(
      { type: 'object', properties: { v: { type: 'string' } }, required: ['v'] },
      {
        type: 'object',
        properties: { v: { anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] } },
        required: ['v'],
      },
    );
    expect(changes).toEqual([
      expect.objectContaining({
        rule: 'output-alternative-added',
        level: 'major',
        witness: {
          kind: 'json',
          value: { v: [] },
          error: 'an old client validating with the old schema: "v" must be string',
        },
      }),
    ]);
  });

  it('calls a changed pattern major only with a string the old pattern matched and the new one does not', () => {
    const withPattern = (pattern: string) => ({
      type: 'object',
      properties: { code: { type: 'string', pattern } },
      required: ['code'],
    });
    const narrowed = diffInputs(withPattern('^[a-z0-9]+$'), withPattern('^[a-z]+$'));
    expect(narrowed).toEqual([expect.objectContaining({ rule: 'input-pattern-tightened', level: 'major' })]);
    expect((narrowed[0]!.witness!.value as { code: string }).code).toMatch(/^[a-z0-9]+$/);
    expect((narrowed[0]!.witness!.value as { code: string }).code).not.toMatch(/^[a-z]+$/);
    // Generalized: every string drawn from the old pattern still matches, so it is not called breaking.
    const generalized = diffInputs(withPattern('^[a-z]+$'), withPattern('^[a-z0-9]+$'));
    expect(generalized).toEqual([
      expect.objectContaining({
        rule: 'input-pattern-tightened',
        level: 'minor',
        flag: expect.stringMatching(/^The pattern changed .* check by hand\.$/),
      }),
    ]);
    expect(generalized[0]!.witness).toBeUndefined();
  });
});

describe('alternatives decided by what they accept (issue 19, class 1)', () => {
  const byId = {
    type: 'object',
    properties: { id: { type: 'string' } },
    required: ['id'],
    additionalProperties: false,
  };
  const byName = {
    type: 'object',
    properties: { name: { type: 'string' } },
    required: ['name'],
    additionalProperties: false,
  };
  const target = (schema: unknown) => ({
    type: 'object',
    properties: { target: schema },
    required: ['target'],
    $defs: { Target: { oneOf: [byId, byName] } },
  });
  const oneOfByRef = target({ $ref: '#/$defs/Target' });
  const summary = (changes: ReturnType<typeof diffInputs>) =>
    changes.map((c) => `${c.rule} ${c.level} ${c.subject}: ${c.message.replace(/^Tool "search", /, '')}`);

  it('reads a oneOf (through $ref) wrapped into a wider anyOf as one alternative added, in either direction', () => {
    const widened = target({ anyOf: [{ $ref: '#/$defs/Target' }, { type: 'string' }] });
    expect(summary(diffInputs(oneOfByRef, widened))).toEqual([
      'input-alternative-added minor tool:search.input.target: `input.target`: anyOf member 3 added',
    ]);
    const output = diffOutputs(oneOfByRef, widened);
    expect(summary(output)).toEqual([
      'output-alternative-added major tool:search.output.target: `output.target`: anyOf member 3 added',
    ]);
    expect(output[0]!.witness?.value).toEqual({ target: 'a' });
  });

  it('keeps an old alternative merged into a wider new one (no removal), and adds only what is really new', () => {
    const merged = target({
      anyOf: [{ type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } }, { type: 'string' }],
    });
    const changes = diffInputs(oneOfByRef, merged);
    expect(requiredBump(changes)).toBe('minor');
    expect(changes.map((c) => c.rule)).not.toContain('input-alternative-removed');
    // A new alternative that an old one already covered adds nothing: no change at all.
    const redundant = target({
      oneOf: [byId, byName, { ...byId, properties: { id: { type: 'string', minLength: 3 } } }],
    });
    expect(diffInputs(oneOfByRef, redundant)).toEqual([]);
  });

  it('still calls an alternative removed, with a witness, when no new alternative accepts its values', () => {
    const changes = diffInputs(oneOfByRef, target({ anyOf: [byId, { type: 'string' }] }));
    expect(summary(changes)).toEqual([
      'input-alternative-added minor tool:search.input.target: `input.target`: anyOf member 2 added',
      'input-alternative-removed major tool:search.input.target: `input.target`: oneOf member 2 removed',
    ]);
    expect(changes[1]!.witness?.value).toEqual({ target: { name: 'a' } });
  });

  it('says so when the new alternatives may accept a removed one only together: major with a witness, else flagged for review', () => {
    const numbers = (...alternatives: unknown[]) => ({
      type: 'object',
      properties: { n: { anyOf: alternatives } },
      required: ['n'],
    });
    // Split in two halves that together accept every integer: no value proves a break.
    const split = diffInputs(
      numbers({ type: 'integer' }, { type: 'string' }),
      numbers({ type: 'integer', minimum: 0 }, { type: 'integer', maximum: -1 }, { type: 'string' }),
    );
    expect(requiredBump(split)).toBe('minor');
    expect(split).toContainEqual(
      expect.objectContaining({
        rule: 'input-constraint-tightened',
        level: 'minor',
        flag: expect.stringMatching(
          /^No single new alternative accepts every value of this one, though the new alternatives together may, and no value the old schema accepted is rejected by the new one among those tried: check by hand\.$/,
        ),
      }),
    );
    // Split with a gap: -1 was accepted and is not now.
    const gap = diffInputs(
      numbers({ type: 'integer' }, { type: 'string' }),
      numbers({ type: 'integer', minimum: 0 }, { type: 'integer', maximum: -5 }, { type: 'string' }),
    );
    expect(gap.filter((c) => c.level === 'major').map((c) => c.witness?.value)).toContainEqual({ n: -1 });
  });
});

describe('contested rules (catalogue 6.5) and their switches', () => {
  const optionalLimit = { type: 'object', properties: { q: { type: 'string' } } };
  const requiredLimitWithDefault = {
    type: 'object',
    properties: { q: { type: 'string' }, limit: { type: 'integer', default: 10 } },
    required: ['limit'],
  };

  it('a new required property with a default is major by default, minor with defaultsSatisfyRequired', () => {
    expect(diffInputs(optionalLimit, requiredLimitWithDefault).map((c) => c.level)).toEqual(['major']);
    expect(
      diffInputs(optionalLimit, requiredLimitWithDefault, { defaultsSatisfyRequired: true }).map((c) => c.level),
    ).toEqual(['minor']);
  });

  it('a property removed from an open input object is major by default (the argument is silently ignored), a flagged minor on request', () => {
    const a = { type: 'object', properties: { q: { type: 'string' }, limit: { type: 'integer' } } };
    const b = { type: 'object', properties: { q: { type: 'string' } } };
    expect(diffInputs(a, b)).toEqual([
      expect.objectContaining({
        rule: 'input-property-removed',
        level: 'major',
        flag: expect.stringMatching(/ignores it/),
      }),
    ]);
    expect(diffInputs(a, b, { inputPropertyRemovedFromOpenObject: 'minor' })).toEqual([
      expect.objectContaining({ level: 'minor', flag: expect.stringMatching(/ignores it/) }),
    ]);
  });

  it('a weakened safety hint is a flagged minor by default (a hint, not a call that breaks), major on request', () => {
    const hinted = (annotations: Record<string, boolean>) => withTools({ ...tool({ type: 'object' }), annotations });
    const changes = diffSnapshots(hinted({ readOnlyHint: true }), hinted({ readOnlyHint: false }));
    expect(changes).toEqual([
      expect.objectContaining({
        rule: 'tool-annotation-weakened',
        level: 'minor',
        flag: expect.stringMatching(/weaker promise \(readOnlyHint\)/),
      }),
    ]);
    expect(
      diffSnapshots(hinted({ readOnlyHint: true }), hinted({ readOnlyHint: false }), {
        ruleOptions: { weakenedSafetyHint: 'major' },
      }).map((c) => c.level),
    ).toEqual(['major']);
  });

  it('an optional output property removed is major by default, minor with optionalOutputPropertyRemoval: minor', () => {
    const a = { type: 'object', properties: { total: { type: 'integer' }, next: { type: 'string' } } };
    const b = { type: 'object', properties: { total: { type: 'integer' } } };
    expect(diffOutputs(a, b).map((c) => c.level)).toEqual(['major']);
    expect(diffOutputs(a, b, { optionalOutputPropertyRemoval: 'minor' }).map((c) => c.level)).toEqual(['minor']);
  });

  it('a property added to a closed output object is a flagged minor by default, major with closedOutputPropertyAdded', () => {
    const a = {
      type: 'object',
      properties: { total: { type: 'integer' } },
      required: ['total'],
      additionalProperties: false,
    };
    const b = {
      type: 'object',
      properties: { total: { type: 'integer' }, took: { type: 'number' } },
      required: ['total'],
      additionalProperties: false,
    };
    expect(diffOutputs(a, b)).toEqual([
      expect.objectContaining({ rule: 'output-property-added', level: 'minor', flag: expect.stringMatching(/closed/) }),
    ]);
    expect(diffOutputs(a, b, { closedOutputPropertyAdded: 'major' })).toEqual([
      expect.objectContaining({
        level: 'major',
        witness: {
          kind: 'json',
          value: { total: 0, took: 0 },
          error: 'an old client validating with the old schema: has property "took", which is not allowed',
        },
      }),
    ]);
  });

  it('an output object merely opened is a flagged minor too, a loosened output bound stays major', () => {
    const closed = {
      type: 'object',
      properties: { total: { type: 'integer', minimum: 0 } },
      additionalProperties: false,
    };
    const opened = { type: 'object', properties: { total: { type: 'integer', minimum: 0 } } };
    expect(diffOutputs(closed, opened)).toEqual([
      expect.objectContaining({ rule: 'output-constraint-loosened', level: 'minor', flag: expect.any(String) }),
    ]);
    const unbounded = { type: 'object', properties: { total: { type: 'integer' } }, additionalProperties: false };
    expect(diffOutputs(closed, unbounded).map((c) => c.level)).toEqual(['major']);
  });

  it('a format added to an input is a flagged patch by default, major with formatAsserted', () => {
    const a = { type: 'object', properties: { d: { type: 'string' } } };
    const b = { type: 'object', properties: { d: { type: 'string', format: 'date' } } };
    expect(diffInputs(a, b).map((c) => [c.level, Boolean(c.flag)])).toEqual([['patch', true]]);
    const asserted = diffInputs(a, b, { formatAsserted: true });
    expect(asserted).toEqual([
      expect.objectContaining({
        level: 'major',
        witness: { kind: 'json', value: { d: 'a' }, error: '"d" must match format "date"' },
      }),
    ]);
  });

  it('any rule level can be set or turned off by its id (policy.rules)', () => {
    const a = { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] };
    const b = { type: 'object', properties: { q: { type: 'string' } } };
    expect(diffInputs(a, b).map((c) => c.level)).toEqual(['minor']);
    expect(diffInputs(a, b, { 'input-property-became-optional': 'major' }).map((c) => c.level)).toEqual(['major']);
    expect(diffInputs(a, b, { 'input-property-became-optional': 'off' })).toEqual([]);
  });
});

describe('schemas that are not what they claim to be', () => {
  const nasty: unknown[] = [
    { properties: 5 },
    { required: 'x' },
    { items: 3 },
    { anyOf: {} },
    { oneOf: [1, 'a', null] },
    { enum: 'x' },
    { const: { deep: [1] } },
    { dependentRequired: { a: 'b' } },
    { dependencies: { a: 5 } },
    { minimum: 'x', maxLength: null },
    { pattern: 5 },
    { type: 5 },
    { type: ['string', 7] },
    { $ref: 5 },
    { $ref: 'https://example.com/schema.json' },
    { $ref: '#/nowhere' },
    { allOf: 'x' },
    { not: 3 },
    { if: true, then: 'x' },
    { additionalProperties: 'no' },
    { patternProperties: [] },
    { propertyNames: 3 },
    { prefixItems: {} },
    { contains: null },
    true,
    false,
    42,
    'schema',
    [],
    null,
    undefined,
  ];
  it('compares any pair of them without throwing, and reports each as invalid where it is', () => {
    for (const a of nasty)
      for (const b of nasty) {
        const changes = diffInputs(a, b);
        expect(Array.isArray(changes)).toBe(true);
      }
    expect(diffInputs({ type: 'object' }, undefined).map((c) => c.message)).toContain(
      'Tool "search": the input schema is missing; MCP requires one',
    );
  });
});

describe('source locations', () => {
  it('puts the location static extraction recorded for a tool on each schema change of that tool', () => {
    const next = withTools(tool({ type: 'object', properties: { q: { type: 'string' } }, required: ['q'] }));
    next.mcp!.locations = { 'tool:search': { file: 'src/tools/search.ts', line: 12 } };
    const changes = diffSnapshots(withTools(tool({ type: 'object', properties: { q: { type: 'string' } } })), next);
    expect(changes).toEqual([
      expect.objectContaining({
        rule: 'input-property-became-required',
        location: { file: 'src/tools/search.ts', line: 12 },
      }),
    ]);
  });
});
