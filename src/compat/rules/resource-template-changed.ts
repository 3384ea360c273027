// A resource template's URI expression changed (a variable renamed, added or removed): one change, not a removal and an addition.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { templateChanges } from '../schema/templates.ts';

export const rule: Rule = {
  id: 'resource-template-changed',
  level: 'major',
  surface: 'mcp',
  direction: 'input',
  catalogue: ['MCP-69'],
  description:
    "A resource template's URI expression changed: a variable renamed, added or removed, or the fixed part moved (paired by the same shape or the same name).",
  rationale:
    'Clients expand the template with the variables they know; URIs built for the old expression no longer resolve.',
  detect({ old, new: next }) {
    return templateChanges(old, next).map(({ from, to, name }) => ({
      rule: 'resource-template-changed',
      level: 'major' as const,
      item: itemKey.resourceTemplate(from),
      subject: itemKey.resourceTemplate(from),
      message: `Resource template "${name}" changed from ${from} to ${to}`,
      before: from,
      after: to,
    }));
  },
};
