// The Report as GitHub markdown (job summary, PR comment). The first screen is the verdict, why, and
// the version to use; then one row per tool (or prompt, export, package part) saying what broke and
// what was added, in four columns that fit GitHub's 896-pixel comment column; the details of each
// change are collapsed under it. It stays under GitHub's limits by cutting details, then rows, and
// saying so, pointing to the JSON report for the rest.

import type { Report } from '../compat/report.ts';
import { describeMove } from '../compat/dependency-moves.ts';
import type { Change, Level } from '../compat/types.ts';
import {
  driftDiff,
  gapLine,
  GAPS_SHOWN,
  incompleteTitle,
  isFirstRelease,
  levelLabel,
  locationLabel,
  percent,
  ruleOf,
  splitChanges,
  subjectNote,
  verdictLine,
  witnessError,
  witnessLead,
  witnessValue,
  type VerdictTone,
} from './describe.ts';
import { groupByItem, phrases, reasons, type ItemGroup } from './groups.ts';
import { renderSecurityMarkdown } from './security.ts';

/** GitHub rejects a step's job summary over 1 MiB ("upload aborted"); the whole summary is then lost. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Our own ceiling: well below the limit, leaving room for anything else the job writes in the same step. */
export const SUMMARY_BUDGET_BYTES = STEP_SUMMARY_LIMIT_BYTES - 64 * 1024;
/** GitHub caps an issue or pull request comment body at 65,536 characters (a byte budget is stricter still). */
export const COMMENT_BODY_LIMIT_CHARS = 65_536;
/** Options for rendering the report as a PR comment rather than a job summary. */
export const COMMENT_LIMITS: Pick<MarkdownOptions, 'maxBytes' | 'limitName'> = {
  maxBytes: COMMENT_BODY_LIMIT_CHARS - 1024,
  limitName: "GitHub's 65,536-character comment limit",
};
/** A witness longer than this goes in a code block rather than inline. */
const INLINE_WITNESS_CHARS = 160;
/** Phrases in one table cell before the rest are counted: a row stays two or three lines high. */
const PHRASES_PER_CELL = 4;
/** Warnings listed before the rest are folded. */
const WARNINGS_SHOWN = 5;
/** Up to this many changes the details are open: a small release reads at once, a big one stays folded. */
const OPEN_DETAILS_CHANGES = 12;

/** Where the source files of the two versions live on GitHub, to link change locations. */
export interface SourceLinks {
  /** `https://github.com/owner/repo` (the server URL of a GitHub Enterprise too). */
  repositoryUrl: string;
  /** The commit of the new version. */
  commit: string;
  /** The commit of the old version, for the locations of items that are gone. */
  oldCommit?: string;
  /** The package root in the repository (locations are relative to it). */
  packagePath?: string;
}

export interface MarkdownOptions {
  /** Where the JSON report was written, named when the summary is cut. */
  reportPath?: string;
  /** Byte budget of the whole text; SUMMARY_BUDGET_BYTES by default (COMMENT_LIMITS for a comment). */
  maxBytes?: number;
  /** The limit named when the text is cut; the job-summary limit by default. */
  limitName?: string;
  /** Link source locations to the files at their commit. */
  source?: SourceLinks;
}

export interface RenderedMarkdown {
  markdown: string;
  /** True when changes were left out to stay within the budget. */
  truncated: boolean;
}

const TONE_EMOJI: Record<VerdictTone, string> = { pass: '✅', warn: '⚠️', fail: '❌' };
const LEVEL_EMOJI: Record<Level, string> = { major: '🔴', minor: '🟡', patch: '🔵' };
const DRIFT_EMOJI = '📝';

/** A table cell: pipes would split it and newlines would end the row. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the text (CommonMark: a longer fence, padded with spaces). */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

