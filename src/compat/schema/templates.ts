// Resource templates are identified by their URI template, so a changed expression (a variable
// renamed, added or removed) looks like a removal and an addition. Pairs them back: same template
// with variables blanked out (a renamed variable), else the same name.

import type { McpResourceTemplate, Snapshot } from '../../surface/types.ts';

export interface TemplateChange {
  from: string;
  to: string;
  name: string;
}

/** `docs://pages/{id}` → `docs://pages/{}`: the expression without its variable names. */
const blanked = (uriTemplate: string) => uriTemplate.replace(/\{[^}]*\}/g, '{}');

const cache = new WeakMap<Snapshot, WeakMap<Snapshot, TemplateChange[]>>();

export function templateChanges(old: Snapshot, next: Snapshot): TemplateChange[] {
  if (!old.mcp || !next.mcp) return [];
  let inner = cache.get(old);
  if (!inner) cache.set(old, (inner = new WeakMap()));
  const cached = inner.get(next);
  if (cached) return cached;
  const before = new Map(old.mcp.resourceTemplates.map((t) => [t.uriTemplate, t]));
  const after = new Map(next.mcp.resourceTemplates.map((t) => [t.uriTemplate, t]));
  const removed = [...before.values()].filter((t) => !after.has(t.uriTemplate));
  const added = [...after.values()].filter((t) => !before.has(t.uriTemplate));
  const changes: TemplateChange[] = [];
  const taken = new Set<McpResourceTemplate>();
  for (const match of [
    (a: McpResourceTemplate, b: McpResourceTemplate) => blanked(a.uriTemplate) === blanked(b.uriTemplate),
    (a: McpResourceTemplate, b: McpResourceTemplate) => a.name === b.name,
  ]) {
    for (const r of removed) {
      if (changes.some((c) => c.from === r.uriTemplate)) continue;
      const candidates = added.filter((a) => !taken.has(a) && match(r, a));
      // Only an unambiguous pair is one template; otherwise removal and addition stand.
      if (candidates.length !== 1) continue;
      taken.add(candidates[0]!);
      changes.push({ from: r.uriTemplate, to: candidates[0]!.uriTemplate, name: candidates[0]!.name });
    }
  }
  inner.set(next, changes);
  return changes;
}
