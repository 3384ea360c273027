// The body of a migration pull request (and of the `--dry-run` comment): the plan, the manual
// steps with their witnesses, how to roll back, and the report, always under GitHub's body limit.

import { neutralizeModelText } from './untrusted.ts';
import type { Report } from '../compat/report.ts';
import type { Change } from '../compat/types.ts';
import { migrationMarker } from '../github/markers.ts';
import type { ManualStep, MigrationPlan, MigrationStep } from '../migrate/types.ts';
import { percent, verdictLine, versionLabel, witnessLead } from './describe.ts';

/** Rows of the folded report table; the rest is in the full report, which the body links. */
export const REPORT_ROWS = 30;

/** GitHub refuses pull request and comment bodies longer than 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

export interface MigrationBodyInput {
  plan: MigrationPlan;
  report: Report;
  /** An optional paragraph of advice from a language model, shown as such. */
  advice?: string | null;
  /** Where the full report lives, named when the table had to be cut (`reports/pkg/1.0.0..2.0.0.json`). */
  reportPath?: string;
  /** A link to the full report (the file on the provider's state branch), for the changes summed up in one line. */
  reportUrl?: string;
  /** Dry runs say that nothing was opened. */
  dryRun?: boolean;
  /** The provider repository, carried in the hidden marker so a merge finds the migration record. */
  provider?: string;
}

interface Budget {
  changeRows: number;
  manualSteps: number;
  witnesses: boolean;
}

function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function fence(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${language}\n${text}\n${ticks}`;
}

/** A witness this long or longer is folded: a body with a dozen steps stays readable. */
const INLINE_WITNESS_CHARS = 160;

function inlineCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return longest > 0 ? `${ticks} ${text} ${ticks}` : `${ticks}${text}${ticks}`;
}

/** Text from the provider's report that GitHub must not read as markup. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/**
 * Text with every `name@version` in a code span: GitHub autolinks `docstore-mcp@1.4.0` as an e-mail
 * address, and a person copies it with the invisible character that would otherwise break the link.
 */
function withPackageSpecs(text: string): string {
  return text
    .split(/((?:@[\w.-]+\/)?[\w.-]+@\d[\w.+-]*)/)
    .map((part, i) => (i % 2 === 1 ? inlineCode(part) : escapeText(part)))
    .join('');
}

/** An automatic step: its kind, the file in a code span, and what changed there (a pin's key and values as code). */
function stepLine(step: MigrationStep): string {
  const rest = step.description.startsWith(`${step.file}: `)
    ? step.description.slice(step.file.length + 2)
    : step.description;
  const pin = step.kind === 'bump-pin' ? /^(.*) (\S+) → (\S+)$/.exec(rest) : null;
  const what = pin ? `${inlineCode(pin[1]!)} ${inlineCode(pin[2]!)} → ${inlineCode(pin[3]!)}` : withPackageSpecs(rest);
  return `- [x] ${step.kind}: ${inlineCode(step.file)}: ${what}`;
}

function manualStepLines(step: ManualStep, report: Report, witnesses: boolean): string[] {
  // The message names the item already (`Tool "search", input.query: …`): no subject key before it.
  const lines = [
    `- [ ] ${escapeText(step.message)} <sub>${inlineCode(step.rule)}${step.level && step.level !== 'major' ? `, ${step.level}: worth a look` : ''}</sub>`,
  ];
  if (step.hint)
    lines.push(
      `  - Suggested: ${escapeText(step.hint.description)}${step.hint.evidence ? '' : ' (not applied: mcpver is not certain it is the same item renamed)'}`,
    );
  if (step.note) lines.push(`  - ⚑ ${escapeText(step.note)}`);
  if (step.mentions.length > 0) lines.push(`  - Used at: ${step.mentions.map((m) => inlineCode(m)).join(', ')}`);
  if (witnesses && step.witness) {
    const lead = witnessLead(report, { witness: step.witness } as Change) ?? 'witness';
    const value = typeof step.witness.value === 'string' ? step.witness.value : JSON.stringify(step.witness.value);
    const error = step.witness.error ? ` — ${inlineCode(step.witness.error.replace(/\r?\n/g, ' '))}` : '';
    if (step.witness.kind !== 'typescript' && value.length <= INLINE_WITNESS_CHARS)
      lines.push(`  - ${lead}: ${inlineCode(value)}${error}`);
    else
      lines.push(
        `  - <details><summary>${lead}</summary>`,
        '',
        fence(value, step.witness.kind === 'typescript' ? 'ts' : 'json').replace(/^/gm, '    '),
        '',
        `    ${error.replace(/^ — /, '')}`,
        '    </details>',
      );
  }
  return lines;
}

/** Names listed in the line that sums up the changes this dependent does not use. */
const UNUSED_NAMES = 6;

/** One line for the breaking changes about items mcpver found no use of here. */
function notUsedLine(plan: MigrationPlan, input: MigrationBodyInput): string[] {
  const steps = plan.notUsed ?? [];
  if (steps.length === 0) return [];
  const names = [...new Set(steps.map((s) => s.subject))];
  const shown = names
    .slice(0, UNUSED_NAMES)
    .map((n) => inlineCode(n))
    .join(', ');
  const more = names.length > UNUSED_NAMES ? ` and ${names.length - UNUSED_NAMES} more` : '';
  const report = input.reportUrl
    ? `[the full report](${input.reportUrl})`
    : input.reportPath
      ? `the full report (${inlineCode(input.reportPath)} on the state branch)`
      : 'the report below';
  return [
    '',
    `${steps.length}${plan.manualSteps.length > 0 ? ' more' : ''} breaking change${steps.length === 1 ? ' is' : 's are'} about ${shown}${more}, which this repository's code and configuration do not name: see ${report}. An agent that picks tools at run time may still call them.`,
  ];
}

