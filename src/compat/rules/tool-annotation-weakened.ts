// A tool's safety hint promises less than before (read-only no more, now destructive, …).

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { SAFETY_HINTS, hintValue } from '../schema/annotations.ts';

export const rule: Rule = {
  id: 'tool-annotation-weakened',
  level: 'major',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-13'],
  description: 'A safety hint is weakened: readOnlyHint true→false, destructiveHint false→true, idempotentHint true→false, openWorldHint false→true (absent hints take the specification defaults).',
  rationale: 'Clients auto-approve or sandbox tools from these hints; a weaker promise makes that unsafe.',
  detect({ old, new: next }) {
    const changes: Change[] = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      for (const hint of SAFETY_HINTS) {
        const [before, after] = [hintValue(pair.old, hint), hintValue(pair.new, hint)];
        if (before === hint.safe && after !== hint.safe) {
          changes.push({
            rule: 'tool-annotation-weakened',
            level: 'major',
            item: itemKey.tool(pair.name),
            subject: `${itemKey.tool(pair.name)}.annotations.${hint.name}`,
            message: `Tool "${pair.name}": ${hint.name} ${String(before)} → ${String(after)}${pair.new.annotations?.[hint.name] === undefined ? ' (absent: the specification default)' : ''}`,
            before: pair.old.annotations?.[hint.name],
            after: pair.new.annotations?.[hint.name],
          });
        }
      }
    }
    return changes;
  },
};
