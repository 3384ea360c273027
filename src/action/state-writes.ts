// What the Action writes to (and reads from) the state branch: on a tag push, the release's snapshot
// and report plus its registry entry; on a pull request, the latest check; and, before a check, the
// previous release's stored snapshot so it need not be rebuilt. A token that cannot write (a pull
// request from a fork) skips the write with a notice rather than failing the check.

import type { Report } from '../compat/report.ts';
import { parseSnapshotJson } from '../surface/capture.ts';
import type { Snapshot } from '../surface/types.ts';
import { StateReadOnlyError } from '../state/errors.ts';
import { GitHubStateStore, type OctokitLike } from '../state/github-store.ts';
import { recordRelease, storePullRequestCheck, storeReleaseCheck, type PullRequestCheck } from '../state/records.ts';
import { statePaths, type StateStore } from '../state/types.ts';

export interface StateWriteContext {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  /** `state.branch` of the configuration. */
  branch: string;
  /** Who the audit log names (`github-actions[bot]`, the workflow's actor). */
  actor: string;
  /** How the face tells the user that a write was skipped (core.notice in the Action). */
  notice: (message: string) => void;
  now?: () => Date;
  /** A store to use instead of the GitHub one (tests, the CLI on a local clone). */
  store?: StateStore;
}

export type WriteOutcome = { stored: true; commit: string | null; paths: string[] } | { stored: false; reason: string };

function storeOf(ctx: StateWriteContext): StateStore {
  return (
    ctx.store ??
    new GitHubStateStore({
      octokit: ctx.octokit,
      owner: ctx.owner,
      repo: ctx.repo,
      branch: ctx.branch,
      defaultActor: ctx.actor,
      ...(ctx.now ? { now: ctx.now } : {}),
    })
  );
}

async function skippingReadOnly(
  ctx: StateWriteContext,
  what: string,
  write: () => Promise<WriteOutcome>,
): Promise<WriteOutcome> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof StateReadOnlyError)) throw error;
    const reason = `${what} was not stored on the state branch ${ctx.branch}: the token can only read (${error.message}). The check itself is complete; on pull requests from forks this is expected.`;
    ctx.notice(reason);
    return { stored: false, reason };
  }
}

/** On a release tag: store the snapshot and the report, and record the release in registry.json. */
export function storeReleaseInState(
  ctx: StateWriteContext,
  release: { package: string; tag: string; commit: string; snapshot: Snapshot; report: Report },
): Promise<WriteOutcome> {
  const version = release.report.to.version ?? release.snapshot.package?.version ?? release.tag;
  return skippingReadOnly(ctx, `The snapshot and report of ${release.package} ${version}`, async () => {
    let paths: string[] = [];
    const { commit } = await storeOf(ctx).transact(
      `store the check of ${release.package} ${version}`,
      async (tx) => {
        const stored = storeReleaseCheck(tx, release.package, release.snapshot, release.report);
        await recordRelease(tx, {
          package: release.package,
          version,
          tag: release.tag,
          commit: release.commit,
          at: (ctx.now?.() ?? new Date()).toISOString(),
          by: ctx.actor,
        });
        paths = [stored.snapshot, ...(stored.report ? [stored.report] : []), statePaths.registry()];
      },
      { actor: ctx.actor, operation: 'store-release-check', details: { tag: release.tag } },
    );
    return { stored: true, commit, paths };
  });
}

/** On a pull request: the latest check, which `/mcpver check` posts on request. */
export function storePullRequestInState(ctx: StateWriteContext, check: PullRequestCheck): Promise<WriteOutcome> {
  return skippingReadOnly(ctx, `The check of #${check.number}`, async () => {
    const { commit } = await storeOf(ctx).transact(
      `store the check of #${check.number} at ${check.head.slice(0, 7)}`,
      async (tx) => storePullRequestCheck(tx, check),
      {
        actor: ctx.actor,
        operation: 'store-pull-request-check',
      },
    );
    return { stored: true, commit, paths: [statePaths.pullRequest(check.number)] };
  });
}

/**
 * The snapshot stored for an earlier release, or null when there is none (no state branch yet, or
 * that release was never checked): the caller then builds it from the tag. A stored snapshot that
 * does not parse is an error naming the path, never silently rebuilt over.
 */
export async function readStoredSnapshot(store: StateStore, pkg: string, version: string): Promise<Snapshot | null> {
  const path = statePaths.snapshot(pkg, version);
  const text = await store.read(path);
  return text === null ? null : parseSnapshotJson(text, `${path} on the state branch`);
}

export function stateStoreFor(ctx: Omit<StateWriteContext, 'notice'>): StateStore {
  return storeOf({ ...ctx, notice: () => undefined });
}
