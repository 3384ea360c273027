// Manual steps: each breaking change that no automatic edit covers, with its witness and the places
// in the dependent that use the affected item, so a person knows where to start. Changes to items
// the dependent does not use are kept apart: the plan sums them up in one line.

import type { SourceFile } from 'ts-morph';
import type { Change } from '../compat/types.ts';
import { findUsage, type UsageContext } from './usages.ts';
import type { DependentFiles, ManualStep, PackageReference } from './types.ts';

export { MAX_MENTIONS_PER_STEP } from './usages.ts';

/** The hint kinds mcpver applies by itself, when they carry the evidence that makes them certain. */
export const AUTOMATIC_HINTS = new Set(['rename-tool', 'rename-export']);

/**
 * Whether mcpver may apply a hint without asking: a rename kind it has a codemod for, whose evidence
 * says why it is one item renamed. A hint without evidence (a report written by an older mcpver,
 * which paired any same-shape items) is shown as a suggestion, never applied.
 */
export function isCertain(hint: Change['migration']): boolean {
  return hint !== undefined && typeof hint.evidence === 'string' && hint.evidence.length > 0;
}

/** The name a client writes for an item key: `tool:search` → `search`, `ts:.:Client` → `Client`. */
export function itemName(item: string): string | null {
  if (item.startsWith('ts:')) return item.slice(item.lastIndexOf(':') + 1);
  const colon = item.indexOf(':');
  if (colon < 0 || item === 'package') return null;
  return item.slice(colon + 1);
}

export interface ManualStepInput {
  changes: readonly Change[];
  files: DependentFiles;
  sources: readonly SourceFile[];
  packageName: string;
  references: readonly PackageReference[];
  /** Argument renames mcpver applied in this plan. */
  applied?: ReadonlySet<Change>;
}

/**
 * Breaking changes left to people: those without a certain hint that mcpver applies by itself, and
 * argument renames it found no call object to apply to. `used` are those about items the dependent
 * uses (or that concern every dependent, such as the Node.js versions); `notUsed` the rest.
 */
export function manualSteps(input: ManualStepInput): {
  used: ManualStep[];
  notUsed: ManualStep[];
  notUsedChanges: Set<Change>;
} {
  const context: UsageContext = {
    files: input.files,
    sources: input.sources,
    packageName: input.packageName,
    references: input.references,
  };
  const used: ManualStep[] = [];
  const notUsed: ManualStep[] = [];
  const notUsedChanges = new Set<Change>();
  for (const c of input.changes) {
    if ((c.migration && AUTOMATIC_HINTS.has(c.migration.kind) && isCertain(c.migration)) || input.applied?.has(c))
      continue;
    // A compatible change that a person should look at (an argument the server now ignores, a
    // possible rename) is a step only where this dependent passes exactly that argument.
    const flagged = c.level !== 'major' && c.flag !== undefined && /^tool:[^.]+\.input\./.test(c.subject);
    if (c.level !== 'major' && !flagged) continue;
    const usage = findUsage(c, context);
    if (flagged && (usage.kind !== 'used' || !c.rule.startsWith('input-property-'))) continue;
    const step: ManualStep = {
      subject: c.subject,
      level: c.level,
      message: c.message,
      rule: c.rule,
      ...(c.migration ? { hint: c.migration } : {}),
      ...(c.witness ? { witness: c.witness } : {}),
      ...(c.flag ? { note: c.flag } : {}),
      mentions: usage.kind === 'unused' ? [] : usage.lines,
    };
    (usage.kind === 'unused' ? notUsed : used).push(step);
    if (usage.kind === 'unused') notUsedChanges.add(c);
  }
  return { used, notUsed, notUsedChanges };
}
