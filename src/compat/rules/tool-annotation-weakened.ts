// A tool's safety hint promises less than before (read-only no more, now destructive, …): flagged for
// review, not breaking by default, since hints do not change whether a call is valid (docs/mcp-rules.md, policy).

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
  description:
    'A safety hint is weakened: readOnlyHint true→false, destructiveHint false→true, idempotentHint true→false, openWorldHint false→true (absent hints take the specification defaults).',
  rationale:
    'Hints do not change whether a call is valid, so no call breaks (minor by default); but clients auto-approve or sandbox tools from them, so a weaker promise is flagged for review (`weakenedSafetyHint: major` to fail on it).',
  options: [
    {
      name: 'weakenedSafetyHint',
      default: 'minor',
      values: ['minor', 'major'],
      description:
        'Level of a weakened safety hint: `minor` flagged for review (annotations are hints; calls stay valid), or `major` for servers whose clients auto-approve tools from their hints.',
    },
  ],
  detect({ old, new: next, options }) {
    const level = options.weakenedSafetyHint === 'major' ? 'major' : 'minor';
    const changes: Change[] = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      for (const hint of SAFETY_HINTS) {
        const [before, after] = [hintValue(pair.old, hint), hintValue(pair.new, hint)];
        if (before === hint.safe && after !== hint.safe) {
          changes.push({
            rule: 'tool-annotation-weakened',
            level,
            item: itemKey.tool(pair.name),
            subject: `${itemKey.tool(pair.name)}.annotations.${hint.name}`,
            message: `Tool "${pair.name}": ${hint.name} ${String(before)} → ${String(after)}${pair.new.annotations?.[hint.name] === undefined ? ' (absent: the specification default)' : ''}`,
            before: pair.old.annotations?.[hint.name],
            after: pair.new.annotations?.[hint.name],
            flag: `Clients that auto-approve or sandbox "${pair.name}" from its hints now get a weaker promise (${hint.name}): review that the tool really does what its new hint says, and tell users who allowed it unattended.`,
          });
        }
      }
    }
    return changes;
  },
};
