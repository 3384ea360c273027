// Making, listing, finding and verifying rollback points. The tag and the record are written
// together: the tag first (it is what a restore trusts), then the record; if the record cannot be
// written the tag made here is deleted again, so neither exists without the other.

import semver from 'semver';
import { statePaths, type StateStore } from '../state/types.ts';
import { expiryOf, formatTagMessage, isValidRollbackId, parseTagMessage, rollbackId, rollbackTag } from './metadata.ts';
import {
  ROLLBACK_TAG_PREFIX,
  RollbackError,
  type RetentionPolicy,
  type RollbackReason,
  type RollbackRecord,
  type RollbackRepository,
  type TagMetadata,
} from './types.ts';

/** Attempts of the transaction that records a point (TransactOptions.maxAttempts). */
export const RECORD_MAX_ATTEMPTS = 20;

export interface RollbackContext {
  repo: RollbackRepository;
  store: StateStore;
  now?: () => Date;
  /** Who asked, for the audit log. */
  actor?: string;
}

export interface CreatePointInput {
  package: string | null;
  version: string | null;
  commit: string;
  reason: RollbackReason;
  note: string;
  retention?: Pick<RetentionPolicy, 'maxAgeDays'>;
}

export async function listRollbackPoints(store: StateStore): Promise<RollbackRecord[]> {
  const files = await store.list('rollbacks/');
  const records = await Promise.all(
    files.filter((f) => f.endsWith('.json')).map((f) => store.readJson<RollbackRecord>(f)),
  );
  return records
    .filter((r): r is RollbackRecord => r !== null)
    .sort((a, b) => b.created.localeCompare(a.created) || a.id.localeCompare(b.id));
}

export async function createRollbackPoint(
  ctx: RollbackContext,
  input: CreatePointInput,
): Promise<{ record: RollbackRecord; created: boolean }> {
  const id = rollbackId(input);
  const path = statePaths.rollback(id);
  const existing = await ctx.store.readJson<RollbackRecord>(path);
  if (existing) {
    const check = await verifyRollbackPoint(ctx.repo, existing);
    if (check.ok) return { record: existing, created: false };
    throw new RollbackError(
      `The rollback point ${id} already exists but ${check.problem}; mcpver will not replace it. Delete it with \`mcpver rollback prune --id ${id}\` first if it should be made again.`,
    );
  }
  const tree = await ctx.repo.treeOf(input.commit);
  const created = (ctx.now?.() ?? new Date()).toISOString();
  const record: RollbackRecord = {
    id,
    tag: rollbackTag(id),
    package: input.package,
    version: input.version,
    commit: input.commit,
    tree,
    created,
    expires: input.retention ? expiryOf(created, input.retention.maxAgeDays) : null,
    reason: input.reason,
    note: input.note,
  };
  const tagOutcome = await ctx.repo.createTag(record.tag, record.commit, formatTagMessage(record));
  if (tagOutcome === 'exists') {
    // A tag left by an earlier attempt whose record was never written: adopt its metadata if it is sound.
    const tag = await ctx.repo.readTag(record.tag);
    if (!tag?.annotated || tag.commit !== record.commit) {
      throw new RollbackError(
        `The tag ${record.tag} already exists on another commit in ${ctx.repo.where}; mcpver never moves a rollback tag.`,
      );
    }
    const meta = parseTagMessage(record.tag, tag.message);
    Object.assign(record, { created: meta.created, expires: meta.expires, tree: meta.tree, note: meta.note });
  }
  try {
    await ctx.store.transact(
      `rollback: record point ${id}`,
      async (tx) => {
        tx.writeJson(path, record);
      },
      // Points write files of their own, so concurrent creations commute: worth retrying longer than a contested update.
      { actor: ctx.actor, operation: 'rollback-create', maxAttempts: RECORD_MAX_ATTEMPTS },
    );
  } catch (error) {
    if (tagOutcome === 'created') await ctx.repo.deleteTag(record.tag).catch(() => undefined);
    throw error;
  }
  return { record, created: true };
}

export type VerifyProblem =
  'tag-missing' | 'not-annotated' | 'moved' | 'metadata-mismatch' | 'tree-mismatch' | 'commit-missing';

export type VerifyResult = { ok: true } | { ok: false; kind: VerifyProblem; problem: string };

/**
 * Re-read the tag, peel it, and compare the commit's tree with the record. A point that fails is
 * never used: restoring a tree someone swapped under the tag would restore the wrong code.
 */
