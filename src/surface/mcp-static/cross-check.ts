// When both a runtime and a static snapshot exist, they should agree: every disagreement is a
// warning (a conditional registration, a schema built at runtime, or a gap in static extraction).

import type { McpSurface, SurfaceWarning } from '../types.ts';
import { canonical } from '../../json-schema/canonical.ts';

const LISTS = [
  ['tools', 'tool', (x: Record<string, unknown>) => String(x.name)],
  ['prompts', 'prompt', (x: Record<string, unknown>) => String(x.name)],
  ['resources', 'resource', (x: Record<string, unknown>) => String(x.uri)],
  ['resourceTemplates', 'resource template', (x: Record<string, unknown>) => String(x.uriTemplate)],
] as const;

/** How many missing names one warning spells out. */
const MAX_NAMES = 5;
const PLURAL: Record<string, string> = {
  tool: 'tools',
  prompt: 'prompts',
  resource: 'resources',
  'resource template': 'resource templates',
};

/** Compared fields of each item: what a client sees. */
const FIELDS = ['description', 'inputSchema', 'outputSchema', 'annotations', 'arguments', 'mimeType', 'title'];

export function crossCheckSurfaces(runtime: McpSurface, fromSource: McpSurface): SurfaceWarning[] {
  const warnings: SurfaceWarning[] = [];
  const flags = (c: Record<string, unknown>) =>
    new Set(
      Object.entries(c).flatMap(([k, v]) => [
        k,
        ...(v && typeof v === 'object' ? Object.keys(v).map((s) => `${k}.${s}`) : []),
      ]),
    );
  const [running, extracted] = [flags(runtime.capabilities), flags(fromSource.capabilities)];
  for (const flag of running)
    if (!extracted.has(flag))
      warnings.push({
        part: 'mcp',
        message: `The running server declares the capability "${flag}", which static extraction did not find`,
      });
  for (const flag of extracted)
    if (!running.has(flag))
      warnings.push({
        part: 'mcp',
        message: `The sources declare the capability "${flag}", but the running server does not`,
      });
  for (const [list, noun, key] of LISTS) {
    const running = new Map((runtime[list] as unknown as Record<string, unknown>[]).map((x) => [key(x), x]));
    const extracted = new Map((fromSource[list] as unknown as Record<string, unknown>[]).map((x) => [key(x), x]));
    for (const [name, item] of extracted) {
      const location = fromSource.locations?.[`${noun.replace(' ', '-')}:${name}`];
      const other = running.get(name);
      if (!other) {
        warnings.push({
          part: 'mcp',
          message: `The sources declare the ${noun} "${name}", but the running server did not list it (registered conditionally, or later?)`,
          ...(location ? { location } : {}),
        });
        continue;
      }
      for (const field of FIELDS) {
        if (canonical(item[field]) !== canonical(other[field])) {
          warnings.push({
            part: 'mcp',
            message: `Static extraction and the running server disagree on the ${field} of the ${noun} "${name}"`,
            ...(location ? { location } : {}),
          });
        }
      }
    }
    const missing = [...running.keys()].filter((name) => !extracted.has(name));
    if (missing.length === 1)
      warnings.push({
        part: 'mcp',
        message: `The running server lists the ${noun} "${missing[0]}", which static extraction did not find in the sources`,
      });
    // Items generated at run time (a resource per file) come in numbers: one warning says it.
    else if (missing.length > 1) {
      const shown = missing
        .slice(0, MAX_NAMES)
        .map((n) => `"${n}"`)
        .join(', ');
      warnings.push({
        part: 'mcp',
        message: `The running server lists ${missing.length} ${PLURAL[noun]} that static extraction did not find in the sources: ${shown}${missing.length > MAX_NAMES ? `, and ${missing.length - MAX_NAMES} more` : ''}`,
      });
    }
  }
  return warnings;
}
