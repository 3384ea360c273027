// A prompt that was registered only under a condition is now always registered: like an addition
// for clients whose configuration did not meet the condition.

import { conditionRule } from './conditional.ts';

export const rule = conditionRule({
  id: 'prompt-made-unconditional',
  level: 'minor',
  kind: 'prompt',
  change: 'made-unconditional',
  description: 'A prompt that was registered only under a condition is now always registered.',
  rationale: 'Clients that did not meet the condition now see it, as if it were added; those that did are unaffected.',
});
