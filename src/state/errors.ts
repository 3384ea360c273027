// The errors of the state branch, each saying what went wrong, where, and what to do about it.

/** Every attempt of a transaction lost the race to another writer; nothing was written or lost. */
export class StateConflictError extends Error {
  override name = 'StateConflictError';
  constructor(
    readonly where: string,
    readonly attempts: number,
  ) {
    super(
      `The state ${where} kept moving: ${attempts} attempts each found that another writer had committed first. ` +
        'Nothing was written and no other update was lost; run the operation again.',
    );
  }
}

/** A state file exists but does not parse; mcpver refuses to write over what it could not read. */
export class StateCorruptError extends Error {
  override name = 'StateCorruptError';
  constructor(
    readonly path: string,
    readonly commit: string | null,
    detail: string,
  ) {
    super(
      `The state file "${path}" at commit ${commit ?? '(none)'} is not valid JSON (${detail}). ` +
        'mcpver will not write over state it cannot read: fix or remove the file on the state branch, then retry.',
    );
  }
}

/** The state branch cannot be used at all (missing repository, empty repository, protected branch, no permission). */
export class StateBranchError extends Error {
  override name = 'StateBranchError';
}

/** The token may read the state branch but not write it (a pull request from a fork, a read-only token). */
export class StateReadOnlyError extends StateBranchError {
  override name = 'StateReadOnlyError';
}

/** A path that would escape or confuse the state tree (absolute, `..`, empty segments). */
export class StatePathError extends Error {
  override name = 'StatePathError';
}

/**
 * A failure that may have been transient (a 5xx, a dropped connection). The transaction loop re-reads
 * the branch and tries again; when the failed call was the ref update, it first checks whether the
 * update landed anyway.
 */
export class TransientStateError extends Error {
  override name = 'TransientStateError';
}
