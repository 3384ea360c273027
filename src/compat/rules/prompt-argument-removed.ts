// A prompt argument is removed.

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-argument-removed',
  kind: 'removed',
  level: 'major',
  catalogue: ['MCP-75'],
  description: 'A prompt argument is removed.',
  rationale: 'Clients that pass it are refused (the SDK validates prompt arguments) or lose it.',
  message: (c) => `argument "${c.name}" was removed`,
});
