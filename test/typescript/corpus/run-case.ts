// One labelled pair of the TypeScript corpus (`cases/<id>/{old,new}` + `case.json`), read the way
// `mcpver snapshot --dir` and `mcpver diff` read it, in process: the level the check requires.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffSnapshotsAsync } from '../../../src/compat/diff.ts';
import { buildReport } from '../../../src/compat/report.ts';
import { partReaders } from '../../../src/surface/readers.ts';
import { takeSnapshot } from '../../../src/surface/snapshot.ts';

export type Level = 'major' | 'minor' | 'patch';

export interface CorpusCase {
  id: string;
  dir: string;
  /** The level a maintainer would release the pair as. */
  level: Level;
  why: string;
}

export const CASES_DIR = join(import.meta.dirname, 'cases');

/** The labelled pairs in `casesDir` (the corpus by default; a held-out set from `npm run eval:ts -- --cases DIR`). */
export function listCases(casesDir = CASES_DIR): CorpusCase[] {
  if (!existsSync(casesDir)) return [];
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(casesDir, d.name);
      const label = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { level: Level; why: string };
      return { id: d.name, dir, level: label.level, why: label.why };
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

export interface CaseResult {
  required: Level | 'none';
  changes: { rule: string; level: string; message: string }[];
}

/** What mcpver requires for the pair: `none` when it sees no change at all. */
export async function checkCase(dir: string): Promise<CaseResult> {
  const read = (side: string) =>
    takeSnapshot({ dir: join(dir, side), extraParts: partReaders({ surface: 'auto', typescript: true }) });
  const [old, next] = [await read('old'), await read('new')];
  const changes = await diffSnapshotsAsync(old, next, { ruleOptions: {} });
  const report = buildReport({
    old,
    new: next,
    changes,
    from: { ref: 'old', version: old.package?.version || null },
    to: { ref: 'new', version: next.package?.version || null },
    failOn: 'breaking',
  });
  return {
    required: (report.required as Level | 'none' | null) ?? 'none',
    changes: report.changes.map((c) => ({ rule: c.rule, level: c.level, message: c.message })),
  };
}
