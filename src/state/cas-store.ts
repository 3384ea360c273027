// The compare-and-swap transaction loop both stores share: read the branch at its head, run the
// function, commit on top of that head, and move the branch only if it still points there.

import { StateConflictError, TransientStateError } from './errors.ts';
import { parseStateJson, OverlayTransaction, type StateChanges, type StateSnapshot } from './transaction.ts';
import { backoffDelay, defaultRetryPolicy, sleep, type RetryPolicy } from './retry.ts';
import { yearMonth } from './paths.ts';
import {
  statePaths,
  type AuditEntry,
  type StateStore,
  type StateTransaction,
  type TransactOptions,
  type TransactResult,
} from './types.ts';

/** What a store must be able to do with its branch; everything else is this loop. */
export interface StateBackend {
  /** Names the branch in messages ("branch mcpver/state of acme/server"). */
  readonly where: string;
  /** The commit the branch points at, or null when it does not exist yet. */
  head(): Promise<string | null>;
  snapshot(commit: string | null): Promise<StateSnapshot>;
  /** Write the changed files on top of `base` as one new commit (no parents when `base` is empty). */
  commit(base: StateSnapshot, changes: StateChanges, message: string): Promise<string>;
  /** Move the branch from `expected` (null: create it) to `next`; 'conflict' when it is no longer at `expected`. */
  swap(expected: string | null, next: string): Promise<'swapped' | 'conflict'>;
  /** Whether `commit` is `head` or one of its ancestors (did an update that answered 5xx land anyway?). */
  contains(head: string, commit: string): Promise<boolean>;
}

export interface CasStoreOptions {
  retry?: Partial<RetryPolicy>;
  /** The clock of the audit log; injected for tests. */
  now?: () => Date;
  /** The actor recorded when a transaction names none. */
  defaultActor?: string;
}

export class CasStateStore implements StateStore {
  private readonly retry: RetryPolicy;
  private readonly now: () => Date;
  private readonly defaultActor: string;

  constructor(
    protected readonly backend: StateBackend,
    options: CasStoreOptions = {},
  ) {
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.now = options.now ?? (() => new Date());
    this.defaultActor = options.defaultActor ?? 'mcpver';
  }

  get where(): string {
    return this.backend.where;
  }

  async head(): Promise<string | null> {
    return this.backend.head();
  }

  async read(path: string): Promise<string | null> {
    return new OverlayTransaction(await this.backend.snapshot(await this.backend.head())).read(path);
  }

  async readJson<T>(path: string): Promise<T | null> {
    const snapshot = await this.backend.snapshot(await this.backend.head());
    return parseStateJson<T>(await snapshot.read(path), path, snapshot.commit);
  }

  async list(prefix: string): Promise<string[]> {
    return (await this.backend.snapshot(await this.backend.head())).list(prefix);
  }

  async transact<T>(
    message: string,
    fn: (tx: StateTransaction) => Promise<T>,
    options: TransactOptions = {},
  ): Promise<TransactResult<T>> {
    const sleepFor = this.retry.sleep ?? sleep;
    const maxAttempts = Math.max(1, options.maxAttempts ?? this.retry.maxAttempts);
    // Commits whose ref update failed with a transient error: GitHub may have applied it anyway.
    const uncertain: Array<{ commit: string; result: T }> = [];
    let lastTransient: TransientStateError | null = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        const head = await this.backend.head();
        // If an earlier update that answered 5xx did land, the transaction has happened: re-applying
        // `fn` on top of it would apply it twice (a counter counted twice, an event recorded twice).
        for (const earlier of uncertain) {
          if (head !== null && (head === earlier.commit || (await this.backend.contains(head, earlier.commit)))) {
            return { result: earlier.result, commit: earlier.commit, attempts: attempt - 1 };
          }
        }
        const snapshot = await this.backend.snapshot(head);
        const tx = new OverlayTransaction(snapshot);
        const result = await fn(tx);
        const changes = await tx.changes();
        // No empty commits: a transaction that changed nothing leaves the branch (and the log) alone.
        if (changes.size === 0) return { result, commit: null, attempts: attempt };
        // If the branch already moved while `fn` ran, this attempt is lost: find out with one small
        // read instead of reading the audit log and uploading a tree and a commit that cannot land.
        // (The swap below remains the real check; this only saves doomed work under contention.)
        if ((await this.backend.head()) !== snapshot.commit) {
          lastTransient = null;
          if (attempt < maxAttempts) await sleepFor(backoffDelay(this.retry, attempt));
          continue;
        }
        await this.appendAuditLine(snapshot, changes, message, options);
        const written = await this.backend.commit(snapshot, changes, message);
        let outcome: 'swapped' | 'conflict';
        try {
          outcome = await this.backend.swap(snapshot.commit, written);
        } catch (error) {
          if (error instanceof TransientStateError) uncertain.push({ commit: written, result });
          throw error;
        }
        if (outcome === 'swapped') return { result, commit: written, attempts: attempt };
        lastTransient = null;
      } catch (error) {
        if (!(error instanceof TransientStateError)) throw error;
        lastTransient = error;
      }
      if (attempt < maxAttempts) await sleepFor(backoffDelay(this.retry, attempt));
    }
    // The last attempt's update may itself have landed behind its error.
    for (const earlier of uncertain) {
      const head = await this.backend.head().catch(() => null);
      if (
        head !== null &&
        (head === earlier.commit || (await this.backend.contains(head, earlier.commit).catch(() => false)))
      ) {
        return { result: earlier.result, commit: earlier.commit, attempts: maxAttempts };
      }
    }
    if (lastTransient) {
      throw new TransientStateError(
        `Gave up on the ${this.backend.where} after ${maxAttempts} attempts; nothing was written. Last error: ${lastTransient.message}`,
      );
    }
    throw new StateConflictError(this.backend.where, maxAttempts);
  }

  private async appendAuditLine(
    snapshot: StateSnapshot,
    changes: StateChanges,
    message: string,
    options: TransactOptions,
  ): Promise<void> {
    const at = this.now();
    const entry: AuditEntry = {
      at: at.toISOString(),
      actor: options.actor ?? this.defaultActor,
      operation: options.operation ?? 'update',
      message,
      paths: [...changes.keys()].sort(),
      ...(options.details ? { details: options.details } : {}),
    };
    const logPath = statePaths.auditLog(yearMonth(at));
    const before = changes.has(logPath) ? changes.get(logPath) : await snapshot.read(logPath);
    const text = before ?? '';
    changes.set(logPath, `${text}${text === '' || text.endsWith('\n') ? '' : '\n'}${JSON.stringify(entry)}\n`);
  }
}
