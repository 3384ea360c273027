// The Report for a terminal, in one screen: the verdict first, then what changed by level with why
// it breaks clients, then the bump required and made and the version to use instead.

import { styleText } from 'node:util';
import type { Report } from '../compat/report.ts';
import { describeMove } from '../compat/dependency-moves.ts';
import type { Change, Level } from '../compat/types.ts';
import {
  driftDiff,
  endLabel,
  gapLine,
  GAPS_SHOWN,
  incompleteTitle,
  groupByRule,
  isFirstRelease,
  LEVEL_TITLE,
  LEVELS,
  locationLabel,
  percent,
  ruleOf,
  splitChanges,
  subjectNote,
  levelLabel,
  verdictLine,
  witnessError,
  witnessLead,
  witnessValue,
  type VerdictTone,
} from './describe.ts';
import { groupByItem, phrases, reasons } from './groups.ts';
import { renderSecurityText } from './security.ts';

export interface TextOptions {
  /** ANSI colour; the face decides (a TTY without NO_COLOR), the renderer never looks. */
  color: boolean;
}

/** Beyond this many changes of one rule the rest are counted, so the screen stays readable. */
export const TEXT_CHANGES_PER_RULE = 10;
/** Beyond this many changes the report is one line per item: a big release still fits a screen or two. */
export const TEXT_DETAILED_CHANGES = 30;
/** Items listed one per line in the compact form before the rest are counted. */
export const TEXT_ITEMS = 40;

type Format = Parameters<typeof styleText>[0];
type Style = Exclude<Format, readonly unknown[]>;

const TONE_MARK: Record<VerdictTone, string> = { pass: '✓', warn: '!', fail: '✗' };
const TONE_COLOR: Record<VerdictTone, Style> = { pass: 'green', warn: 'yellow', fail: 'red' };
const LEVEL_MARK: Record<Level, string> = { major: '✗', minor: '+', patch: '·' };
const LEVEL_COLOR: Record<Level, Style> = { major: 'red', minor: 'cyan', patch: 'gray' };

