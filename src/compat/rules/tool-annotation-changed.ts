// A tool's annotations changed without weakening a safety hint (a hint strengthened, made explicit, or another annotation).

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { dataKey } from '../../json-schema/canonical.ts';
import { SAFETY_HINTS, hintValue } from '../schema/annotations.ts';

export const rule: Rule = {
  id: 'tool-annotation-changed',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-14'],
  description: 'An annotation changes without weakening a safety hint.',
  rationale: 'A stronger or equal promise does not hurt clients.',
  detect({ old, new: next }) {
    const changes: Change[] = [];
    for (const pair of analyzeMcp(old, next)?.tools ?? []) {
      const before = pair.old.annotations ?? {};
      const after = pair.new.annotations ?? {};
      for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
        if (name === 'title' || dataKey(before[name]) === dataKey(after[name])) continue;
        const hint = SAFETY_HINTS.find((h) => h.name === name);
        // A hint made explicit with its default value means the same; weakening is the other rule's.
        if (hint && hintValue(pair.old, hint) === hintValue(pair.new, hint)) continue;
        if (hint && hintValue(pair.old, hint) === hint.safe) continue;
        changes.push({
          rule: 'tool-annotation-changed',
          level: 'patch',
          item: itemKey.tool(pair.name),
          subject: `${itemKey.tool(pair.name)}.annotations.${name}`,
          message: `Tool "${pair.name}": annotation ${name} ${JSON.stringify(before[name]) ?? 'absent'} → ${JSON.stringify(after[name]) ?? 'absent'}`,
          before: before[name],
          after: after[name],
        });
      }
    }
    return changes;
  },
};
