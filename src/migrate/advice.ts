// What mcpver asks a language model about a migration: the plan's manual steps in context, so the
// advice paragraph is about this dependent's work, not a summary of the report it can already read.

import type { Report } from '../compat/report.ts';
import type { MigrationPlan } from './types.ts';

/** Enough of the manual steps for useful advice; the prompt stays small and cheap. */
export const MAX_ADVICE_STEPS = 20;

export const MIGRATION_ADVICE_SYSTEM =
  'You help maintainers of a repository that depends on an MCP server package migrate to a new release. ' +
  'Given the automatic edits already made and the manual steps left, write one short paragraph (at most 120 words) ' +
  'on the order to do the manual steps in and what to test. Do not repeat the lists; do not invent APIs.';

export function migrationAdvicePrompt(plan: MigrationPlan, report: Report): string {
  const steps = plan.manualSteps.slice(0, MAX_ADVICE_STEPS).map((s) => `- ${s.subject}: ${s.message}${s.hint ? ` (suggested: ${s.hint.description})` : ''}`);
  return [
    `Package ${plan.package}, ${plan.from ?? '(first release)'} → ${plan.to}; complexity ${report.complexity}; repository ${plan.dependent}.`,
    `Automatic edits made: ${plan.steps.map((s) => s.description).join('; ') || 'none'}.`,
    `Manual steps left (${plan.manualSteps.length}):`,
    ...(steps.length ? steps : ['- none']),
    ...(plan.notUsed.length ? [`Breaking changes to items this repository does not name (${plan.notUsed.length}): ${plan.notUsed.slice(0, MAX_ADVICE_STEPS).map((s) => s.subject).join(', ')}.`] : []),
  ].join('\n');
}