/** Text that GitHub must not read as markup: `<`, `>`, `&` escaped, and `@name` kept from notifying anyone. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** What could not be read, before anything that was: an alert per version, the gaps and what to configure. */
function notRead(report: Report): string[] {
  const lines: string[] = [];
  for (const reading of report.incomplete ?? []) {
    lines.push(
      `> [!${reading.blocking ? 'CAUTION' : 'WARNING'}]`,
      `> **Not read: ${cell(incompleteTitle(reading))}**`,
      '>',
    );
    lines.push(`> It is an MCP server (${cell(reading.server)}). Tried: ${cell(reading.tried.join('; '))}.`);
    const gaps = reading.gaps.slice(0, GAPS_SHOWN).map((g) => `> - ${code(gapLine(g))}`);
    if (gaps.length) lines.push('>', ...gaps);
    if (reading.gapCount > GAPS_SHOWN)
      lines.push(`> - … and ${reading.gapCount - GAPS_SHOWN} more, in the JSON report`);
    if (reading.advice) lines.push('>', `> **To read it:** ${reading.advice}`);
    lines.push('');
  }
  return lines;
}

/** A source location as a link to the file at its commit, when the repository is known; else in code. */
export function locationMarkdown(change: Change, source: SourceLinks | undefined): string | undefined {
  const label = locationLabel(change);
  if (!label || !change.location) return undefined;
  const old = change.locatedIn === 'old';
  const commit = old ? source?.oldCommit : source?.commit;
  const suffix = old ? ' in the old version' : '';
  if (!source || !commit) return `${code(label)}${suffix}`;
  const base =
    source.packagePath && source.packagePath !== '.'
      ? `${source.packagePath.replace(/^\.\//, '').replace(/\/+$/, '')}/`
      : '';
  const file = `${base}${change.location.file}`.split('/').map(encodeURIComponent).join('/');
  const line = change.location.line !== undefined ? `#L${change.location.line}` : '';
  return `[${code(label)}](${source.repositoryUrl.replace(/\/+$/, '')}/blob/${commit}/${file}${line})${suffix}`;
}

function head(report: Report): string {
  const verdict = verdictLine(report, code);
  // What could not be read comes right after the verdict, before anything that was read.
  const lines = [
    `## ${TONE_EMOJI[verdict.tone]} mcpver: ${verdict.title}`,
    '',
    verdict.sentence,
    ...(report.incomplete?.length ? ['', ...notRead(report)] : []),
  ];
  // Tools that live in a dependency: which one, and whether the lockfile moved it.
  const moves = (report.mcpDependencies ?? []).map((move) => describeMove(move, code, escapeText));
  if (moves.length > 0)
    lines.push('', `**Tools from ${moves.length === 1 ? 'a dependency' : 'dependencies'}:** ${moves.join('; ')}.`);
  const why = reasons(report, code);
  if (why.length > 0 && !isFirstRelease(report)) lines.push('', `**Why:** ${why.join('; ')}.`);
  const policy = `fail-on ${report.policy.failOn}: ${report.failed ? '❌ fails' : '✅ passes'}`;
  if (isFirstRelease(report)) {
    lines.push('', `<sub>First release · ${policy}</sub>`);
  } else {
    // One line of figures rather than an eight-column table: it wraps inside the comment column.
    const next = report.nextVersion ? code(report.nextVersion) : '—';
    // Under-bumped, the version to release; otherwise only the floor (see the terminal report).
    const use = report.verdict === 'under-bumped' ? `use ${next}` : `lowest allowed ${next}`;
    lines.push(
      '',
      `<sub>Required **${levelLabel(report, report.required)}** · made ${levelLabel(report, report.actual)} · ${use} · compatibility ${percent(report.score)} · migration ${report.complexity} · ${policy}</sub>`,
    );
  }
  return lines.join('\n');
}

function itemCell(group: ItemGroup): string {
  const name = group.item === 'package' ? 'package' : group.label;
  return code(name);
}

function tableRow(group: ItemGroup): string {
  const count = (changes: Change[], emoji: string) =>
    changes.length > 0 ? `${emoji} ${changes.length}: ${phrases(changes, code, PHRASES_PER_CELL)}` : '';
  const other = [...group.byLevel.patch, ...group.drift];
  return `| ${cell(itemCell(group))} | ${cell(count(group.byLevel.major, LEVEL_EMOJI.major))} | ${cell(count(group.byLevel.minor, LEVEL_EMOJI.minor))} | ${cell(count(other, other.length === group.drift.length ? DRIFT_EMOJI : LEVEL_EMOJI.patch))} |`;
}

