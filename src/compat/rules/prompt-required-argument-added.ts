// A prompt gains a required argument.

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-required-argument-added',
  kind: 'added-required',
  level: 'major',
  catalogue: ['MCP-76'],
  description: 'A prompt gains a required argument.',
  rationale: 'Clients that get the prompt without it are refused.',
  message: (c) => `required argument "${c.name}" was added`,
});
