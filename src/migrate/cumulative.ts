// A dependent may be several releases behind (its migration pull request for 2.0.0 is still open
// when 3.0.0 ships): its plan needs every change since the version it pins, as one report, with
// rename chains collapsed (`a`→`b` in 2.0.0 and `b`→`c` in 3.0.0 is `a`→`c` for code still on 1.x).

import semver from 'semver';
import { migrationComplexity, requiredBump, type Report } from '../compat/report.ts';
import type { Change } from '../compat/types.ts';
import { LEVEL_ORDER } from '../version/level.ts';
import type { StateStore } from '../state/types.ts';
import type { PackageReference } from './types.ts';

/** A release chain longer than this is a loop in the stored reports, not history. */
const MAX_CHAIN = 200;

/** The stored reports that lead to `version`, oldest first: `X..version`, then `W..X`, and so on. */
export async function reportChain(
  store: StateStore,
  packageName: string,
  version: string,
): Promise<Array<{ report: Report; path: string }>> {
  const files = await store.list(`reports/${packageName}/`);
  const chain: Array<{ report: Report; path: string }> = [];
  let to: string | null = version;
  while (to && chain.length < MAX_CHAIN) {
    const path = files
      .filter((f) => f.endsWith(`..${to}.json`))
      .sort()
      .at(-1);
    if (!path) break;
    const report = await store.readJson<Report>(path);
    if (!report) break;
    chain.unshift({ report, path });
    to = report.from?.version ?? null;
  }
  return chain;
}

const RENAMES = new Set([
  'rename-tool',
  'rename-export',
  'rename-prompt',
  'rename-bin',
  'rename-property',
  'rename-argument',
]);

/** Later renames of an already renamed item extend the earlier rename; repeated breaks of one item are one change. */
function collapseRenames(changes: Change[]): Change[] {
  const out: Change[] = [];
  for (const change of changes) {
    const hint = change.migration;
    const earlier =
      hint && RENAMES.has(hint.kind)
        ? out.find(
            (c) => c.migration?.kind === hint.kind && c.migration.to === hint.from && c.migration.scope === hint.scope,
          )
        : undefined;
    if (earlier && hint) {
      earlier.migration = {
        ...earlier.migration!,
        to: hint.to,
        description: `${earlier.migration!.description} Then: ${hint.description}`,
      };
      earlier.after = change.after;
      earlier.message = `${earlier.message}, then to "${hint.to}"`;
      continue;
    }
    // The same item broken again by a later release needs one manual step, with the earliest witness
    // (the one written against the version the dependent still uses).
    if (!hint && out.some((c) => c.subject === change.subject && c.rule === change.rule)) continue;
    out.push({ ...change, ...(hint ? { migration: { ...hint } } : {}) });
  }
  return out;
}

/** One report from the first report's `from` to the last one's `to`. */
export function cumulativeReport(reports: readonly Report[]): Report {
  const first = reports[0];
  const last = reports.at(-1);
  if (!first || !last) throw new Error('cumulativeReport needs at least one report');
  if (reports.length === 1) return first;
  const changes = collapseRenames(reports.flatMap((r) => r.changes)).sort(
    (a, b) =>
      LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] || a.subject.localeCompare(b.subject) || a.rule.localeCompare(b.rule),
  );
  return {
    ...last,
    from: first.from,
    required: requiredBump(changes),
    complexity: migrationComplexity(changes),
    score: Math.min(...reports.map((r) => r.score)),
    summary: {
      major: changes.filter((c) => c.level === 'major').length,
      minor: changes.filter((c) => c.level === 'minor').length,
      patch: changes.filter((c) => c.level === 'patch').length,
    },
    changes,
    warnings: reports.flatMap((r) => r.warnings),
  };
}

/**
 * The lowest version the dependent's pins allow (`^1.2.0` → 1.2.0), or null when nothing is pinned
 * (a `watch:` entry, `npx -y pkg`): then every report of the chain applies.
 */
export function lowestPinned(references: readonly PackageReference[]): string | null {
  const versions = references.flatMap((r) => {
    if (!r.range) return [];
    try {
      const min = semver.minVersion(r.range);
      return min ? [min.version] : [];
    } catch {
      return [];
    }
  });
  return versions.sort(semver.compare)[0] ?? null;
}

/** The reports of the chain a dependent pinned at `pinned` has not taken yet, as one report. */
export function reportSince(chain: readonly Report[], pinned: string | null): Report {
  const pending = pinned ? chain.filter((r) => !r.from?.version || semver.gte(r.from.version, pinned)) : chain;
  return cumulativeReport(pending.length > 0 ? pending : chain.slice(-1));
}
