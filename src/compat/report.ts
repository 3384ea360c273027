// The Report: the changes between two versions, the bump they require, the bump the release made,
// and the verdict. Everything a face renders or stores about one check.

import type { Change } from './types.ts';
import { LEVEL_ORDER, maxLevel, type BumpLevel } from '../version/level.ts';
import { actualBump, allows, nextVersion, type ZeroMajor } from '../version/bump.ts';
import type { McpReading, McpReadingGap, Snapshot } from '../surface/types.ts';
import { surfaceItems } from './surface-items.ts';
import { uncapturedWarnings } from './uncaptured.ts';
import { mcpDependencyMoves, type McpDependencyMove } from './dependency-moves.ts';

export const REPORT_SCHEMA_VERSION = 1;

/**
 * `incomplete`: the MCP surface of a version that is an MCP server could not be read (or hides
 * whole items), so no passing verdict can be given on it; an under-bump found in what was read stays `under-bumped`.
 */
export type Verdict = 'ok' | 'under-bumped' | 'over-bumped' | 'incomplete';

/** How much work the dependents face: none breaking, all automatic, some by hand, or a removal with no replacement. */
export type Complexity = 'low' | 'medium' | 'high' | 'critical';

/** `under-bump` fails an under-bumped release; `breaking` fails any major change; `never` only reports. */
export type FailOn = 'under-bump' | 'breaking' | 'never';

/**
 * What possible tool poisoning does to a check (`policy.poisoning`): `warn` reports it apart (the
 * default), `fail` also fails the release, `off` skips it — and the report says that it was skipped.
 */
export type PoisoningPolicy = 'warn' | 'fail' | 'off';
export const POISONING_POLICIES: readonly PoisoningPolicy[] = ['warn', 'fail', 'off'];

export interface ReportEnd {
  ref: string | null;
  version: string | null;
}

/** A version whose MCP surface was not read completely: what was tried, what is missing, what to configure. */
export interface IncompleteReading {
  side: 'from' | 'to';
  ref: string | null;
  version: string | null;
  /** Why the package is an MCP server. */
  server: string;
  status: McpReading['status'];
  /** Why the reading is not enough, in one sentence. */
  reason: string;
  tried: string[];
  /** The gaps, each at its file and line (the first GAPS_KEPT of them; `gapCount` has all). */
  gaps: McpReadingGap[];
  gapCount: number;
  advice?: string;
  /** True when this makes the verdict `incomplete` (nothing read, whole items may be missing, or one side empty). */
  blocking: boolean;
}

/** What a maintainer configures to have a server listed by mcpver running it. */
const RUNTIME_ADVICE_SHORT =
  'configure how to start it (`command:` or `url:` in .github/mcpver.yml, or `--command`/`--url`) so that mcpver lists what it serves';

/** Gaps kept per side in the report; the snapshot's warnings hold the rest. */
export const GAPS_KEPT = 50;

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
  /** Versions whose MCP surface was not read completely, said first by every renderer (never silent). */
  incomplete: IncompleteReading[];
  /** Dependencies that provide tools, prompts or resources, with their version at each end (absent when none does). */
  mcpDependencies?: McpDependencyMove[];
  warnings: string[];
  /** The tool-poisoning check: its policy and how many findings (changes of category `security`) it made. */
  security?: { policy: PoisoningPolicy; findings: number };
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
  poisoning?: PoisoningPolicy;
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
  if (LEVEL_ORDER[actual] > Math.max(LEVEL_ORDER[required], LEVEL_ORDER[least], LEVEL_ORDER.patch))
    return 'over-bumped';
  return 'ok';
}

const countOf = (s: Snapshot | null): number =>
  s?.mcp ? s.mcp.tools.length + s.mcp.prompts.length + s.mcp.resources.length + s.mcp.resourceTemplates.length : 0;

