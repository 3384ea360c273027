// Manual steps: each breaking change that no automatic edit covers, with its witness and the places
// in the dependent that mention the affected item, so a person knows where to start.

import type { Change } from '../compat/types.ts';
import { isCodeFile } from './code-files.ts';
import { isReferenceFile } from './references.ts';
import type { DependentFiles, ManualStep } from './types.ts';

/** Enough places to start from; the rest a search finds. */
export const MAX_MENTIONS_PER_STEP = 5;

/** The hint kinds mcpver always applies by itself; argument renames count only where they were applied. */
export const AUTOMATIC_HINTS = new Set(['rename-tool', 'rename-export']);

/** The name a client writes for an item key: `tool:search` → `search`, `ts:.:Client` → `Client`. */
export function itemName(item: string): string | null {
  if (item.startsWith('ts:')) return item.slice(item.lastIndexOf(':') + 1);
  const colon = item.indexOf(':');
  if (colon < 0 || item === 'package') return null;
  return item.slice(colon + 1);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `file:line` of each line in code and configuration that has the name as a whole word. */
export function findMentions(files: DependentFiles, name: string): string[] {
  const word = new RegExp(`(^|[^A-Za-z0-9_$-])${escapeRegExp(name)}($|[^A-Za-z0-9_$-])`);
  const mentions: string[] = [];
  for (const file of [...files.keys()].sort()) {
    if (!isCodeFile(file) && !isReferenceFile(file)) continue;
    const lines = files.get(file)!.split('\n');
    lines.forEach((line, i) => {
      if (mentions.length < MAX_MENTIONS_PER_STEP && word.test(line)) mentions.push(`${file}:${i + 1}`);
    });
  }
  return mentions;
}

/**
 * Breaking changes left to people: those without a hint that mcpver applies by itself, and argument
 * renames it found no call object to apply to (`applied` holds the ones it did apply).
 */
export function manualSteps(changes: readonly Change[], files: DependentFiles, applied: ReadonlySet<Change> = new Set()): ManualStep[] {
  return changes
    .filter((c) => c.level === 'major' && !(c.migration && AUTOMATIC_HINTS.has(c.migration.kind)) && !applied.has(c))
    .map((c) => {
      // A hint names what the dependent wrote (the old argument, the old command); otherwise the item does.
      const name = c.migration?.from ?? itemName(c.item);
      return {
        subject: c.subject,
        message: c.message,
        rule: c.rule,
        ...(c.migration ? { hint: c.migration } : {}),
        ...(c.witness ? { witness: c.witness } : {}),
        mentions: name ? findMentions(files, name) : [],
      };
    });
}