export async function verifyRollbackPoint(repo: RollbackRepository, record: RollbackRecord): Promise<VerifyResult> {
  const tag = await repo.readTag(record.tag);
  if (!tag) return { ok: false, kind: 'tag-missing', problem: `its tag ${record.tag} does not exist in ${repo.where}` };
  if (!tag.annotated)
    return {
      ok: false,
      kind: 'not-annotated',
      problem: `its tag ${record.tag} is a lightweight tag, not the annotated tag mcpver made`,
    };
  if (tag.commit !== record.commit) {
    return {
      ok: false,
      kind: 'moved',
      problem: `its tag ${record.tag} was moved: it points at ${tag.commit}, the record says ${record.commit}`,
    };
  }
  let meta;
  try {
    meta = parseTagMessage(record.tag, tag.message);
  } catch (error) {
    return { ok: false, kind: 'metadata-mismatch', problem: (error as Error).message };
  }
  if (meta.id !== record.id || meta.commit !== record.commit || meta.tree !== record.tree) {
    return {
      ok: false,
      kind: 'metadata-mismatch',
      problem: `the message of its tag ${record.tag} does not match its record (id, commit or tree differ)`,
    };
  }
  let tree: string;
  try {
    tree = await repo.treeOf(tag.commit);
  } catch {
    return {
      ok: false,
      kind: 'commit-missing',
      problem: `the commit ${tag.commit} of its tag is missing from ${repo.where}`,
    };
  }
  if (tree !== record.tree) {
    return {
      ok: false,
      kind: 'tree-mismatch',
      problem: `the tree of ${tag.commit} is ${tree}, the record says ${record.tree}`,
    };
  }
  return { ok: true };
}

/**
 * A point by id, or the newest point of a version (`2.0.0` or `v2.0.0`), or a RollbackError that
 * says which points exist.
 */
export async function findRollbackPoint(
  store: StateStore,
  selector: string,
  packageName?: string,
): Promise<RollbackRecord> {
  if (isValidRollbackId(selector)) {
    const byId = await store.readJson<RollbackRecord>(statePaths.rollback(selector));
    if (byId) return byId;
  }
  const points = await listRollbackPoints(store);
  const version = semver.valid(semver.clean(selector) ?? '');
  if (version) {
    const match = points.find((p) => p.version === version && (!packageName || p.package === packageName));
    if (match) return match;
    throw new RollbackError(
      `There is no rollback point for version ${version}${packageName ? ` of ${packageName}` : ''}: it was never released with mcpver here, or its point was pruned. ` +
        `Points: ${points.map((p) => p.id).join(', ') || '(none)'}.`,
    );
  }
  throw new RollbackError(
    `There is no rollback point "${selector}". Points: ${points.map((p) => p.id).join(', ') || '(none)'}.`,
  );
}

/** A rollback tag with no record (a process killed between the tag and the record), and what it holds. */
export interface OrphanTag {
  tag: string;
  /** The record its message describes, when the tag is sound (annotated, parseable, its tree as it says). */
  record: RollbackRecord | null;
  /** Why it cannot be adopted, when it cannot. */
  problem: string | null;
}

/**
 * Rollback tags that no record names. `list` and `verify` show them, so that a point whose record
 * was never written is not invisible; `adoptOrphanTag` writes the record of a sound one.
 */
export async function findOrphanTags(ctx: Pick<RollbackContext, 'repo' | 'store'>): Promise<OrphanTag[]> {
  const recorded = new Set((await listRollbackPoints(ctx.store)).map((p) => p.tag));
  const orphans: OrphanTag[] = [];
  for (const tag of (await ctx.repo.listTags(ROLLBACK_TAG_PREFIX)).sort()) {
    if (recorded.has(tag)) continue;
    const info = await ctx.repo.readTag(tag);
    if (!info?.annotated) {
      orphans.push({ tag, record: null, problem: 'it is not an annotated tag made by mcpver' });
      continue;
    }
    let meta: TagMetadata;
    try {
      meta = parseTagMessage(tag, info.message);
    } catch (error) {
      orphans.push({ tag, record: null, problem: (error as Error).message });
      continue;
    }
    const record: RollbackRecord = { ...meta, tag };
    const check =
      rollbackTag(meta.id) === tag
        ? await verifyRollbackPoint(ctx.repo, record)
        : ({ ok: false, problem: `its message names the point ${meta.id}, not ${tag}` } as const);
    orphans.push(check.ok ? { tag, record, problem: null } : { tag, record: null, problem: check.problem });
  }
  return orphans;
}

/** Write the record of a sound orphan tag (verified again inside the transaction's read). */
export async function adoptOrphanTag(ctx: RollbackContext, orphan: OrphanTag): Promise<RollbackRecord> {
  if (!orphan.record) throw new RollbackError(`The tag ${orphan.tag} cannot be adopted: ${orphan.problem}.`);
  const record = orphan.record;
  await ctx.store.transact(
    `rollback: adopt point ${record.id} from its tag`,
    async (tx) => {
      if (!(await tx.read(statePaths.rollback(record.id)))) tx.writeJson(statePaths.rollback(record.id), record);
    },
    { actor: ctx.actor, operation: 'rollback-adopt' },
  );
  return record;
}