/** The sides of the comparison whose MCP surface is unread, partly read, or empty beside a surface that is not. */
export function incompleteReadings(
  old: Snapshot | null,
  next: Snapshot,
  from: ReportEnd | null,
  to: ReportEnd,
): IncompleteReading[] {
  const out: IncompleteReading[] = [];
  const sides: ['from' | 'to', Snapshot | null, ReportEnd | null, Snapshot | null][] = [
    ['from', old, from, next],
    ['to', next, to, old],
  ];
  for (const [side, snapshot, end, other] of sides) {
    const reading = snapshot?.provenance.mcpReading;
    if (side === 'to' && snapshot && !reading && !snapshot.mcp && other?.mcp && countOf(other) > 0) {
      // The other version serves tools; this one was not read as an MCP server at all (it dropped the
      // SDK: a proxy to a remote server, a rewrite in another language). Its tools may be gone or
      // served from elsewhere: mcpver cannot tell, and says so rather than pass the release.
      const otherCount = countOf(other);
      out.push({
        side,
        ref: end?.ref ?? null,
        version: end?.version ?? null,
        server: `the previous version is an MCP server with ${otherCount} item${otherCount === 1 ? '' : 's'}`,
        status: 'unread',
        reason: `no MCP surface was read from it (no package.json there names an MCP SDK or framework, and no source registers anything mcpver recognises), while the other version lists ${otherCount} item${otherCount === 1 ? '' : 's'}`,
        tried: ['static reading of the sources'],
        gaps: [],
        gapCount: 0,
        advice: `If it still serves MCP (a proxy, a server built another way), ${RUNTIME_ADVICE_SHORT}; if it no longer does, every tool is removed, which needs a major release.`,
        blocking: true,
      });
      continue;
    }
    if (!snapshot || !reading) continue;
    const count = countOf(snapshot);
    const otherCount = other ? countOf(other) : 0;
    const hiding = reading.gaps.filter((g) => g.hidesItems);
    let reason: string | undefined;
    let blocking = true;
    if (reading.status === 'unread') reason = 'no tool, prompt or resource could be read';
    // A running server that lists nothing was read completely: its tools are removed, which the diff says.
    else if (count === 0 && otherCount > 0 && reading.status !== 'complete')
      reason = `it reads as empty while the other version lists ${otherCount} item${otherCount === 1 ? '' : 's'}`;
    else if (hiding.length > 0)
      reason = `${hiding.length} place${hiding.length === 1 ? '' : 's'} in the sources may declare tools, prompts or resources that could not be read`;
    else if (reading.status === 'partial') {
      reason = `${reading.gaps.length} part${reading.gaps.length === 1 ? '' : 's'} of the items read could not be followed`;
      blocking = false;
    }
    if (!reason) continue;
    // Gaps that may hide whole items come first: they are why the verdict is incomplete.
    const gaps = [...hiding, ...reading.gaps.filter((g) => !g.hidesItems)];
    out.push({
      side,
      ref: end?.ref ?? null,
      version: end?.version ?? null,
      server: reading.server,
      status: reading.status,
      reason,
      tried: reading.tried,
      gaps: gaps.slice(0, GAPS_KEPT),
      gapCount: gaps.length,
      ...(reading.advice ? { advice: reading.advice } : {}),
      blocking,
    });
  }
  return out;
}

export function buildReport(input: ReportInput): Report {
  const failOn = input.failOn ?? 'under-bump';
  const zeroMajor = input.zeroMajor ?? 'caret';
  const poisoning = input.poisoning ?? 'warn';
  // `off` drops the findings, and the report keeps saying so (security.policy), never silently.
  const kept = poisoning === 'off' ? input.changes.filter((c) => c.category !== 'security') : input.changes;
  const findings = kept.filter((c) => c.category === 'security').length;
  const changes = [...kept].sort(
    (a, b) =>
      LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level] || a.subject.localeCompare(b.subject) || a.rule.localeCompare(b.rule),
  );
  const fromVersion = input.from?.version ?? null;
  const toVersion = input.to.version;
  // A first release promises nothing yet to break: everything is new, and any version is fine.
  const firstRelease = input.old === null;
  const required = firstRelease ? 'none' : requiredBump(changes);
  // Without both versions (captures of list results) no bump was made that could carry the changes.
  const actual =
    firstRelease || !fromVersion || !toVersion ? 'none' : actualBump(fromVersion, toVersion, zeroMajor).level;
  // Without versions there is no bump to judge: only a breaking change can fail the comparison.
  const incomplete = incompleteReadings(input.old, input.new, input.from, input.to);
  const judged: Verdict =
    firstRelease || !fromVersion || !toVersion ? 'ok' : verdictOf(actual, required, fromVersion, zeroMajor);
  // What was read already proves an under-bump: that stays the verdict. Anything else would pass on what was not seen.
  const verdict: Verdict = judged !== 'under-bumped' && incomplete.some((r) => r.blocking) ? 'incomplete' : judged;
  const hasMajor = changes.some((c) => c.level === 'major');
  const refused = verdict === 'under-bumped' || verdict === 'incomplete';
  const failed =
    (failOn === 'never' ? false : failOn === 'breaking' ? hasMajor || refused : refused) ||
    (poisoning === 'fail' && findings > 0);
  const next = firstRelease ? toVersion : fromVersion ? nextVersion(fromVersion, required, zeroMajor) : null;
  const moves = mcpDependencyMoves(input.old, input.new);
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
    incomplete,
    ...(moves.length > 0 ? { mcpDependencies: moves } : {}),
    warnings: [
      ...(input.warnings ?? []),
      ...uncapturedWarnings(input.old, input.new),
      ...input.new.provenance.warnings.map((w) => `${w.part}: ${w.message}`),
    ],
    security: { policy: poisoning, findings },
  };
}
