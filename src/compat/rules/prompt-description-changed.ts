// A prompt's description or title, or one of its arguments' descriptions, changed (description drift).

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule: Rule = {
  id: 'prompt-description-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-79'],
  description: "A prompt's title or description, or an argument's description, changed.",
  rationale: 'Documentation only, but it steers users and agents: listed as description drift.',
  detect({ old, new: next }) {
    const changes: Change[] = [];
    for (const pair of analyzeMcp(old, next)?.prompts ?? []) {
      const item = itemKey.prompt(pair.name);
      const push = (subject: string, what: string, before: unknown, after: unknown) =>
        changes.push({
          rule: 'prompt-description-changed',
          level: 'patch',
          item,
          subject,
          message: `Prompt "${pair.name}": ${what} changed`,
          before,
          after,
          category: 'description-drift',
        });
      for (const field of ['title', 'description'] as const) {
        if ((pair.old[field] ?? '') !== (pair.new[field] ?? ''))
          push(`${item}.${field}`, field, pair.old[field], pair.new[field]);
      }
      const after = new Map((pair.new.arguments ?? []).map((a) => [a.name, a]));
      for (const argument of pair.old.arguments ?? []) {
        const next = after.get(argument.name);
        if (next && (argument.description ?? '') !== (next.description ?? ''))
          push(
            `${item}.arguments.${argument.name}`,
            `description of argument "${argument.name}"`,
            argument.description,
            next.description,
          );
      }
    }
    return changes;
  },
};
