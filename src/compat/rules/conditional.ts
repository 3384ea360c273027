// Shared by the condition rules: an item both versions list whose registration condition (read from
// the sources: `mcp.conditions`) appeared, went away, or changed. A condition is compared by what its
// text says (surface/conditions.ts), so one gate read two ways is no change.

import type { Snapshot } from '../../surface/types.ts';
import { normalizeCondition } from '../../surface/conditions.ts';
import type { Change, Level, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { byKey } from './collection.ts';

export type ConditionalKind = 'tool' | 'prompt' | 'resource' | 'resource-template';
export type ConditionChange = 'made-conditional' | 'made-unconditional' | 'condition-changed';

const NOUN: Record<ConditionalKind, string> = {
  tool: 'Tool',
  prompt: 'Prompt',
  resource: 'Resource',
  'resource-template': 'Resource template',
};

/** The keys (name, URI or URI template) of one kind of item a snapshot lists. */
function keysOf(snapshot: Snapshot, kind: ConditionalKind): string[] {
  const mcp = snapshot.mcp;
  if (!mcp) return [];
  if (kind === 'tool') return [...byKey(mcp.tools, (t) => t.name).keys()];
  if (kind === 'prompt') return [...byKey(mcp.prompts, (p) => p.name).keys()];
  if (kind === 'resource') return [...byKey(mcp.resources, (r) => r.uri).keys()];
  return [...byKey(mcp.resourceTemplates, (t) => t.uriTemplate).keys()];
}

const ITEM: Record<ConditionalKind, (key: string) => string> = {
  tool: itemKey.tool,
  prompt: itemKey.prompt,
  resource: itemKey.resource,
  'resource-template': itemKey.resourceTemplate,
};

/**
 * Conditions are only known where the sources were read: a listing of a running server (or a
 * capture) has none, which says nothing about whether its items were conditional. Both versions
 * must have been read from their sources for their conditions to be compared.
 */
const readFromSources = (snapshot: Snapshot) => snapshot.provenance.mcp === 'static';

export interface ConditionRuleSpec {
  id: string;
  level: Level;
  kind: ConditionalKind;
  change: ConditionChange;
  description: string;
  rationale: string;
  /** The note for a person on each change found, where one helps. */
  flag?: (name: string, before: string | undefined, after: string | undefined) => string;
}

export function conditionRule(spec: ConditionRuleSpec): Rule {
  return {
    id: spec.id,
    level: spec.level,
    surface: 'mcp',
    direction: 'meta',
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next }) {
      if (!readFromSources(old) || !readFromSources(next)) return [];
      const listedBefore = new Set(keysOf(old, spec.kind));
      const changes: Change[] = [];
      for (const key of keysOf(next, spec.kind).sort()) {
        if (!listedBefore.has(key)) continue;
        const item = ITEM[spec.kind](key);
        const before = old.mcp?.conditions?.[item];
        const after = next.mcp?.conditions?.[item];
        const found: ConditionChange | undefined =
          before === undefined
            ? after === undefined
              ? undefined
              : 'made-conditional'
            : after === undefined
              ? 'made-unconditional'
              : normalizeCondition(before) === normalizeCondition(after)
                ? undefined
                : 'condition-changed';
        if (found !== spec.change) continue;
        const noun = NOUN[spec.kind];
        const message =
          found === 'made-conditional'
            ? `${noun} "${key}" is now registered only when \`${after}\``
            : found === 'made-unconditional'
              ? `${noun} "${key}" is now registered always (before: only when \`${before}\`)`
              : `${noun} "${key}" is now registered only when \`${after}\` (before: only when \`${before}\`)`;
        changes.push({
          rule: spec.id,
          level: spec.level,
          item,
          subject: `${item}.condition`,
          message,
          ...(before !== undefined ? { before } : {}),
          ...(after !== undefined ? { after } : {}),
          ...(spec.flag ? { flag: spec.flag(key, before, after) } : {}),
        });
      }
      return changes;
    },
  };
}
