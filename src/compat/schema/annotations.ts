// Tool safety hints, read with the defaults the MCP specification gives when a hint is absent.

import type { McpTool } from '../../surface/types.ts';

/** Each hint, its default, and the value that is the safer promise. */
export const SAFETY_HINTS = [
  { name: 'readOnlyHint', default: false, safe: true },
  { name: 'destructiveHint', default: true, safe: false },
  { name: 'idempotentHint', default: false, safe: true },
  { name: 'openWorldHint', default: true, safe: false },
] as const;

export type HintName = (typeof SAFETY_HINTS)[number]['name'];

/** The value a client must assume for a hint (the specification's default when it is absent or not a boolean). */
export function hintValue(tool: McpTool, hint: (typeof SAFETY_HINTS)[number]): boolean {
  const value = tool.annotations?.[hint.name];
  return typeof value === 'boolean' ? value : hint.default;
}
