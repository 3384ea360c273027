// The sentences every renderer shares: the verdict, version labels, why a rule's changes break
// clients, and the witness line. Kept in one place so the terminal and the summary say the same.

import type { IncompleteReading, Report, ReportEnd } from '../compat/report.ts';
import { rules } from '../compat/rules/index.ts';
import { diffWords } from 'diff';
import type { Change, Level, Rule } from '../compat/types.ts';

export const LEVELS: readonly Level[] = ['major', 'minor', 'patch'];

/** What each level means to a client, in the words of a release note. */
export const LEVEL_TITLE: Record<Level, string> = {
  major: 'Breaking changes (major)',
  minor: 'Compatible changes (minor)',
  patch: 'Fixes and other changes (patch)',
};

const registry = new Map<string, Rule>(rules.map((rule) => [rule.id, rule]));

/** The registry's rule for a change; undefined for rules a newer mcpver wrote into a stored report. */
export function ruleOf(id: string): Rule | undefined {
  return registry.get(id);
}

/** `1.2.0`, or the ref when the end has no version, or `(none)`. */
export function versionLabel(end: ReportEnd | null): string {
  if (!end) return '(none)';
  return end.version ?? end.ref ?? '(unknown)';
}

/** `v1.2.0 (1.2.0)` when the ref says more than the version, else just the version. */
export function endLabel(end: ReportEnd | null): string {
  if (!end) return '(none)';
  if (end.ref && end.version && end.ref !== end.version && end.ref !== `v${end.version}`)
    return `${end.ref} (${end.version})`;
  return end.ref ?? end.version ?? '(unknown)';
}

export function isFirstRelease(report: Report): boolean {
  return report.from === null;
}

/** Two captures or snapshots without versions: only the required bump can be said. */
export function isUnversioned(report: Report): boolean {
  return report.from !== null && (report.from.version === null || report.to.version === null);
}

/**
 * Contract changes (what the verdict rests on) and description drift (shown apart: descriptions
 * steer agents). Security findings (possible tool poisoning) are in neither: render/security.ts shows them.
 */
export function splitChanges(changes: readonly Change[]): { contract: Change[]; drift: Change[] } {
  return {
    contract: changes.filter((c) => c.category !== 'description-drift' && c.category !== 'security'),
    drift: changes.filter((c) => c.category === 'description-drift'),
  };
}

/** Changes of one level grouped by rule, in the report's order (which buildReport makes stable). */
export function groupByRule(changes: readonly Change[]): Array<{ rule: string; changes: Change[] }> {
  const groups = new Map<string, Change[]>();
  for (const change of changes) {
    const group = groups.get(change.rule);
    if (group) group.push(change);
    else groups.set(change.rule, [change]);
  }
  return [...groups].map(([rule, list]) => ({ rule, changes: list }));
}

export type VerdictTone = 'pass' | 'warn' | 'fail';

export interface VerdictLine {
  tone: VerdictTone;
  /** A short title: `Under-bumped`, `OK`, `Over-bumped`, `First release`, `Fails policy`. */
  title: string;
  /** One sentence: what was required, what was made, what to do. */
  sentence: string;
}

/** How a renderer marks a name or a version (markdown: a code span, so `pkg@1.2.3` is never an e-mail link). */
export type Mark = (text: string) => string;
const plainMark: Mark = (text) => text;

/**
 * Whether the bumps of this report are read as npm reads ^0.y.z: there, y is the breaking position
 * and z carries features and fixes alike, so the words major/minor/patch would contradict the
 * versions ("0.1.4 → 0.1.5 is a minor release").
 */
export function readsAsZeroMajor(report: Report): boolean {
  const from = report.from?.version;
  return report.policy.zeroMajor === 'caret' && !!from && /^0\./.test(from) && /^0\./.test(report.to.version ?? '');
}

