// A resource template that was always registered is now registered only under a condition (an environment
// flag, a capability, a setting): with the default configuration a client may no longer see it.

import { conditionRule } from './conditional.ts';

export const rule = conditionRule({
  id: 'resource-template-made-conditional',
  level: 'major',
  kind: 'resource-template',
  change: 'made-conditional',
  description:
    'A resource template that was always registered is now registered only under a condition read from the sources.',
  rationale:
    'Clients that read resources through it with the default configuration may no longer see it, as if it were removed (major by default; `policy.rules.resource-template-made-conditional: minor` when the condition holds by default).',
  flag: (name, _before, after) =>
    `"${name}" is now listed only when \`${after ?? ''}\`: check whether that holds with the configuration your users run; if it does not, say in the release notes how to turn "${name}" back on.`,
});
