// The body of a migration pull request (and of the `--dry-run` comment): the plan, the manual
// steps with their witnesses, how to roll back, and the report, always under GitHub's body limit.

import { neutralizeModelText } from './untrusted.ts';
import type { Report } from '../compat/report.ts';
import type { Change } from '../compat/types.ts';
import { migrationMarker } from '../migrate/marker.ts';
import type { ManualStep, MigrationPlan } from '../migrate/types.ts';
import { percent, verdictLine, versionLabel, witnessLead } from './describe.ts';

/** GitHub refuses pull request and comment bodies longer than 65,536 characters. */
export const GITHUB_BODY_LIMIT = 65_536;

export interface MigrationBodyInput {
  plan: MigrationPlan;
  report: Report;
  /** An optional paragraph of advice from a language model, shown as such. */
  advice?: string | null;
  /** Where the full report lives, named when the table had to be cut (`reports/pkg/1.0.0..2.0.0.json`). */
  reportPath?: string;
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

function manualStepLines(step: ManualStep, report: Report, witnesses: boolean): string[] {
  const lines = [`- [ ] **\`${step.subject}\`**: ${step.message} (rule \`${step.rule}\`)`];
  if (step.hint) lines.push(`  - Suggested: ${step.hint.description}`);
  if (step.mentions.length > 0) lines.push(`  - Mentioned in: ${step.mentions.map((m) => `\`${m}\``).join(', ')}`);
  if (witnesses && step.witness) {
    const lead = witnessLead(report, { witness: step.witness } as Change) ?? 'witness';
    const value = typeof step.witness.value === 'string' ? step.witness.value : JSON.stringify(step.witness.value, null, 2);
    lines.push(`  - Witness: ${lead}:`, '', fence(value, step.witness.kind === 'typescript' ? 'ts' : 'json').replace(/^/gm, '    '));
    if (step.witness.error) lines.push(`    Error: ${cell(step.witness.error)}`);
    lines.push('');
  }
  return lines;
}

function reportSection(report: Report, rows: number, reportPath: string | undefined): string[] {
  const { major, minor, patch } = report.summary;
  const lines = [
    `<details><summary>Report: ${major} breaking, ${minor} feature, ${patch} other change${patch === 1 ? '' : 's'}; compatibility score ${percent(report.score)}</summary>`,
    '',
    `${verdictLine(report).sentence}`,
    '',
  ];
  if (report.changes.length > 0) {
    lines.push('| Level | Subject | Change |', '| --- | --- | --- |');
    for (const change of report.changes.slice(0, rows)) lines.push(`| ${change.level} | \`${cell(change.subject)}\` | ${cell(change.message)} |`);
    const left = report.changes.length - rows;
    if (left > 0) {
      lines.push('', `… and ${left} more change${left === 1 ? '' : 's'}${reportPath ? `: the whole report is \`${reportPath}\` on the state branch` : ''}.`);
    }
  }
  lines.push('', '</details>');
  return lines;
}

function render(input: MigrationBodyInput, budget: Budget): string {
  const { plan, report } = input;
  const from = plan.from ?? versionLabel(report.from);
  const out: string[] = [migrationMarker({ package: plan.package, version: plan.to, provider: input.provider }), `## Migrate ${plan.package} ${from} → ${plan.to}`, ''];
  if (input.dryRun) out.push('> Dry run: this is the plan; nothing was opened or changed.', '');
  if (plan.skipped) {
    out.push(`**Not migrated.** ${plan.skipped}`, '');
  }
  out.push(`**Effort: ${plan.effort.size}** (complexity ${plan.effort.complexity}). ${plan.effort.summary}`, '');
  out.push('### Before merging', '', ...plan.preSteps.map((s) => `- ${s}`), '');
  out.push('### What this pull request changes', '');
  if (plan.steps.length === 0) out.push('Nothing: no pin or code needs an automatic edit.');
  else out.push(...plan.steps.map((s) => `- [x] ${s.kind}: ${s.description}`));
  out.push('');
  const shown = plan.manualSteps.slice(0, budget.manualSteps);
  out.push(`### Manual steps (${plan.manualSteps.length})`, '');
  if (plan.manualSteps.length === 0) out.push('None: every breaking change is handled above.');
  else out.push(...shown.flatMap((s) => manualStepLines(s, report, budget.witnesses)));
  if (plan.manualSteps.length > shown.length) out.push(`- … and ${plan.manualSteps.length - shown.length} more in the report below.`);
  out.push('', '### After merging', '', ...plan.postSteps.map((s) => `- ${s}`), '');
  out.push('### How to roll back', '', ...plan.rollbackSteps.map((s) => `- ${s}`), '');
  if (plan.notes.length > 0) out.push('### Notes', '', ...plan.notes.map((n) => `- ${n}`), '');
  // The model's words are quoted and neutralised: no mention, image, HTML or marker of its own.
  if (input.advice) out.push('### Advice', '', '> Written by a language model from the report above; check it against the plan.', '', neutralizeModelText(input.advice), '');
  out.push(...reportSection(report, budget.changeRows, input.reportPath), '');
  return out.join('\n');
}

/**
 * Render within GitHub's limit: first the report table is cut (it lives in full on the state
 * branch), then the witnesses, then the manual steps beyond the first ones.
 */
export function renderMigrationBody(input: MigrationBodyInput, limit: number = GITHUB_BODY_LIMIT): string {
  const budget: Budget = { changeRows: input.report.changes.length, manualSteps: input.plan.manualSteps.length, witnesses: true };
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
