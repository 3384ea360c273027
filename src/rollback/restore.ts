// Restoring a rollback point: verify it, then publish one commit on top of the default branch whose
// tree is the recorded tree (a pull request on GitHub, a branch locally), with the package's version
// set to the one to publish next. Never a force-push.

import type { Report } from '../compat/report.ts';
import { renderRollbackBody, rollbackTitle } from '../render/rollback-body.ts';
import { statePaths } from '../state/types.ts';
import {
  chooseNextVersion,
  manifestIdentity,
  setManifestVersion,
  type PublishedVersionsLookup,
} from './next-version.ts';
import { findRollbackPoint, listRollbackPoints, verifyRollbackPoint, type RollbackContext } from './points.ts';
import { RESTORE_BRANCH_PREFIX, RollbackError, type RestorePublication, type RollbackRecord } from './types.ts';

export interface RestoreInput {
  /** A point id or a version; without one, the newest point whose tree differs from the default branch. */
  selector?: string;
  packageName?: string;
  requestedBy: string;
  /** Looks up the report of what is undone (the face reads it from the state branch). */
  reportFor?: (record: RollbackRecord) => Promise<Report | null>;
  /**
   * The folders of the repository's packages (the config's `packages[].path`), where a package.json
   * (and so the version) lives: the one whose package.json names the point's package, or the only one.
   */
  packagePaths?: readonly string[];
  /** The versions already on the registry, to choose the version the rollback is published as. */
  publishedVersions?: PublishedVersionsLookup;
}

/** What the restore does about the version to publish, for the pull request and the reply. */
export type PublishPlan =
  | {
      kind: 'set';
      manifest: string;
      name: string | null;
      restored: string | null;
      version: string;
      highestPublished: string | null;
      highest: string;
      registryProblem?: string;
    }
  | { kind: 'private'; manifest: string }
  | { kind: 'unknown'; manifest: string; why: string };

export interface RestoreResult {
  record: RollbackRecord;
  publication: RestorePublication;
  changedFiles: string[];
  publish: PublishPlan;
}

/** `packages/weather` → `packages/weather/package.json`; `.` → `package.json`. */
function manifestPath(folder: string): string {
  const clean = folder.replace(/^\.\/?/, '').replace(/\/+$/, '');
  return clean ? `${clean}/package.json` : 'package.json';
}

/**
 * The version the restored tree is published as: one patch above the highest version on the registry
 * and in the repository, written into the restored package.json. The tree is otherwise the recorded one.
 */
async function versionToPublish(
  ctx: RollbackContext,
  record: RollbackRecord,
  head: string,
  input: RestoreInput,
): Promise<{ tree: string; publish: PublishPlan }> {
  const manifests = [...new Set((input.packagePaths?.length ? input.packagePaths : ['.']).map(manifestPath))];
  const found: Array<{ manifest: string; text: string }> = [];
  for (const manifest of manifests) {
    const text = await ctx.repo.readFile(record.commit, manifest);
    if (text !== null) found.push({ manifest, text });
  }
  const chosen =
    found.length === 1 && manifests.length === 1
      ? found[0]
      : found.find((f) => record.package !== null && manifestIdentity(f.text).name === record.package);
  if (!chosen) {
    const why =
      manifests.length === 1
        ? `the rollback point has no ${manifests[0]}`
        : `none of ${manifests.join(', ')} at the rollback point is the package.json of ${record.package ?? 'its package'}`;
    return { tree: record.tree, publish: { kind: 'unknown', manifest: manifests[0]!, why } };
  }
  const { manifest, text } = chosen;
  const restored = manifestIdentity(text);
  // A private package is never published: its version is not the rollback's business.
  if (restored.private) return { tree: record.tree, publish: { kind: 'private', manifest } };
  const current = manifestIdentity(await ctx.repo.readFile(head, manifest));
  const name = current.name ?? restored.name;
  const next = await chooseNextVersion(
    name,
    [current.version, restored.version, record.version],
    input.publishedVersions,
  );
  if (!next)
    return {
      tree: record.tree,
      publish: {
        kind: 'unknown',
        manifest,
        why: `no semver version was found (${manifest} says ${JSON.stringify(restored.version)})`,
      },
    };
  let edited: string;
  try {
    edited = setManifestVersion(manifest, text, next.version);
  } catch (error) {
    return { tree: record.tree, publish: { kind: 'unknown', manifest, why: (error as Error).message } };
  }
  const tree = await ctx.repo.treeWithFile(record.tree, manifest, edited);
  return { tree, publish: { kind: 'set', manifest, name, restored: restored.version, ...next } };
}

