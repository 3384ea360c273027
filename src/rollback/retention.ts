// Retention of rollback points: at most `maxCount` per package and none older than `maxAgeDays`,
// except points that a pending restore or an open migration still refers to.

import { statePaths, type StateTransaction, type StateStore } from '../state/types.ts';
import { parseTagMessage } from './metadata.ts';
import { listRollbackPoints, type RollbackContext } from './points.ts';
import { ROLLBACK_TAG_PREFIX, type RetentionPolicy, type RollbackRecord } from './types.ts';

const MS_PER_DAY = 86_400_000;
/**
 * A tag without a record may be a point being made right now (the tag is written first): only tags
 * older than this are treated as leftovers.
 */
export const ORPHAN_TAG_GRACE_MS = 60 * 60 * 1000;

/** The record fields a migration keeps about the rollback point it depends on. */
interface MigrationReference {
  status?: string;
  rollbackPoint?: string | null;
  releasePoint?: string | null;
}

type Reader = Pick<StateTransaction, 'list' | 'readJson'> | Pick<StateStore, 'list' | 'readJson'>;

/** Ids of points that must be kept: a restore waiting on them, or an open migration naming them. */
export async function protectedPointIds(state: Reader, records: readonly RollbackRecord[]): Promise<Set<string>> {
  const ids = new Set(records.filter((r) => r.restore?.status === 'open').map((r) => r.id));
  for (const file of await state.list('migrations/')) {
    const migration = await state.readJson<MigrationReference>(file);
    if (migration?.status !== 'open') continue;
    for (const id of [migration.rollbackPoint, migration.releasePoint]) if (id) ids.add(id);
  }
  return ids;
}

/** Which points retention removes, and why; pure. */
export function selectPrunable(
  records: readonly RollbackRecord[],
  policy: RetentionPolicy,
  now: Date,
  keep: ReadonlySet<string>,
): Array<{ record: RollbackRecord; why: string }> {
  const byPackage = new Map<string, RollbackRecord[]>();
  for (const record of records) {
    const key = record.package ?? '';
    byPackage.set(key, [...(byPackage.get(key) ?? []), record]);
  }
  const out: Array<{ record: RollbackRecord; why: string }> = [];
  for (const group of byPackage.values()) {
    group.sort((a, b) => b.created.localeCompare(a.created));
    group.forEach((record, index) => {
      if (keep.has(record.id)) return;
      const ageDays = (now.getTime() - Date.parse(record.created)) / MS_PER_DAY;
      if (index >= policy.maxCount)
        out.push({ record, why: `more than ${policy.maxCount} points of ${record.package ?? 'the repository'}` });
      else if (ageDays > policy.maxAgeDays) out.push({ record, why: `older than ${policy.maxAgeDays} days` });
    });
  }
  return out;
}

export interface PruneResult {
  pruned: Array<{ id: string; why: string }>;
  /** Points retention would remove but a pending restore or open migration keeps. */
  kept: string[];
  /** Tags under mcpver/rollback/ that had no record and were removed. */
  orphanTags: string[];
}

/**
 * Remove what retention selects (or exactly `ids`): the records in one state transaction, which
 * re-checks protection against the state it commits on, then their tags.
 */
export async function pruneRollbackPoints(
  ctx: RollbackContext,
  policy: RetentionPolicy,
  ids?: readonly string[],
): Promise<PruneResult> {
  const now = ctx.now?.() ?? new Date();
  const { result } = await ctx.store.transact(
    'rollback: prune points',
    async (tx) => {
      const records: RollbackRecord[] = [];
      for (const file of await tx.list('rollbacks/')) {
        const record = await tx.readJson<RollbackRecord>(file);
        if (record) records.push(record);
      }
      const keep = await protectedPointIds(tx, records);
      const candidates = ids
        ? records.filter((r) => ids.includes(r.id)).map((record) => ({ record, why: 'asked for' }))
        : selectPrunable(records, policy, now, new Set());
      const pruned = candidates.filter((c) => !keep.has(c.record.id));
      for (const { record } of pruned) tx.delete(statePaths.rollback(record.id));
      return {
        pruned: pruned.map((c) => ({ id: c.record.id, why: c.why, tag: c.record.tag })),
        kept: candidates.filter((c) => keep.has(c.record.id)).map((c) => c.record.id),
      };
    },
    { actor: ctx.actor, operation: 'rollback-prune' },
  );
  for (const { tag } of result.pruned) await ctx.repo.deleteTag(tag);
  const orphanTags: string[] = [];
  if (!ids) {
    const known = new Set((await listRollbackPoints(ctx.store)).map((r) => r.tag));
    for (const tag of await ctx.repo.listTags(ROLLBACK_TAG_PREFIX)) {
      if (known.has(tag)) continue;
      const info = await ctx.repo.readTag(tag);
      let created = 0;
      try {
        created = info ? Date.parse(parseTagMessage(tag, info.message).created) : 0;
      } catch {
        // Not one of mcpver's tag messages: someone made it by hand under our prefix; leave it alone.
        continue;
      }
      if (now.getTime() - created > ORPHAN_TAG_GRACE_MS) {
        await ctx.repo.deleteTag(tag);
        orphanTags.push(tag);
      }
    }
  }
  return { pruned: result.pruned.map(({ id, why }) => ({ id, why })), kept: result.kept, orphanTags };
}
