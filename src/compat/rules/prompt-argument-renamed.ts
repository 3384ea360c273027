// A prompt argument is renamed (removed and added with the same requiredness and a similar name).

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-argument-renamed',
  kind: 'renamed',
  level: 'major',
  catalogue: ['MCP-75', 'MCP-77'],
  description: 'A prompt argument is renamed (removed and added with the same requiredness and a similar name).',
  rationale: 'Requests that use the old name are refused or lose the value; a migration hint gives the new name.',
  message: (c) => `argument "${c.name}" was renamed to "${c.renamedTo}"`,
});