function reportSection(
  report: Report,
  rows: number,
  reportPath: string | undefined,
  reportUrl: string | undefined,
): string[] {
  const { major, minor, patch } = report.summary;
  const lines = [
    `<details><summary>Report: ${major} breaking, ${minor} compatible, ${patch} other change${patch === 1 ? '' : 's'}; compatibility score ${percent(report.score)}</summary>`,
    '',
    `${verdictLine(report, inlineCode).sentence}`,
    '',
  ];
  if (report.changes.length > 0) {
    lines.push('| Level | Subject | Change |', '| --- | --- | --- |');
    for (const change of report.changes.slice(0, rows))
      lines.push(`| ${change.level} | ${cell(inlineCode(change.subject))} | ${cell(escapeText(change.message))} |`);
    const left = report.changes.length - rows;
    if (left > 0) {
      lines.push(
        '',
        `… and ${left} more change${left === 1 ? '' : 's'}${reportUrl ? `: see [the whole report](${reportUrl})` : reportPath ? `: the whole report is \`${reportPath}\` on the state branch` : ''}.`,
      );
    }
  }
  lines.push('', '</details>');
  return lines;
}

function render(input: MigrationBodyInput, budget: Budget): string {
  const { plan, report } = input;
  const from = plan.from ?? versionLabel(report.from);
  const out: string[] = [
    migrationMarker({ package: plan.package, version: plan.to, provider: input.provider }),
    `## Migrate ${inlineCode(plan.package)} ${from} → ${plan.to}`,
    '',
  ];
  if (input.dryRun) out.push('> Dry run: this is the plan; nothing was opened or changed.', '');
  if (plan.skipped) {
    out.push(`**Not migrated.** ${plan.skipped}`, '');
  }
  out.push(`**Effort: ${plan.effort.size}** (complexity ${plan.effort.complexity}). ${plan.effort.summary}`, '');
  out.push('### Before merging', '', ...plan.preSteps.map((s) => `- ${s}`), '');
  out.push('### What this pull request changes', '');
  if (plan.steps.length === 0) out.push('Nothing: no pin or code needs an automatic edit.');
  const explained = new Set<string>();
  for (const step of plan.steps) {
    out.push(stepLine(step));
    // Every automatic rename says why mcpver is certain of it, once per rename.
    if (step.evidence && !explained.has(step.evidence)) {
      explained.add(step.evidence);
      out.push(`  - why mcpver is certain: ${escapeText(step.evidence)}`);
    }
  }
  out.push('');
  const shown = plan.manualSteps.slice(0, budget.manualSteps);
  out.push(`### Manual steps (${plan.manualSteps.length})`, '');
  if (plan.manualSteps.length === 0)
    out.push(
      (plan.notUsed ?? []).length > 0
        ? 'None for what this repository uses.'
        : 'None: every breaking change is handled above.',
    );
  else out.push(...shown.flatMap((s) => manualStepLines(s, report, budget.witnesses)));
  if (plan.manualSteps.length > shown.length)
    out.push(`- … and ${plan.manualSteps.length - shown.length} more in the report below.`);
  out.push(...notUsedLine(plan, input));
  out.push('', '### After merging', '', ...plan.postSteps.map((s) => `- ${s}`), '');
  out.push('### How to roll back', '', ...plan.rollbackSteps.map((s) => `- ${s}`), '');
  if (plan.notes.length > 0) out.push('### Notes', '', ...plan.notes.map((n) => `- ${n}`), '');
  // The model's words are quoted and neutralised: no mention, image, HTML or marker of its own.
  if (input.advice)
    out.push(
      '### Advice',
      '',
      '> Written by a language model from the report above; check it against the plan.',
      '',
      neutralizeModelText(input.advice),
      '',
    );
  out.push(...reportSection(report, budget.changeRows, input.reportPath, input.reportUrl), '');
  return out.join('\n');
}

/**
 * Render within GitHub's limit: first the report table is cut (it lives in full on the state
 * branch), then the witnesses, then the manual steps beyond the first ones.
 */
export function renderMigrationBody(input: MigrationBodyInput, limit: number = GITHUB_BODY_LIMIT): string {
  const budget: Budget = {
    changeRows: Math.min(input.report.changes.length, REPORT_ROWS),
    manualSteps: input.plan.manualSteps.length,
    witnesses: true,
  };
  let body = render(input, budget);
  while (body.length > limit && budget.changeRows > 0) {
    budget.changeRows = Math.floor(budget.changeRows / 2);
    body = render(input, budget);
  }
  if (body.length > limit) {
    budget.witnesses = false;
    body = render(input, budget);
  }
  while (body.length > limit && budget.manualSteps > 0) {
    budget.manualSteps = Math.floor(budget.manualSteps / 2);
    body = render(input, budget);
  }
  // Only a pathological advice paragraph or plan could still be too long: cut it hard rather than be refused.
  return body.length > limit ? `${body.slice(0, limit - 40)}\n\n… (cut at GitHub's limit)\n` : body;
}
