// Rollback points: an annotated tag `mcpver/rollback/<id>` on the commit to return to, and its
// record `rollbacks/<id>.json` on the state branch. This file holds their shapes and the interface
// to the repository that stores the tags (a local clone or GitHub's Git Data API).

export class RollbackError extends Error {
  override name = 'RollbackError';
}

export const ROLLBACK_TAG_PREFIX = 'mcpver/rollback/';
/** Restores live on their own branch namespace: a branch named like the tag would make the ref name ambiguous to git. */
export const RESTORE_BRANCH_PREFIX = 'mcpver/restore/';

/** Why a rollback point was made. */
export type RollbackReason = 'release' | 'migration-merged' | 'before-migration' | 'manual';

export interface RestoreRequest {
  /** `open` while its pull request (or local branch) waits; pruning keeps the point meanwhile. */
  status: 'open' | 'merged' | 'closed';
  branch: string;
  pullRequest: number | null;
  requestedBy: string;
  requestedAt: string;
}

export interface RollbackRecord {
  id: string;
  tag: string;
  package: string | null;
  version: string | null;
  commit: string;
  tree: string;
  created: string;
  /** When retention may prune it (created + max age), or null to keep it until the count limit. */
  expires: string | null;
  reason: RollbackReason;
  /** Free text: `release v2.0.0`, `migration pull request acme/app#12 merged`. */
  note: string;
  restore?: RestoreRequest;
}

/** The metadata a tag message carries: the record without its mutable parts. */
export type TagMetadata = Pick<
  RollbackRecord,
  'id' | 'package' | 'version' | 'commit' | 'tree' | 'created' | 'expires' | 'reason' | 'note'
>;

export interface TagInfo {
  /** True for an annotated tag (a tag object); a lightweight tag is never a valid rollback point. */
  annotated: boolean;
  /** The commit the tag peels to. */
  commit: string;
  /** The tag object's message (empty for lightweight tags). */
  message: string;
}

export interface RestorePublication {
  branch: string;
  commit: string;
  /** The pull request opened or updated (GitHub), or null (a local repository). */
  pullRequest: { number: number; url: string | null; created: boolean } | null;
  /** `created`, `updated` (branch moved forward or body changed) or `unchanged`. */
  outcome: 'created' | 'updated' | 'unchanged';
}

/** The repository that holds rollback tags and the default branch to restore onto. */
export interface RollbackRepository {
  /** For messages: `acme/app on GitHub`, `/home/me/app`. */
  readonly where: string;
  defaultBranch(): Promise<string>;
  /** The commit a branch points at. */
  branchHead(branch: string): Promise<string>;
  /** The tree SHA of a commit, or a RollbackError when the commit does not exist. */
  treeOf(commit: string): Promise<string>;
  /** Create the annotated tag; `exists` when it already exists on the same commit (idempotent). */
  createTag(name: string, commit: string, message: string): Promise<'created' | 'exists'>;
  readTag(name: string): Promise<TagInfo | null>;
  deleteTag(name: string): Promise<void>;
  /** Tag names under a prefix. */
  listTags(prefix: string): Promise<string[]>;
  /** Files that differ between two commits, as `M path`, `A path`, `D path`. */
  changedFiles(from: string, to: string): Promise<string[]>;
  /** The text of a file at a commit, or null when the commit has no such file. */
  readFile(commit: string, path: string): Promise<string | null>;
  /** A tree that is `tree` with one file's text replaced (the restore sets the version to publish). */
  treeWithFile(tree: string, path: string, content: string): Promise<string>;
  /**
   * Put a commit with `tree` on top of `base` on the branch, never forcing: a new branch gets a
   * single commit; an existing one moves forward only. Then open or update its pull request where
   * the backend has pull requests.
   */
  publishRestore(input: {
    branch: string;
    base: string;
    baseBranch: string;
    tree: string;
    message: string;
    title: string;
    body: string;
  }): Promise<RestorePublication>;
}

export interface RetentionPolicy {
  maxCount: number;
  maxAgeDays: number;
}
