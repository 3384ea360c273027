// The condition a tool is registered under reads differently (another flag, another value, a
// further condition): flagged for review, minor by default, because mcpver cannot decide from the
// texts whether fewer configurations list it (see the rationale).

import { conditionRule } from './conditional.ts';

export const rule = conditionRule({
  id: 'tool-condition-changed',
  level: 'minor',
  kind: 'tool',
  change: 'condition-changed',
  description: 'The condition a tool is registered under changed its text (not only its spelling).',
  rationale:
    'Already conditional before, so no client could count on it with every configuration; whether the new condition excludes configurations the old one included is not decidable from the texts, so it is flagged for review (minor; `policy.rules.tool-condition-changed: major` to fail on it).',
  flag: (name, before, after) =>
    `The gate of "${name}" changed from \`${before ?? ''}\` to \`${after ?? ''}\`: users who turned it on the old way may have to change their configuration; say so in the release notes, or re-level this rule to major.`,
});
