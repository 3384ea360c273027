// Prompt arguments are a flat input schema (name, required): what was added, removed, renamed, or
// changed between required and optional, per prompt pair. Shared by the prompt-argument rules.

import type { Change, Level, Rule, RuleOptions } from '../types.ts';
import type { Snapshot } from '../../surface/types.ts';
import { itemKey } from '../surface-items.ts';
import { analyzeMcp } from './analysis.ts';
import { matchRenames } from './renames.ts';
import { overriddenLevel } from './schema-rule.ts';

export type ArgumentChangeKind = 'removed' | 'added-required' | 'added-optional' | 'became-required' | 'became-optional' | 'renamed';

export interface ArgumentChange {
  prompt: string;
  kind: ArgumentChangeKind;
  name: string;
  renamedTo?: string;
}

export function argumentChanges(old: Snapshot, next: Snapshot): ArgumentChange[] {
  const out: ArgumentChange[] = [];
  for (const pair of analyzeMcp(old, next)?.prompts ?? []) {
    const before = new Map((pair.old.arguments ?? []).map((a) => [a.name, a.required === true]));
    const after = new Map((pair.new.arguments ?? []).map((a) => [a.name, a.required === true]));
    const removed = [...before.keys()].filter((k) => !after.has(k));
    const added = [...after.keys()].filter((k) => !before.has(k));
    // Arguments are plain strings: a rename needs a shared word in the names.
    const renames = matchRenames(removed, added, (r, a) => before.get(r) === after.get(a), () => false);
    const from = new Set(renames.map((r) => r.from));
    const to = new Set(renames.map((r) => r.to));
    for (const r of renames) out.push({ prompt: pair.name, kind: 'renamed', name: r.from, renamedTo: r.to });
    for (const name of removed.filter((k) => !from.has(k))) out.push({ prompt: pair.name, kind: 'removed', name });
    for (const name of added.filter((k) => !to.has(k))) out.push({ prompt: pair.name, kind: after.get(name) ? 'added-required' : 'added-optional', name });
    for (const [name, required] of after) {
      if (!before.has(name) || before.get(name) === required) continue;
      out.push({ prompt: pair.name, kind: required ? 'became-required' : 'became-optional', name });
    }
  }
  return out;
}

export interface ArgumentRuleSpec {
  id: string;
  kind: ArgumentChangeKind;
  level: Level;
  catalogue: string[];
  description: string;
  rationale: string;
  message: (change: ArgumentChange) => string;
}

export function argumentRule(spec: ArgumentRuleSpec): Rule {
  return {
    id: spec.id,
    level: spec.level,
    surface: 'mcp',
    direction: 'input',
    catalogue: spec.catalogue,
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next, options }: { old: Snapshot; new: Snapshot; options: RuleOptions }) {
      const level = overriddenLevel(spec.id, spec.level, options);
      if (!level) return [];
      return argumentChanges(old, next)
        .filter((c) => c.kind === spec.kind)
        .map((c): Change => ({
          rule: spec.id,
          level,
          item: itemKey.prompt(c.prompt),
          subject: `${itemKey.prompt(c.prompt)}.arguments.${c.name}`,
          message: `Prompt "${c.prompt}": ${spec.message(c)}`,
          ...(c.kind === 'renamed'
            ? { before: c.name, after: c.renamedTo, migration: { kind: 'rename-argument' as const, from: c.name, to: c.renamedTo!, scope: itemKey.prompt(c.prompt), description: `Pass "${c.renamedTo}" instead of "${c.name}" to the prompt ${c.prompt}.` } }
            : {}),
        }));
    },
  };
}
