// The Report as GitHub markdown (job summary, PR comment): the verdict in one line, a table of the
// changes by level, then the details. It stays under GitHub's step-summary limit by cutting the
// change list and saying so, pointing to the JSON report for the rest.

import type { Report } from '../compat/report.ts';
import type { Change, Level } from '../compat/types.ts';
import {
  driftTexts,
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
  verdictLine,
  witnessError,
  witnessLead,
  witnessValue,
  type VerdictTone,
} from './describe.ts';
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

export interface MarkdownOptions {
  /** Where the JSON report was written, named when the summary is cut. */
  reportPath?: string;
  /** Byte budget of the whole text; SUMMARY_BUDGET_BYTES by default (COMMENT_LIMITS for a comment). */
  maxBytes?: number;
  /** The limit named when the text is cut; the job-summary limit by default. */
  limitName?: string;
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
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

function fenced(text: string, lang: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

/** What could not be read, before anything that was: an alert per version, the gaps and what to configure. */
function notRead(report: Report): string[] {
  const lines: string[] = [];
  for (const reading of report.incomplete ?? []) {
    lines.push(`> [!${reading.blocking ? 'CAUTION' : 'WARNING'}]`, `> **Not read: ${cell(incompleteTitle(reading))}**`, '>');
    lines.push(`> It is an MCP server (${cell(reading.server)}). Tried: ${cell(reading.tried.join('; '))}.`);
    const gaps = reading.gaps.slice(0, GAPS_SHOWN).map((g) => `> - ${code(gapLine(g))}`);
    if (gaps.length) lines.push('>', ...gaps);
    if (reading.gapCount > GAPS_SHOWN) lines.push(`> - … and ${reading.gapCount - GAPS_SHOWN} more, in the JSON report`);
    if (reading.advice) lines.push('>', `> **To read it:** ${reading.advice}`);
    lines.push('');
  }
  return lines;
}

function head(report: Report): string {
  const verdict = verdictLine(report);
  const lines = [`## ${TONE_EMOJI[verdict.tone]} mcpver: ${verdict.title}`, '', verdict.sentence, '', ...notRead(report)];
  const policy = `fail-on ${report.policy.failOn}: ${report.failed ? '❌ fails' : '✅ passes'}`;
  if (isFirstRelease(report)) {
    lines.push('| Release | Policy |', '|---|---|', `| ${cell(endLabel(report.to))} (first release) | ${policy} |`);
  } else {
    const next = report.verdict === 'under-bumped' ? `**${report.nextVersion ?? '—'}**` : (report.nextVersion ?? '—');
    lines.push(
      '| From | To | Required | Made | Next version | Compatibility | Migration | Policy |',
      '|---|---|---|---|---|---|---|---|',
      `| ${cell(endLabel(report.from))} | ${cell(endLabel(report.to))} | **${report.required}** | ${report.actual} | ${next} | ${percent(report.score)} | ${report.complexity} | ${policy} |`,
    );
  }
  return lines.join('\n');
}

function tableRow(change: Change): string {
  const emoji = change.category === 'description-drift' ? DRIFT_EMOJI : LEVEL_EMOJI[change.level];
  return `| ${emoji} ${change.level} | ${cell(change.message)} | ${cell(code(change.subject))} | ${cell(code(change.rule))} |`;
}

function detail(report: Report, change: Change): string {
  const where = locationLabel(change);
  const subject = subjectNote(change);
  const lines = [`- ${change.message}${where ? ` (${code(where)})` : ''}${subject ? ` — ${code(subject)}` : ''}`];
  const lead = witnessLead(report, change);
  if (lead) {
    const value = witnessValue(change) ?? '';
    const isCode = change.witness?.kind === 'typescript';
    if (!isCode && value.length <= INLINE_WITNESS_CHARS && !value.includes('\n')) lines.push(`  - ${lead}: ${code(value)}`);
    else lines.push(`  - ${lead}:`, '', fenced(value, isCode ? 'ts' : 'json').replace(/^/gm, '    '), '');
    const answer = witnessError(report, change);
    if (answer) lines.push(`  - ${answer}`);
  }
  if (change.migration) lines.push(`  - migration: ${change.migration.description}`);
  if (change.flag) lines.push(`  - ⚑ worth a look: ${change.flag}`);
  const texts = driftTexts(change);
  if (texts) lines.push(`  - was: ${code(texts.before)}`, `  - now: ${code(texts.after)}`);
  return lines.join('\n');
}

function ruleHeading(rule: string): string {
  const rationale = ruleOf(rule)?.rationale;
  return `**${code(rule)}**${rationale ? ` — ${rationale}` : ''}\n`;
}

/** One piece of the summary; pieces are added in order until the budget is spent. */
interface Piece {
  text: string;
  /** The change this piece shows in the table (row) or in the details (detail). */
  row?: boolean;
  detail?: boolean;
}

function pieces(report: Report): Piece[] {
  const out: Piece[] = [];
  const { contract, drift } = splitChanges(report.changes);
  // Possible tool poisoning comes first, in its own section: it is what a reviewer must not miss.
  const security = renderSecurityMarkdown(report);
  if (security) out.push({ text: security });
  if (contract.length + drift.length === 0) {
    out.push({ text: isFirstRelease(report) ? '_Nothing to compare yet._' : '_No changes to the contract._' });
  } else {
    out.push({ text: '### Changes by level\n\n| Level | Change | Subject | Rule |\n|---|---|---|---|' });
    // The table lists contract changes by level first, then drift, so the worst is always on top.
    for (const level of LEVELS) for (const change of contract.filter((c) => c.level === level)) out.push({ text: tableRow(change), row: true });
    for (const change of drift) out.push({ text: tableRow(change), row: true });
  }
  if (contract.length > 0) out.push({ text: '\n### Details' });
  for (const level of LEVELS) {
    const ofLevel = contract.filter((c) => c.level === level);
    if (ofLevel.length === 0) continue;
    out.push({ text: `\n#### ${LEVEL_EMOJI[level]} ${LEVEL_TITLE[level]}` });
    for (const group of groupByRule(ofLevel)) {
      out.push({ text: `\n${ruleHeading(group.rule)}` });
      for (const change of group.changes) out.push({ text: detail(report, change), detail: true });
    }
  }
  if (drift.length > 0) {
    out.push({ text: `\n### ${DRIFT_EMOJI} Description drift` });
    for (const group of groupByRule(drift)) {
      out.push({ text: `\n${ruleHeading(group.rule)}` });
      for (const change of group.changes) out.push({ text: detail(report, change), detail: true });
    }
  }
  if (report.warnings.length > 0) {
    out.push({ text: '\n### Warnings\n' });
    for (const warning of report.warnings) out.push({ text: `- ${warning}` });
  }
  return out;
}

function cutNote(report: Report, rows: number, details: number, reportPath: string | undefined, limitName: string): string {
  const total = report.changes.length;
  const shown =
    rows < total ? `it lists ${rows} of ${total} changes` : `it lists all ${total} changes but the details of only ${details}`;
  const where = reportPath ? `the JSON report ${code(reportPath)}` : 'the JSON report';
  return `\n> [!NOTE]\n> ✂️ This summary was cut to stay under ${limitName}: ${shown}. Every change is in ${where}.`;
}

export function renderReportMarkdown(report: Report, options: MarkdownOptions = {}): RenderedMarkdown {
  const budget = options.maxBytes ?? SUMMARY_BUDGET_BYTES;
  const limitName = options.limitName ?? "GitHub's 1 MiB job-summary limit";
  const top = head(report);
  const footer = options.reportPath ? `\n---\n<sub>Full report: ${code(options.reportPath)} · mcpver</sub>` : '';
  const all = pieces(report);
  // Reserve room for the note from the start, so that adding it can never push the text over.
  const reserve = bytes(cutNote(report, report.changes.length, report.changes.length, options.reportPath, limitName)) + bytes(footer) + 64;
  const kept: string[] = [top];
  let used = bytes(top) + 2;
  let rows = 0;
  let details = 0;
  let truncated = false;
  for (const piece of all) {
    const size = bytes(piece.text) + 1;
    if (used + size + reserve > budget) {
      truncated = true;
      break;
    }
    kept.push(piece.text);
    used += size;
    if (piece.row) rows += 1;
    if (piece.detail) details += 1;
  }
  if (truncated) kept.push(cutNote(report, rows, details, options.reportPath, limitName));
  if (footer) kept.push(footer);
  const markdown = `${kept[0]}\n\n${kept.slice(1).join('\n')}\n`;
  return { markdown, truncated };
}

/** The summary of a check that could not run: what went wrong, in the words of the error. */
export function renderErrorMarkdown(message: string): string {
  return `## ⛔ mcpver: the check could not run\n\n${fenced(message, 'text')}\n`;
}
