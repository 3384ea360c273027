// The "Security" section of every rendering of a report: possible tool poisoning, apart from the
// contract (it does not move the version) and from plain description drift (it is worse). The
// evidence is someone else's text: it is only ever shown as code, never rendered.

import type { Report } from '../compat/report.ts';
import type { Change } from '../compat/types.ts';
import { ruleOf } from './describe.ts';
import { codeSpan } from './untrusted.ts';

/** The findings of the tool-poisoning check, most severe first, in the report's order otherwise. */
export function securityFindings(report: Report): Change[] {
  return report.changes
    .filter((c) => c.category === 'security')
    .sort((a, b) => (b.security?.severity ?? 0) - (a.security?.severity ?? 0));
}

/** `high` from 7.0, `medium` from 4.0, as GitHub code scanning names security-severity. */
export function severityName(severity: number): 'critical' | 'high' | 'medium' | 'low' {
  return severity >= 9 ? 'critical' : severity >= 7 ? 'high' : severity >= 4 ? 'medium' : 'low';
}

function policyLine(report: Report, count: number): string {
  const policy = report.security?.policy ?? 'warn';
  if (policy === 'off')
    return 'The tool-poisoning check is **off** (`policy.poisoning: off`): the texts the model reads were not checked.';
  if (count === 0) return '';
  return policy === 'fail'
    ? `❌ \`policy.poisoning: fail\`: ${count} finding${count === 1 ? '' : 's'} fail${count === 1 ? 's' : ''} this release.`
    : `These do not fail the release (\`policy.poisoning: warn\`); \`fail\` would. Read each before you publish or upgrade.`;
}

/** The markdown section, or '' when the check ran and found nothing. */
export function renderSecurityMarkdown(report: Report): string {
  const findings = securityFindings(report);
  const policy = policyLine(report, findings.length);
  if (findings.length === 0) return policy ? `### 🛡️ Security\n\n${policy}\n` : '';
  const lines = [
    `### 🛡️ Security: possible tool poisoning (${findings.length})`,
    '',
    'Text the model reads (titles, descriptions, parameter descriptions, prompts) that is new in this version and looks like an attempt to steer the model.',
    '',
    policy,
    '',
    '| Severity | Where | What | Rule |',
    '|---|---|---|---|',
    ...findings.map(
      (c) =>
        `| ${severityName(c.security!.severity)} (${c.security!.severity.toFixed(1)}) | ${codeSpan(c.subject).replace(/\|/g, '\\|')} | ${c.message.replace(/^Possible tool poisoning: /, '').replace(/\|/g, '\\|')} | ${codeSpan(c.rule)} |`,
    ),
    '',
    '<details><summary>Evidence (the new text, as written; invisible characters named by code point)</summary>',
    '',
    ...findings.map((c) => `- ${codeSpan(c.subject)}: ${codeSpan(c.security!.evidence, 400)}`),
    '',
    '</details>',
    '',
  ];
  return lines.join('\n');
}

/** The plain-text block for the terminal, or [] when there is nothing to say. */
export function renderSecurityText(report: Report): string[] {
  const findings = securityFindings(report);
  if ((report.security?.policy ?? 'warn') === 'off')
    return ['', 'Security: the tool-poisoning check is off (policy.poisoning: off).'];
  if (findings.length === 0) return [];
  return [
    '',
    `Security — possible tool poisoning: ${findings.length}${report.security?.policy === 'fail' ? ' (policy.poisoning: fail)' : ''}`,
    ...findings.flatMap((c) => [
      `  ! [${severityName(c.security!.severity)}] ${c.message.replace(/^Possible tool poisoning: /, '')}  (${c.rule})`,
      `      ${JSON.stringify(c.security!.evidence)}`,
    ]),
  ];
}

/** The rule's one-line rationale, for annotations. */
export function securityRationale(change: Change): string {
  return ruleOf(change.rule)?.rationale ?? '';
}