/** "a major release", or for 0.x under caret "a breaking (0.y) release" / "a patch (0.y.z) release". */
export function bumpPhrase(level: string, zeroMajor: boolean, zeroZero = false): string {
  if (level === 'none') return 'no release';
  if (!zeroMajor) return `a ${level} release`;
  if (zeroZero) return 'a new 0.0.z release (every 0.0.z release may break)';
  return level === 'major' ? 'a breaking (0.y) release' : 'a patch (0.y.z) release';
}

/** The verdict in one line, the first thing every renderer shows. */
export function verdictLine(report: Report, mark: Mark = plainMark): VerdictLine {
  const line = contractVerdict(report, mark);
  // A release the contract lets through may still carry text that tries to steer the agent: the first
  // line must not be a bare tick above a Security section that asks for a review.
  const findings = report.security?.findings ?? 0;
  if (line.tone !== 'pass' || findings === 0) return line;
  return {
    tone: 'warn',
    title: line.title,
    sentence: `${line.sentence} Review ${findings === 1 ? 'the possible tool poisoning finding' : `the ${findings} possible tool poisoning findings`} below.`,
  };
}

function contractVerdict(report: Report, mark: Mark): VerdictLine {
  const to = versionLabel(report.to);
  const name = report.package ? `${mark(report.package)} ` : '';
  const zero = readsAsZeroMajor(report);
  const zeroZero = zero && /^0\.0\./.test(report.from?.version ?? '');
  const bump = (level: string) => bumpPhrase(level, zero, zeroZero);
  if (report.verdict === 'incomplete') {
    const blocking = (report.incomplete ?? []).filter((r) => r.blocking);
    const which = blocking
      .map((r) => versionLabel(r))
      .filter((v, i, all) => all.indexOf(v) === i)
      .join(' and ');
    const read = isFirstRelease(report) ? '' : ` What could be read needs ${bump(report.required)}.`;
    return {
      tone: 'fail',
      title: 'Incomplete',
      sentence: `mcpver could not read the whole MCP surface of ${name}${which || to}, so it cannot say this release is safe.${read}`,
    };
  }
  if (isFirstRelease(report)) {
    return {
      tone: 'pass',
      title: 'First release',
      sentence: `${name}${to} has no earlier release to compare with: everything it offers is new.`,
    };
  }
  if (isUnversioned(report)) {
    const needs = `The changes from ${mark(endLabel(report.from))} to ${mark(endLabel(report.to))} need ${bump(report.required)} (neither side carries a version to compare).`;
    if (report.required === 'major') return { tone: 'fail', title: 'Breaking', sentence: needs };
    return { tone: 'pass', title: report.required === 'none' ? 'No changes' : 'Compatible', sentence: needs };
  }
  const from = versionLabel(report.from);
  const made = `${from} → ${to} is ${bump(report.actual)}`;
  if (report.verdict === 'under-bumped') {
    return {
      tone: 'fail',
      title: 'Under-bumped',
      sentence: `${name}${to} needs ${bump(report.required)}, but ${made}. Release ${report.nextVersion ? mark(report.nextVersion) : 'a higher version'} instead.`,
    };
  }
  if (report.failed) {
    // The version is right, but the policy (fail-on: breaking) refuses breaking changes at all.
    return {
      tone: 'fail',
      title: 'Fails policy',
      sentence: `${made}, as its changes require, but the policy fail-on: ${report.policy.failOn} refuses breaking changes.`,
    };
  }
  if (report.verdict === 'over-bumped') {
    return {
      tone: 'warn',
      title: 'Over-bumped',
      sentence: `${made}, but its changes need only ${bump(report.required)}: ${report.nextVersion ? mark(report.nextVersion) : 'a lower version'} would do.`,
    };
  }
  return { tone: 'pass', title: 'OK', sentence: `${made}, and its changes need ${bump(report.required)}.` };
}

/** The required and the made bump in the words of the verdict (`breaking (0.y)` for 0.x under caret). */
export function levelLabel(report: Report, level: string): string {
  return bumpPhrase(level, readsAsZeroMajor(report))
    .replace(/^an? /, '')
    .replace(/ release$/, '');
}