function driftLines(change: Change): string[] {
  const parts = driftDiff(change);
  if (!parts) return [];
  // Deleted words struck through, new words underlined (HTML tags: `**` next to punctuation is not bold).
  const text = parts
    .map((p) => {
      const t = escapeText(p.text.replace(/\s+/g, ' '));
      if (p.kind === 'same' || !t.trim()) return t;
      const [lead, core, trail] = [t.match(/^\s*/)![0], t.trim(), t.match(/\s*$/)![0]];
      return p.kind === 'removed' ? `${lead}<del>${core}</del>${trail}` : `${lead}<ins>${core}</ins>${trail}`;
    })
    .join('');
  return [`  - changed words: ${text}`];
}

/** `explain`: say why the rule's changes break clients (once per rule: a big release repeats rules). */
function detail(report: Report, change: Change, source: SourceLinks | undefined, explain = true): string {
  const where = locationMarkdown(change, source);
  const subject = subjectNote(change);
  const emoji = change.category === 'description-drift' ? DRIFT_EMOJI : LEVEL_EMOJI[change.level];
  const lines = [
    `- ${emoji} ${escapeText(change.message)}${where ? ` (${where})` : ''}${subject ? ` — ${code(subject)}` : ''} <sub>${code(change.rule)}</sub>`,
  ];
  const rationale = change.level === 'major' && explain ? ruleOf(change.rule)?.rationale : undefined;
  if (rationale) lines.push(`  - why it breaks: ${rationale}`);
  const lead = witnessLead(report, change);
  if (lead) {
    const value = witnessValue(change) ?? '';
    const isCode = change.witness?.kind === 'typescript';
    if (!isCode && value.length <= INLINE_WITNESS_CHARS && !value.includes('\n'))
      lines.push(`  - ${lead}: ${code(value)}`);
    else lines.push(`  - ${lead}:`, '', fenced(value, isCode ? 'ts' : 'json').replace(/^/gm, '    '), '');
    const answer = witnessError(report, change);
    if (answer) lines.push(`  - ${code(answer)}`);
  }
  if (change.migration)
    lines.push(
      `  - migration: ${escapeText(change.migration.description)}${change.migration.evidence ? ` (evidence: ${escapeText(change.migration.evidence)})` : ''}`,
    );
  if (change.flag) lines.push(`  - ⚑ worth a look: ${escapeText(change.flag)}`);
  lines.push(...driftLines(change));
  return lines.join('\n');
}

/** One piece of the summary; pieces are added in order until the budget is spent. */
interface Piece {
  text: string;
  /** How many changes this piece shows in the table (row) or in the details (detail). */
  rows?: number;
  details?: number;
  /** Closing markup that must be written even when what follows is cut. */
  closes?: boolean;
}

