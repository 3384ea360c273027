// Reading the rule fixtures: every folder under test/fixtures/rules/<rule-id>/ is one fixture pair,
// either two snapshot files (old.json and new.json: mcpver snapshots or raw MCP captures) or two
// package folders (old/ and new/ with a package.json, snapshotted as `mcpver snapshot --dir` would).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSnapshotJson } from '../../src/surface/capture.ts';
import type { Change } from '../../src/compat/types.ts';
import type { Snapshot } from '../../src/surface/types.ts';
import { snapshotOf } from '../typescript/helpers.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/rules');

export interface FixturePair {
  id: string;
  old: Snapshot;
  new: Snapshot;
}

const isJsonPair = (id: string) =>
  existsSync(path.join(FIXTURES, id, 'old.json')) && existsSync(path.join(FIXTURES, id, 'new.json'));
const isPackagePair = (id: string) =>
  existsSync(path.join(FIXTURES, id, 'old', 'package.json')) &&
  existsSync(path.join(FIXTURES, id, 'new', 'package.json'));

/** Every fixture pair of either form, by folder name (the id of the rule it exercises). */
export function fixtureIds(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && (isJsonPair(e.name) || isPackagePair(e.name)))
    .map((e) => e.name)
    .sort();
}

/** Folders that are neither form: a fixture that no test would read. */
export function unreadableFixtureIds(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !isJsonPair(e.name) && !isPackagePair(e.name))
    .map((e) => e.name);
}

export function loadFixture(id: string): FixturePair {
  if (isPackagePair(id))
    return { id, old: snapshotOf(path.join(FIXTURES, id, 'old')), new: snapshotOf(path.join(FIXTURES, id, 'new')) };
  const read = (side: string) => {
    const file = path.join(FIXTURES, id, `${side}.json`);
    return parseSnapshotJson(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  };
  return { id, old: read('old'), new: read('new') };
}

/**
 * The changes of a diff as the pinned `changes.txt` of a fixture holds them, one block per change,
 * in report order: level, rule and subject; the message; then where it points, the witness (a JSON
 * value, or for TypeScript the compiler's message, the snippet being long), the flag and the migration.
 */
export function pinnedChanges(changes: readonly Change[]): string {
  const order = { major: 0, minor: 1, patch: 2 } as const;
  const sorted = [...changes].sort(
    (a, b) =>
      order[a.level] - order[b.level] ||
      a.rule.localeCompare(b.rule) ||
      a.subject.localeCompare(b.subject) ||
      a.message.localeCompare(b.message),
  );
  const blocks = sorted.map((c) => {
    const lines = [`${c.level} ${c.rule} ${c.subject}`, `  ${c.message}`];
    if (c.location) lines.push(`  at ${c.location.file}${c.location.line ? `:${c.location.line}` : ''}`);
    if (c.witness?.kind === 'json')
      lines.push(`  witness: ${JSON.stringify(c.witness.value)} (${c.witness.error ?? 'rejected'})`);
    if (c.witness?.kind === 'typescript')
      lines.push(`  witness (typescript): ${c.witness.error ?? 'does not compile'}`);
    if (c.flag) lines.push(`  flag: ${c.flag}`);
    if (c.migration) lines.push(`  migration: ${c.migration.kind} ${c.migration.from} → ${c.migration.to}`);
    if (c.category === 'description-drift') lines.push('  description drift');
    return lines.join('\n');
  });
  return `${blocks.length === 0 ? '(no changes)' : blocks.join('\n\n')}\n`;
}
