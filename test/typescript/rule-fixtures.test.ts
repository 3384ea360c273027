// The rule discipline for the TypeScript rules: every ts-* fixture pair (two real packages with
// declarations or sources) runs through every rule of the registry; each triggers its own rule at
// the level in expected.json; a snapshot diffed with itself is empty; every witness compiles
// against the old package and fails against the new one when compiled independently.

// Diffs TypeScript surfaces with the synchronous diffSnapshots: the comparison is loaded first.
import '../helpers/typescript-engine.ts';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../src/compat/diff.ts';
import { rules, typescriptRules } from '../../src/compat/rules/index.ts';
import { compileWitness, expectedLevel, RULE_FIXTURES, snapshotOf, tsFixtureIds } from './helpers.ts';

/**
 * Majors that are promises, not compile errors: nothing a consumer writes fails to compile (with
 * this compiler: a raised minimum TypeScript version fails only on the older one; with one version
 * of each dependency installed: a dependency's new major is flagged for review).
 */
const POLICY_MAJORS = new Set([
  'ts-export-hidden',
  'ts-release-tag-changed',
  'ts-typescript-version-raised',
  'ts-dependency-type-major',
]);
/** Majors that are compile errors only sometimes (reordered parameters of one type compile silently). */
const WITNESS_WHEN_COMPILE_ERROR = new Set(['ts-parameters-reordered', 'ts-type-parameters-reordered']);

const ids = tsFixtureIds();

describe('the TypeScript rule fixtures', () => {
  it('has a fixture pair for every TypeScript rule in the registry', () => {
    expect(typescriptRules.map((r) => r.id).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('names every ts-* fixture folder after a rule in the registry', () => {
    const known = new Set(rules.map((r) => r.id));
    expect(ids.filter((id) => !known.has(id))).toEqual([]);
  });

  describe.each(ids)('%s', (id) => {
    const oldDir = path.join(RULE_FIXTURES, id, 'old');
    const newDir = path.join(RULE_FIXTURES, id, 'new');
    const old = snapshotOf(oldDir);
    const next = snapshotOf(newDir);
    const changes = diffSnapshots(old, next);

    it(`reports its own rule at the expected level`, () => {
      const own = changes.filter((c) => c.rule === id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.map((c) => c.level)).toContain(expectedLevel(id));
    });

    it('finds nothing between a version and itself', () => {
      expect(diffSnapshots(old, snapshotOf(oldDir))).toEqual([]);
      expect(diffSnapshots(next, snapshotOf(newDir))).toEqual([]);
    });

    it('locates every change in the package and carries a verified witness on every major one', () => {
      for (const change of changes.filter((c) => c.rule.startsWith('ts-'))) {
        // A change of the whole package (implementation only) has no one place to point at.
        if (change.item !== 'package') expect(change.location?.file, `${change.rule} has a location`).toBeTruthy();
        if (change.level !== 'major' || POLICY_MAJORS.has(change.rule)) continue;
        if (WITNESS_WHEN_COMPILE_ERROR.has(change.rule) && !change.witness) continue;
        expect(change.witness?.kind, `${change.rule} carries a witness`).toBe('typescript');
        const compiled = compileWitness(change, oldDir, newDir, next.package!.name);
        expect(compiled.old, `the witness of ${change.rule} compiles against the old version`).toEqual([]);
        expect(compiled.new.length, `the witness of ${change.rule} fails against the new version`).toBeGreaterThan(0);
      }
    });
  });
});
