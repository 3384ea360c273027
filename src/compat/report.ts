// The Report: the changes between two versions, the bump they require, the bump the release made,
// and the verdict. Everything a face renders or stores about one check.

import { LEVEL_ORDER, maxLevel, type BumpLevel, type Change } from './types.ts';
import { actualBump, allows, nextVersion, type ZeroMajor } from '../version/bump.ts';
import type { Snapshot } from '../surface/types.ts';
import { surfaceItems } from './surface-items.ts';

export const REPORT_SCHEMA_VERSION = 1;

export type Verdict = 'ok' | 'under-bumped' | 'over-bumped';

/** How much work the dependents face: none breaking, all automatic, some by hand, or a removal with no replacement. */
export type Complexity = 'low' | 'medium' | 'high' | 'critical';

/** `under-bump` fails an under-bumped release; `breaking` fails any major change; `never` only reports. */
export type FailOn = 'under-bump' | 'breaking' | 'never';

export interface ReportEnd {
  ref: string | null;
  version: string | null;
}

export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  package: string | null;
  from: ReportEnd | null;
  to: ReportEnd;
  required: BumpLevel;
  actual: BumpLevel;
  verdict: Verdict;
  /** Whether the policy fails this release. */
  failed: boolean;
  policy: { failOn: FailOn; zeroMajor: ZeroMajor };
  /** Share of the old surface a client can still use unchanged, 0.0–1.0. */
  score: number;
  complexity: Complexity;
  /** The lowest version after `from` that the changes allow, or `to` on a first release. */
  nextVersion: string | null;
  summary: { major: number; minor: number; patch: number };
  changes: Change[];
  warnings: string[];
}

export interface ReportInput {
  old: Snapshot | null;
  new: Snapshot;
  changes: Change[];
  from: ReportEnd | null;
  to: ReportEnd;
  failOn?: FailOn;
  zeroMajor?: ZeroMajor;
  warnings?: string[];
}

export function requiredBump(changes: readonly Change[]): BumpLevel {
  return changes.reduce<BumpLevel>((level, change) => maxLevel(level, change.level), 'none');
}

export function compatibilityScore(old: Snapshot | null, changes: readonly Change[]): number {
  if (!old) return 1;
  const items = surfaceItems(old);
  if (items.size === 0) return 1;
  const broken = new Set(changes.filter((c) => c.level === 'major' && items.has(c.item)).map((c) => c.item));
  return Math.round((1 - broken.size / items.size) * 1000) / 1000;
}

export function migrationComplexity(changes: readonly Change[]): Complexity {
  const breaking = changes.filter((c) => c.level === 'major');
  if (breaking.length === 0) return 'low';
  // A whole surface item gone (a tool, a prompt, an import path) with nothing that replaces it.
  if (breaking.some((c) => c.subject === c.item && c.after === undefined && !c.migration)) {
    return 'critical';
  }
  return breaking.every((c) => c.migration) ? 'medium' : 'high';
}

function verdictOf(actual: BumpLevel, required: BumpLevel, from: string, zeroMajor: ZeroMajor): Verdict {
  if (!allows(actual, required)) return 'under-bumped';
  // The least the release could have made: a patch for nothing to report (the ordinary case), and in
  // ^0.y.z the z position, which carries fixes and features alike (0.1.4 → 0.1.5 is not over-bumped).
  const least = actualBump(from, nextVersion(from, required, zeroMajor), zeroMajor).level;
  if (LEVEL_ORDER[actual] > Math.max(LEVEL_ORDER[required], LEVEL_ORDER[least], LEVEL_ORDER.patch)) return 'over-bumped';
  return 'ok';
}

export function buildReport(input: ReportInput): Report {
  const failOn = input.failOn ?? 'under-bump';
  const zeroMajor = input.zeroMajor ?? 'caret';
  const changes = [...input.changes].sort(
    (a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] || a.subject.localeCompare(b.subject) || a.rule.localeCompare(b.rule),
  );
  const fromVersion = input.from?.version ?? null;
  const toVersion = input.to.version;
  // A first release promises nothing yet to break: everything is new, and any version is fine.
  const firstRelease = input.old === null;
  const required = firstRelease ? 'none' : requiredBump(changes);
  // Without both versions (captures of list results) no bump was made that could carry the changes.
  const actual = firstRelease || !fromVersion || !toVersion ? 'none' : actualBump(fromVersion, toVersion, zeroMajor).level;
  // Without versions there is no bump to judge: only a breaking change can fail the comparison.
  const verdict = firstRelease || !fromVersion || !toVersion ? 'ok' : verdictOf(actual, required, fromVersion, zeroMajor);
  const hasMajor = changes.some((c) => c.level === 'major');
  const failed = failOn === 'never' ? false : failOn === 'breaking' ? hasMajor || verdict === 'under-bumped' : verdict === 'under-bumped';
  const next = firstRelease ? toVersion : fromVersion ? nextVersion(fromVersion, required, zeroMajor) : null;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    package: input.new.package?.name ?? input.old?.package?.name ?? null,
    from: input.from,
    to: input.to,
    required,
    actual,
    verdict,
    failed,
    policy: { failOn, zeroMajor },
    score: compatibilityScore(input.old, changes),
    complexity: migrationComplexity(changes),
    nextVersion: next,
    summary: {
      major: changes.filter((c) => c.level === 'major').length,
      minor: changes.filter((c) => c.level === 'minor').length,
      patch: changes.filter((c) => c.level === 'patch').length,
    },
    changes,
    warnings: [...(input.warnings ?? []), ...input.new.provenance.warnings.map((w) => `${w.part}: ${w.message}`)],
  };
}