/** One line per version not fully read: `1.2.0 (v1.2.0): no tool, prompt or resource could be read`. */
export function incompleteTitle(reading: IncompleteReading): string {
  const end = endLabel({ ref: reading.ref, version: reading.version });
  return `${end}: ${reading.reason}${reading.blocking ? '' : ' (the verdict stands on what was read)'}`;
}

/** `src/tools.ts:12: the name given to registerTool is not a string`. */
export function gapLine(gap: { message: string; location?: { file: string; line?: number } }): string {
  const where = gap.location
    ? `${gap.location.file}${gap.location.line !== undefined ? `:${gap.location.line}` : ''}: `
    : '';
  return `${where}${gap.message}`;
}

/** Beyond this many gaps per version, renderers count the rest (the JSON report keeps GAPS_KEPT). */
export const GAPS_SHOWN = 8;

/** The score as a percentage a person reads at a glance. */
export function percent(score: number): string {
  return `${Math.round(score * 1000) / 10}%`;
}

/** `src/server.ts:12:5`, or just the file. */
export function locationLabel(change: Change): string | undefined {
  const l = change.location;
  if (!l) return undefined;
  return [l.file, l.line, l.line !== undefined ? l.column : undefined].filter((x) => x !== undefined).join(':');
}

/** Compact JSON of a witness value, on one line. */
export function witnessValue(change: Change): string | undefined {
  const witness = change.witness;
  if (!witness) return undefined;
  return typeof witness.value === 'string' ? witness.value : JSON.stringify(witness.value);
}

/** "this call worked on 1.2.0 and fails on 1.3.0" (the value follows), or the TypeScript form. */
export function witnessLead(report: Report, change: Change): string | undefined {
  if (!change.witness) return undefined;
  const from = versionLabel(report.from);
  const to = versionLabel(report.to);
  return change.witness.kind === 'typescript'
    ? `this code compiled against ${from} and fails against ${to}`
    : `this call worked on ${from} and fails on ${to}`;
}

/** What the new version said to the witness (validator or compiler error), attributed to it. */
export function witnessError(report: Report, change: Change): string | undefined {
  return change.witness?.error ? `${versionLabel(report.to)} says: ${change.witness.error}` : undefined;
}

/** Words of unchanged text kept on each side of a change in a drifted description. */
const DRIFT_CONTEXT_WORDS = 8;

export interface DriftPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * For description drift: the words that changed, with a few unchanged words around each change and
 * the rest elided (`…`), so that two long texts that differ near their end do not read as the same.
 */
export function driftDiff(change: Change): DriftPart[] | undefined {
  if (change.category !== 'description-drift' || typeof change.before !== 'string' || typeof change.after !== 'string')
    return undefined;
  const parts: DriftPart[] = diffWords(change.before, change.after).map((p) => ({
    kind: p.added ? 'added' : p.removed ? 'removed' : 'same',
    text: p.value,
  }));
  return parts.map((part, i) => {
    if (part.kind !== 'same') return part;
    const words = part.text.split(/(\s+)/);
    const keep = DRIFT_CONTEXT_WORDS * 2;
    const [first, last] = [i === 0, i === parts.length - 1];
    if (words.length <= keep * (first || last ? 1 : 2) + 1) return part;
    const head = first ? '' : words.slice(0, keep).join('');
    const tail = last ? '' : words.slice(-keep).join('');
    return { kind: 'same', text: `${head}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail}` };
  });
}

/** The subject, when it says more than the item and the message already do (`package.engines.node`). */
export function subjectNote(change: Change): string | undefined {
  if (change.subject === change.item) return undefined;
  const tail = change.subject.startsWith(`${change.item}.`)
    ? change.subject.slice(change.item.length + 1)
    : change.subject;
  return change.message.includes(tail) ? undefined : change.subject;
}