export function renderReport(report: Report, options: TextOptions): string {
  // validateStream: false — whether to colour was decided by the caller, not by styleText's own TTY check.
  const paint = (format: Format, text: string): string =>
    options.color ? styleText(format, text, { validateStream: false }) : text;
  const lines: string[] = [];

  const verdict = verdictLine(report);
  lines.push(
    `${paint(['bold', TONE_COLOR[verdict.tone]], `${TONE_MARK[verdict.tone]} ${verdict.title}:`)} ${verdict.sentence}`,
  );
  // The refs, when they say more than the versions in the verdict (a branch, a `name@` tag, a commit).
  const plain = (end: Report['to'] | null): boolean => !end || end.ref === end.version || end.ref === `v${end.version}`;
  if (!plain(report.from) || !plain(report.to))
    lines.push(paint('dim', `  ${endLabel(report.from)} → ${endLabel(report.to)}`));

  // What could not be read comes before anything that was: the changes below rest on it.
  for (const reading of report.incomplete ?? []) {
    lines.push('', paint(['bold', reading.blocking ? 'red' : 'yellow'], `Not read: ${incompleteTitle(reading)}`));
    lines.push(paint('dim', `  It is an MCP server: ${reading.server}. Tried: ${reading.tried.join('; ')}.`));
    for (const gap of reading.gaps.slice(0, GAPS_SHOWN)) lines.push(`    ${paint('yellow', '?')} ${gapLine(gap)}`);
    if (reading.gapCount > GAPS_SHOWN)
      lines.push(
        paint(
          'dim',
          `    … and ${reading.gapCount - GAPS_SHOWN} more (in the JSON report and the snapshot's warnings)`,
        ),
      );
    if (reading.advice) lines.push(`  ${paint('green', 'to read it:')} ${reading.advice}`);
  }

  // Tools that live in a dependency: which one, and whether the lockfile moved it.
  for (const move of report.mcpDependencies ?? [])
    lines.push('', `${paint('bold', 'From a dependency:')} ${describeMove(move)}`);

  const { contract, drift } = splitChanges(report.changes);
  const describeChange = (change: Change, mark: string, color: Format): void => {
    const where = locationLabel(change);
    lines.push(`    ${paint(color, mark)} ${change.message}${where ? paint('dim', `  ${where}`) : ''}`);
    const subject = subjectNote(change);
    if (subject) lines.push(paint('dim', `      ${subject}`));
    const lead = witnessLead(report, change);
    if (lead) lines.push(`      ${lead}: ${witnessValue(change)}`);
    const answer = witnessError(report, change);
    if (answer) lines.push(paint('dim', `      ${answer}`));
    if (change.migration) lines.push(`      ${paint('green', 'migrate:')} ${change.migration.description}`);
    if (change.flag) lines.push(`      ${paint('yellow', 'look:')} ${change.flag}`);
    const parts = driftDiff(change);
    if (parts) {
      const marked = (text: string, open: string, close: string, color: Style) => {
        const [lead, core, trail] = [text.match(/^\s*/)![0], text.trim(), text.match(/\s*$/)![0]];
        return core ? `${lead}${paint(color, `${open}${core}${close}`)}${trail}` : text;
      };
      const words = parts.map((p) =>
        p.kind === 'same'
          ? p.text
          : p.kind === 'removed'
            ? marked(p.text, '[-', '-]', 'red')
            : marked(p.text, '{+', '+}', 'green'),
      );
      lines.push(`      changed words: ${words.join('').replace(/\s+/g, ' ')}`);
    }
  };
  // A removal is never shown with the `+` of a feature, whatever its level.
  const markOf = (change: Change, level: Level): string =>
    level !== 'major' && /-removed$/.test(change.rule) ? '−' : LEVEL_MARK[level];
  const describeGroup = (rule: string, changes: Change[], mark: string, color: Format): void => {
    const rationale = ruleOf(rule)?.rationale;
    lines.push(`  ${paint('bold', rule)}${rationale ? ` — ${rationale}` : ''}`);
    for (const change of changes.slice(0, TEXT_CHANGES_PER_RULE))
      describeChange(change, mark === '~' ? mark : markOf(change, change.level), color);
    if (changes.length > TEXT_CHANGES_PER_RULE)
      lines.push(paint('dim', `    … and ${changes.length - TEXT_CHANGES_PER_RULE} more`));
  };

  if (contract.length + drift.length === 0) {
    lines.push('', isFirstRelease(report) ? 'Nothing to compare yet.' : 'No changes to the contract.');
  }
  const why = reasons(report, (t) => t);
  if (why.length > 0 && !isFirstRelease(report)) lines.push(`  why: ${why.join('; ')}`);
  if (report.changes.length > TEXT_DETAILED_CHANGES) {
    // A big release: one line per item, the details in the markdown or JSON report.
    const groups = groupByItem(report.changes);
    lines.push(
      '',
      paint(
        'bold',
        `${report.changes.length} changes over ${groups.length} items (${report.summary.major} breaking, ${report.summary.minor} compatible, ${report.summary.patch} other):`,
      ),
    );
    for (const group of groups.slice(0, TEXT_ITEMS)) {
      // A compatible removal (a policy can make one minor) gets its own `−`, never the `+` of what was added.
      const removedMinor = group.byLevel.minor.filter((c) => /-removed$/.test(c.rule));
      const addedMinor = group.byLevel.minor.filter((c) => !removedMinor.includes(c));
      const parts = [
        group.byLevel.major.length ? paint('red', `✗ ${phrases(group.byLevel.major, (t) => t, 3)}`) : '',
        addedMinor.length ? paint('cyan', `+ ${phrases(addedMinor, (t) => t, 3)}`) : '',
        removedMinor.length ? paint('cyan', `− ${phrases(removedMinor, (t) => t, 3)}`) : '',
        group.byLevel.patch.length + group.drift.length
          ? paint('gray', `· ${group.byLevel.patch.length + group.drift.length} other`)
          : '',
      ].filter(Boolean);
      lines.push(`  ${paint('bold', group.label)}: ${parts.join('  ')}`);
    }
    if (groups.length > TEXT_ITEMS) lines.push(paint('dim', `  … and ${groups.length - TEXT_ITEMS} more items`));
    lines.push(paint('dim', '  Every change, with witnesses: --format markdown or --json.'));
  } else {
    for (const level of LEVELS) {
      const ofLevel = contract.filter((c) => c.level === level);
      if (ofLevel.length === 0) continue;
      lines.push('', paint(['bold', LEVEL_COLOR[level]], `${LEVEL_TITLE[level]}: ${ofLevel.length}`));
      for (const group of groupByRule(ofLevel))
        describeGroup(group.rule, group.changes, LEVEL_MARK[level], LEVEL_COLOR[level]);
    }
  }
  if (drift.length > 0 && report.changes.length <= TEXT_DETAILED_CHANGES) {
    lines.push('', paint(['bold', 'yellow'], `Description drift: ${drift.length}`));
    for (const group of groupByRule(drift)) describeGroup(group.rule, group.changes, '~', 'yellow');
  }

  lines.push(...renderSecurityText(report));
  lines.push('');
  if (!isFirstRelease(report)) {
    const next = report.nextVersion ?? '—';
    // Under-bumped, it is the version to release; otherwise only the floor, which a release above it
    // (3.26.0 after 2.4.0) may well pass: "next version 3.0.0" would read as advice to go back.
    const use = report.verdict === 'under-bumped' ? `use ${paint(['bold', 'green'], next)}` : `lowest allowed ${next}`;
    lines.push(
      `Required ${paint('bold', levelLabel(report, report.required))} · made ${paint('bold', levelLabel(report, report.actual))} · ${use}`,
    );
    lines.push(
      `Compatibility ${percent(report.score)} of the old surface works unchanged · migration complexity ${report.complexity}`,
    );
  }
  const outcome = report.failed ? paint('red', 'fails this release') : 'passes this release';
  lines.push(paint('dim', `Policy fail-on: ${report.policy.failOn} ${'→'} `) + outcome);
  for (const warning of report.warnings) lines.push(paint('yellow', `warning: ${warning}`));
  return `${lines.join('\n')}\n`;
}
