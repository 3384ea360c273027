// A prompt gains an optional argument.

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-optional-argument-added',
  kind: 'added-optional',
  level: 'minor',
  catalogue: ['MCP-77'],
  description: 'A prompt gains an optional argument.',
  rationale: 'Old requests stay valid.',
  message: (c) => `optional argument "${c.name}" was added`,
});
