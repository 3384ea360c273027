// Shared by the element rules: what was added to or removed from one keyed list of a snapshot.

import type { Snapshot } from '../../surface/types.ts';
import type { Change, Level, Rule, SurfacePart } from '../types.ts';

export interface Keyed<T> {
  key: string;
  value: T;
}

/** Index a list by key; a later duplicate is ignored here (duplicates are reported when the snapshot is taken). */
export function byKey<T>(list: readonly T[], key: (item: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of list) if (!map.has(key(item))) map.set(key(item), item);
  return map;
}

/** Items only in old (removed) and only in new (added), each sorted by key. Null parts compare as absent, not empty. */
export function addedAndRemoved<T>(
  old: Snapshot,
  next: Snapshot,
  list: (s: Snapshot) => readonly T[] | undefined,
  key: (item: T) => string,
): { added: Keyed<T>[]; removed: Keyed<T>[] } {
  const before = list(old);
  const after = list(next);
  // When one side was not read at all (no MCP part in a snapshot), nothing can be said about it.
  if (before === undefined || after === undefined) return { added: [], removed: [] };
  const a = byKey(before, key);
  const b = byKey(after, key);
  const removed = [...a].filter(([k]) => !b.has(k)).map(([k, value]) => ({ key: k, value }));
  const added = [...b].filter(([k]) => !a.has(k)).map(([k, value]) => ({ key: k, value }));
  const sort = (x: Keyed<T>, y: Keyed<T>) => x.key.localeCompare(y.key);
  return { added: added.sort(sort), removed: removed.sort(sort) };
}

export interface CollectionRuleSpec<T> {
  id: string;
  level: Level;
  surface: SurfacePart;
  /** Which side of the difference the rule reports. */
  side: 'added' | 'removed';
  /** Capitalized noun for messages: `Tool`. */
  noun: string;
  list: (s: Snapshot) => readonly T[] | undefined;
  key: (item: T) => string;
  item: (key: string) => string;
  description: string;
  rationale: string;
  /** Items renamed between the snapshots: reported once by a rename rule, so neither removed nor added here. */
  renamed?: (old: Snapshot, next: Snapshot) => readonly { from: string; to: string }[];
  /** A note for a person on one found item (a removal that may be a rename), shown as the change's flag. */
  note?: (old: Snapshot, next: Snapshot, key: string) => string | undefined;
}

/** A rule that reports the items added to, or removed from, one list of the snapshot. */
export function collectionRule<T>(spec: CollectionRuleSpec<T>): Rule {
  return {
    id: spec.id,
    level: spec.level,
    surface: spec.surface,
    description: spec.description,
    rationale: spec.rationale,
    detect({ old, new: next }) {
      const renamed = new Set((spec.renamed?.(old, next) ?? []).map((r) => (spec.side === 'removed' ? r.from : r.to)));
      const found = addedAndRemoved(old, next, spec.list, spec.key)[spec.side].filter(({ key }) => !renamed.has(key));
      return found.map(({ key, value }): Change => {
        const item = spec.item(key);
        const note = spec.note?.(old, next, key);
        return {
          rule: spec.id,
          level: spec.level,
          item,
          subject: item,
          message: `${spec.noun} "${key}" was ${spec.side}`,
          ...(spec.side === 'removed' ? { before: value } : { after: value }),
          ...(note ? { flag: note } : {}),
        };
      });
    },
  };
}
