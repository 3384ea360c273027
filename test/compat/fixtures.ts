// Reading the rule fixtures: every folder under test/fixtures/rules/<rule-id>/ that holds an
// old.json and a new.json (mcpver snapshots or raw MCP captures) is one fixture pair.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSnapshotJson } from '../../src/surface/capture.ts';
import type { Snapshot } from '../../src/surface/types.ts';

export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/rules');

export interface FixturePair {
  id: string;
  old: Snapshot;
  new: Snapshot;
}

/** Every JSON fixture pair, by folder name (the id of the rule it exercises). */
export function jsonFixtureIds(): string[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(path.join(FIXTURES, e.name, 'old.json')) && existsSync(path.join(FIXTURES, e.name, 'new.json')))
    .map((e) => e.name)
    .sort();
}

export function loadFixture(id: string): FixturePair {
  const read = (side: string) => {
    const file = path.join(FIXTURES, id, `${side}.json`);
    return parseSnapshotJson(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  };
  return { id, old: read('old'), new: read('new') };
}
