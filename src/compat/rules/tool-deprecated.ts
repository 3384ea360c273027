// A tool is newly marked deprecated: by an annotation or `_meta` flag, or by the word in its title or description.

import type { McpTool } from '../../surface/types.ts';
import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from '../schema/analysis.ts';

/** How a server says a tool is deprecated: there is no standard field yet (SEP-2596), so each common form counts. */
function deprecation(tool: McpTool): string | undefined {
  const meta = tool._meta as Record<string, unknown> | undefined;
  if (tool.annotations?.deprecated === true || tool.deprecated === true || meta?.deprecated === true)
    return 'a deprecated flag';
  if (/\bdeprecated\b/i.test(`${tool.title ?? ''}\n${tool.annotations?.title ?? ''}`)) return 'its title';
  if (/\bdeprecated\b/i.test(tool.description ?? '')) return 'its description';
  return undefined;
}

export const rule: Rule = {
  id: 'tool-deprecated',
  level: 'minor',
  surface: 'mcp',
  direction: 'meta',
  catalogue: ['MCP-15'],
  description:
    'A tool is newly marked deprecated (a deprecated flag in annotations or _meta, or "deprecated" in its title or description).',
  rationale:
    'It still works; semver asks for a minor release when functionality is deprecated, so that dependents get notice before it is removed.',
  detect({ old, new: next }) {
    return (analyzeMcp(old, next)?.tools ?? [])
      .filter((pair) => !deprecation(pair.old) && deprecation(pair.new))
      .map((pair) => ({
        rule: 'tool-deprecated',
        level: 'minor' as const,
        item: itemKey.tool(pair.name),
        subject: itemKey.tool(pair.name),
        message: `Tool "${pair.name}" is now marked deprecated (${deprecation(pair.new)})`,
      }));
  },
};
