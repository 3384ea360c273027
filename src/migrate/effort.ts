// How much work a migration leaves to people, from the report's complexity and the plan's steps.

import type { Complexity } from '../compat/report.ts';
import type { EffortEstimate } from './types.ts';

/** Above this many manual steps a `high` migration counts as large work rather than medium. */
export const LARGE_MANUAL_STEP_COUNT = 5;

export function estimateEffort(complexity: Complexity, automaticSteps: number, manualSteps: number): EffortEstimate {
  const automatic = `${automaticSteps} automatic step${automaticSteps === 1 ? '' : 's'}`;
  const manual = `${manualSteps} manual step${manualSteps === 1 ? '' : 's'}`;
  switch (complexity) {
    case 'low':
      return { complexity, size: 'none', summary: `Nothing breaks: ${automatic}, review and merge.` };
    case 'medium':
      return {
        complexity,
        size: manualSteps === 0 ? 'small' : 'medium',
        summary: `Every breaking change has an automatic migration: ${automatic}, ${manual}; review the diff and let CI confirm.`,
      };
    case 'high':
      return {
        complexity,
        size: manualSteps > LARGE_MANUAL_STEP_COUNT ? 'large' : 'medium',
        summary: `Some breaking changes need hand edits: ${automatic}, ${manual}.`,
      };
    case 'critical':
      return {
        complexity,
        size: 'large',
        summary: `Something was removed with no replacement: code that used it must be rewritten (${automatic}, ${manual}).`,
      };
  }
}