function pieces(report: Report, source: SourceLinks | undefined): Piece[] {
  const out: Piece[] = [];
  const { contract, drift } = splitChanges(report.changes);
  // Possible tool poisoning comes first, in its own section: it is what a reviewer must not miss.
  const security = renderSecurityMarkdown(report);
  if (security) out.push({ text: security });
  if (contract.length + drift.length === 0) {
    out.push({ text: isFirstRelease(report) ? '_Nothing to compare yet._' : '_No changes to the contract._' });
  }
  const groups = groupByItem(report.changes);
  const contractGroups = groups.filter((g) => g.worst !== null);
  if (contractGroups.length > 0) {
    const { major, minor, patch } = report.summary;
    out.push({
      text: `### By item\n\n${LEVEL_EMOJI.major} ${major} breaking · ${LEVEL_EMOJI.minor} ${minor} compatible · ${LEVEL_EMOJI.patch} ${patch} other, over ${contractGroups.length} item${contractGroups.length === 1 ? '' : 's'}\n\n| Item | Breaks clients | Added or loosened | Other |\n|---|---|---|---|`,
    });
    for (const group of contractGroups)
      out.push({ text: tableRow(group), rows: Object.values(group.byLevel).flat().length + group.drift.length });
  }
  if (contract.length > 0) {
    const open = report.changes.length <= OPEN_DETAILS_CHANGES ? ' open' : '';
    out.push({
      text: `\n<details${open}><summary><b>Details of ${contract.length} change${contract.length === 1 ? '' : 's'}</b>: witnesses, why each breaks, migrations</summary>\n`,
    });
    const explained = new Set<string>();
    for (const group of contractGroups) {
      // One piece per item, so that a cut never leaves an item's name without its changes.
      const changes = (['major', 'minor', 'patch'] as const).flatMap((level) => group.byLevel[level]);
      const texts = changes.map((change) => {
        const text = detail(report, change, source, !explained.has(change.rule));
        explained.add(change.rule);
        return text;
      });
      out.push({ text: `\n**${code(group.label)}**\n\n${texts.join('\n')}`, details: changes.length });
    }
    out.push({ text: '\n</details>', closes: true });
  }
  const driftGroups = groups.filter((g) => g.drift.length > 0);
  if (driftGroups.length > 0) {
    const count = driftGroups.reduce((n, g) => n + g.drift.length, 0);
    out.push({
      text: `\n<details><summary>${DRIFT_EMOJI} <b>Description drift</b>: ${count} description${count === 1 ? '' : 's'} changed (they steer agents; the contract is the same)</summary>\n`,
    });
    for (const group of driftGroups)
      for (const change of group.drift)
        out.push({ text: detail(report, change, source), details: 1, ...(group.worst === null ? { rows: 1 } : {}) });
    out.push({ text: '\n</details>', closes: true });
  }
  if (report.warnings.length > 0) {
    // A big release can carry dozens of warnings of one kind: the first few are shown, the rest folded.
    const shown = report.warnings.length > WARNINGS_SHOWN + 1 ? WARNINGS_SHOWN : report.warnings.length;
    out.push({ text: `\n### Warnings (${report.warnings.length})\n` });
    for (const warning of report.warnings.slice(0, shown)) out.push({ text: `- ${escapeText(warning)}` });
    if (shown < report.warnings.length) {
      out.push({ text: `\n<details><summary>${report.warnings.length - shown} more warnings</summary>\n` });
      for (const warning of report.warnings.slice(shown)) out.push({ text: `- ${escapeText(warning)}` });
      out.push({ text: '\n</details>', closes: true });
    }
  }
  return out;
}

function cutNote(
  report: Report,
  rows: number,
  details: number,
  reportPath: string | undefined,
  limitName: string,
): string {
  const total = report.changes.length;
  const shown =
    rows < total
      ? `it lists ${rows} of ${total} changes`
      : `it lists all ${total} changes but the details of only ${details}`;
  const where = reportPath ? `the JSON report ${code(reportPath)}` : 'the JSON report';
  return `\n> [!NOTE]\n> ✂️ This summary was cut to stay under ${limitName}: ${shown}. Every change is in ${where}.`;
}

export function renderReportMarkdown(report: Report, options: MarkdownOptions = {}): RenderedMarkdown {
  const budget = options.maxBytes ?? SUMMARY_BUDGET_BYTES;
  const limitName = options.limitName ?? "GitHub's 1 MiB job-summary limit";
  const top = head(report);
  const footer = options.reportPath ? `\n---\n<sub>Full report: ${code(options.reportPath)} · mcpver</sub>` : '';
  const all = pieces(report, options.source);
  // Reserve room for the note and the closing tags from the start, so that adding them never pushes the text over.
  const reserve =
    bytes(cutNote(report, report.changes.length, report.changes.length, options.reportPath, limitName)) +
    bytes(footer) +
    64;
  const kept: string[] = [top];
  let used = bytes(top) + 2;
  let rows = 0;
  let details = 0;
  let truncated = false;
  let open = false;
  for (const piece of all) {
    const size = bytes(piece.text) + 1;
    if (used + size + reserve > budget) {
      truncated = true;
      break;
    }
    kept.push(piece.text);
    used += size;
    rows += piece.rows ?? 0;
    details += piece.details ?? 0;
    if (piece.text.includes('<details')) open = true;
    if (piece.closes) open = false;
  }
  if (open) kept.push('\n</details>');
  if (truncated)
    kept.push(cutNote(report, Math.min(rows, report.changes.length), details, options.reportPath, limitName));
  if (footer) kept.push(footer);
  const markdown = `${kept[0]}\n\n${kept.slice(1).join('\n')}\n`;
  return { markdown, truncated };
}

/** The summary of a check that could not run: what went wrong, in the words of the error. */
export function renderErrorMarkdown(message: string): string {
  return `## ⛔ mcpver: the check could not run\n\n${fenced(message, 'text')}\n`;
}
