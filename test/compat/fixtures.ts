// Reading the rule fixtures: every folder under test/fixtures/rules/<rule-id>/ is one fixture pair,
// either two snapshot files (old.json and new.json: mcpver snapshots or raw MCP captures) or two
// package folders (old/ and new/ with a package.json, snapshotted as `mcpver snapshot --dir` would).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSnapshotJson } from '../../src/surface/capture.ts';
import type { Snapshot } from '../../src/surface/types.ts';
import { snapshotOf } from '../typescript/helpers.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/rules');

export interface FixturePair {
  id: string;
  old: Snapshot;
  new: Snapshot;
}

const isJsonPair = (id: string) => existsSync(path.join(FIXTURES, id, 'old.json')) && existsSync(path.join(FIXTURES, id, 'new.json'));
const isPackagePair = (id: string) => existsSync(path.join(FIXTURES, id, 'old', 'package.json')) && existsSync(path.join(FIXTURES, id, 'new', 'package.json'));

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
  if (isPackagePair(id)) return { id, old: snapshotOf(path.join(FIXTURES, id, 'old')), new: snapshotOf(path.join(FIXTURES, id, 'new')) };
  const read = (side: string) => {
    const file = path.join(FIXTURES, id, `${side}.json`);
    return parseSnapshotJson(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  };
  return { id, old: read('old'), new: read('new') };
}
