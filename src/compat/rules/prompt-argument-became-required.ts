// An optional prompt argument becomes required.

import { argumentRule } from '../schema/prompt-arguments.ts';

export const rule = argumentRule({
  id: 'prompt-argument-became-required',
  kind: 'became-required',
  level: 'major',
  catalogue: ['MCP-78'],
  description: 'An optional prompt argument becomes required.',
  rationale: 'Requests that omitted it are refused.',
  message: (c) => `argument "${c.name}" became required`,
});