async function choosePoint(ctx: RollbackContext, input: RestoreInput, headTree: string): Promise<RollbackRecord> {
  if (input.selector) return findRollbackPoint(ctx.store, input.selector, input.packageName);
  const points = (await listRollbackPoints(ctx.store)).filter(
    (p) => !input.packageName || p.package === input.packageName,
  );
  const point = points.find((p) => p.tree !== headTree);
  if (!point) {
    throw new RollbackError(
      points.length === 0
        ? `There are no rollback points${input.packageName ? ` for ${input.packageName}` : ''} in ${ctx.repo.where}.`
        : 'Every rollback point has the tree the default branch already has: there is nothing to roll back to. Name a point or a version.',
    );
  }
  return point;
}

export async function restoreRollbackPoint(ctx: RollbackContext, input: RestoreInput): Promise<RestoreResult> {
  const baseBranch = await ctx.repo.defaultBranch();
  const head = await ctx.repo.branchHead(baseBranch);
  const headTree = await ctx.repo.treeOf(head);
  const record = await choosePoint(ctx, input, headTree);
  const check = await verifyRollbackPoint(ctx.repo, record);
  if (!check.ok) {
    throw new RollbackError(
      `The rollback point ${record.id} failed its integrity check: ${check.problem}. mcpver will not restore it; ` +
        'choose another point (`mcpver rollback list`) and find out who changed the tag.',
    );
  }
  if (headTree === record.tree) {
    throw new RollbackError(
      `${baseBranch} already has the tree of rollback point ${record.id}: there is nothing to roll back.`,
    );
  }
  const changedFiles = await ctx.repo.changedFiles(head, record.commit);
  const report = input.reportFor ? await input.reportFor(record) : null;
  const { tree, publish } = await versionToPublish(ctx, record, head, input);
  const branch = `${RESTORE_BRANCH_PREFIX}${record.id}`;
  const publication = await ctx.repo.publishRestore({
    branch,
    base: head,
    baseBranch,
    tree,
    message:
      `Roll back to ${record.package && record.version ? `${record.package} ${record.version}` : record.id}\n\nRestores the tree of ${record.commit} (mcpver rollback point ${record.id}, tag ${record.tag})` +
      `${publish.kind === 'set' ? `, with the version ${publish.version} to publish in ${publish.manifest}` : ''}.\nRequested by ${input.requestedBy}.\n`,
    title: rollbackTitle(record),
    body: renderRollbackBody({
      record,
      baseBranch,
      head,
      changedFiles,
      report,
      requestedBy: input.requestedBy,
      publish,
    }),
  });
  const requestedAt = (ctx.now?.() ?? new Date()).toISOString();
  await ctx.store.transact(
    `rollback: restore ${record.id} requested`,
    async (tx) => {
      const current = await tx.readJson<RollbackRecord>(statePaths.rollback(record.id));
      if (!current)
        throw new RollbackError(`The rollback point ${record.id} was pruned while its restore was being opened.`);
      // Re-publishing the same restore changes nothing in the record: no empty state commit.
      if (
        current.restore?.status === 'open' &&
        current.restore.branch === branch &&
        current.restore.pullRequest === (publication.pullRequest?.number ?? null)
      )
        return;
      tx.writeJson(statePaths.rollback(record.id), {
        ...current,
        restore: {
          status: 'open',
          branch,
          pullRequest: publication.pullRequest?.number ?? null,
          requestedBy: input.requestedBy,
          requestedAt,
        },
      });
    },
    { actor: input.requestedBy, operation: 'rollback-restore' },
  );
  return { record, publication, changedFiles, publish };
}

/** Mark a point's restore as merged or closed (its pull request was closed), so retention may prune it again. */
export async function closeRestore(
  ctx: Pick<RollbackContext, 'store' | 'actor'>,
  id: string,
  status: 'merged' | 'closed',
): Promise<boolean> {
  const { result } = await ctx.store.transact(
    `rollback: restore ${id} ${status}`,
    async (tx) => {
      const current = await tx.readJson<RollbackRecord>(statePaths.rollback(id));
      if (!current?.restore || current.restore.status === status) return false;
      tx.writeJson(statePaths.rollback(id), { ...current, restore: { ...current.restore, status } });
      return true;
    },
    { actor: ctx.actor, operation: 'rollback-restore-closed' },
  );
  return result;
}
