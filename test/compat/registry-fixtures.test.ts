// The cargo-semver-checks discipline over the whole rule registry: every fixture pair runs through
// every rule; each fixture triggers the rule it is named after, and yields exactly the changes pinned
// in its changes.txt (so a new change on another rule's fixture, a false positive, shows in review);
// a snapshot diffed with itself yields nothing; every rule in the registry has a fixture; every
// witness really separates the two schemas.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { rules } from '../../src/compat/rules/index.ts';
import path from 'node:path';
import { FIXTURES, fixtureIds, loadFixture, pinnedChanges, unreadableFixtureIds } from './fixtures.ts';
import type { Change } from '../../src/compat/types.ts';
import { LEVEL_ORDER } from '../../src/version/level.ts';
import type { Snapshot } from '../../src/surface/types.ts';

const ids = fixtureIds();
const ruleIds = new Set(rules.map((r) => r.id));
const ruleById = new Map(rules.map((r) => [r.id, r]));
/** Every contested switch turned away from its default. */
const FLIPPED = {
  defaultsSatisfyRequired: true,
  formatAsserted: true,
  inputPropertyRemovedFromOpenObject: 'minor',
  weakenedSafetyHint: 'major',
  optionalOutputPropertyRemoval: 'minor',
  closedOutputPropertyAdded: 'major',
};

/** The tool schema a change's subject points into (`tool:search.input.limit` → the input schema of search). */
function schemaOf(snapshot: Snapshot, change: Change): unknown {
  const prompt = /^prompt:([^.]+)\.arguments/.exec(change.subject);
  if (prompt) {
    // Prompt arguments are strings, the required ones required: written out here as the JSON Schema they amount to.
    const args = snapshot.mcp?.prompts.find((p) => p.name === prompt[1])?.arguments ?? [];
    return {
      type: 'object',
      properties: Object.fromEntries(args.map((a) => [a.name, { type: 'string' }])),
      required: args.filter((a) => a.required).map((a) => a.name),
    };
  }
  const match = /^tool:([^.]+)\.(input|output)/.exec(change.subject);
  if (!match) return undefined;
  const tool = snapshot.mcp?.tools.find((t) => t.name === match[1]);
  return match[2] === 'input' ? tool?.inputSchema : tool?.outputSchema;
}

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => void;

/** An ajv validator (formats asserted) of the dialect the schema is written in (2020-12 when it uses keywords draft-07 lacks). */
function validator(schema: unknown) {
  const { $schema: _s, ...body } = schema as Record<string, unknown>;
  const later = /"(prefixItems|dependentRequired|dependentSchemas|unevaluatedProperties|\$defs)"/.test(
    JSON.stringify(body),
  );
  const ajv = later ? new Ajv2020({ strict: false }) : new Ajv({ strict: false });
  addFormats(ajv as Ajv);
  return ajv.compile(body);
}

describe('every rule fixture, through every rule in the registry', () => {
  it('has a fixture pair for every rule in the registry', () => {
    expect(rules.filter((r) => !ids.includes(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('names every fixture folder after a rule in the registry, and every folder is a readable pair', () => {
    expect(ids.filter((id) => !ruleIds.has(id))).toEqual([]);
    expect(unreadableFixtureIds()).toEqual([]);
  });

  describe.each(ids)('%s', (id) => {
    // Package fixtures are read with the TypeScript compiler: load each once, lazily.
    let loaded: ReturnType<typeof loadFixture> | undefined;
    const fixture = {
      get old() {
        return (loaded ??= loadFixture(id)).old;
      },
      get new() {
        return (loaded ??= loadFixture(id)).new;
      },
    };

    it('triggers its own rule', () => {
      const changes = diffSnapshots(fixture.old, fixture.new);
      expect(changes.map((c) => c.rule)).toContain(id);
    });

    // `npx vitest run test/compat/registry-fixtures.test.ts -u` rewrites the pinned files; review their diff.
    it('yields exactly the changes pinned in its changes.txt, from every rule of the registry', async () => {
      await expect(pinnedChanges(diffSnapshots(fixture.old, fixture.new))).toMatchFileSnapshot(
        path.join(FIXTURES, id, 'changes.txt'),
      );
    });

    it('finds no change between the old snapshot and itself, nor the new one and itself', () => {
      expect(diffSnapshots(fixture.old, structuredClone(fixture.old))).toEqual([]);
      expect(diffSnapshots(fixture.new, structuredClone(fixture.new))).toEqual([]);
    });

    it('reports only well-formed changes from every rule, within its level, with witnesses that ajv confirms', () => {
      for (const change of [
        ...diffSnapshots(fixture.old, fixture.new),
        ...diffSnapshots(fixture.old, fixture.new, { ruleOptions: FLIPPED }),
      ]) {
        expect(ruleIds.has(change.rule)).toBe(true);
        // A rule's level is the highest it reports, whatever its switches say.
        expect(LEVEL_ORDER[change.level]).toBeLessThanOrEqual(LEVEL_ORDER[ruleById.get(change.rule)!.level]);
        expect(['major', 'minor', 'patch']).toContain(change.level);
        expect(change.message.length).toBeGreaterThan(0);
        if (!change.witness) continue;
        // TypeScript witnesses are consumer code, compiled against both versions by the TypeScript tests.
        if (change.witness.kind === 'typescript') {
          expect(String(change.witness.value)).toMatch(/\S/);
          continue;
        }
        const [accepting, rejecting] = change.rule.startsWith('output-')
          ? [fixture.new, fixture.old]
          : [fixture.old, fixture.new];
        // No schema on the accepting side (an output schema removed) accepts every value.
        const acceptingSchema = schemaOf(accepting, change);
        if (acceptingSchema !== undefined) expect(validator(acceptingSchema)(change.witness.value)).toBe(true);
        expect(validator(schemaOf(rejecting, change))(change.witness.value)).toBe(false);
      }
    });
  });
});
