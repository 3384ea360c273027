// A prompt disappeared and another with the same arguments appeared: one rename.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';
import { evidenceLine } from '../schema/renames.ts';

export const rule: Rule = {
  id: 'prompt-renamed',
  level: 'major',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-09', 'MCP-73'],
  description:
    'A prompt is renamed: removed and added under another name with the same arguments, and names or descriptions that tie the two.',
  rationale: 'Clients get prompts by name: the old name fails; a migration hint gives the new one.',
  detect({ old, new: next }) {
    const analysis = analyzeMcp(old, next);
    return (analysis?.promptRenames ?? []).map(({ from, to, evidence }) => ({
      rule: 'prompt-renamed',
      level: 'major' as const,
      item: itemKey.prompt(from),
      subject: itemKey.prompt(from),
      message: `Prompt "${from}" was renamed to "${to}"`,
      before: from,
      after: to,
      migration: {
        kind: 'rename-prompt' as const,
        from,
        to,
        description: `Get the prompt "${to}" where "${from}" was used.`,
        evidence: evidenceLine({ from, to, evidence }, 'the same arguments'),
      },
    }));
  },
};
