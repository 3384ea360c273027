// A tool's input or output schema became unusable: not an object, not valid JSON Schema, or with a
// reference that does not resolve. Compared as far as possible, and flagged.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

export const rule: Rule = {
  id: 'schema-invalid',
  level: 'patch',
  surface: 'mcp',
  direction: 'meta',
  catalogue: [],
  description:
    "A tool's schema is newly not an object, not valid JSON Schema, or has a reference that does not resolve.",
  rationale: 'Strict clients refuse such tools; the comparison proceeds on what can be read, and a person should look.',
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    if (!analysis) return [];
    const before = new Set(analysis.problems.old.map((p) => `${p.tool}\u0000${p.part}\u0000${p.message}`));
    return analysis.problems.new
      .filter((p) => !before.has(`${p.tool}\u0000${p.part}\u0000${p.message}`))
      .map((p) => ({
        rule: 'schema-invalid',
        level: 'patch' as const,
        item: itemKey.tool(p.tool),
        subject: `${itemKey.tool(p.tool)}.${p.part}`,
        message: `Tool "${p.tool}": ${p.message}`,
        flag: 'Clients that validate tool schemas may refuse this tool.',
      }));
  },
};
