// A required prompt argument becomes optional.

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-argument-became-optional',
  kind: 'became-optional',
  level: 'minor',
  catalogue: ['MCP-78'],
  description: 'A required prompt argument becomes optional.',
  rationale: 'Old requests stay valid.',
  message: (c) => `argument "${c.name}" became optional`,
});
