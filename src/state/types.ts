// The StateStore: mcpver's memory, on an orphan branch of the repository, written only by
// compare-and-swap so that concurrent writers (replicas of the App, parallel jobs) never lose an update.

/** The view of the state branch inside one transaction: reads see this transaction's own writes. */
export interface StateTransaction {
  /** The text of a file, or null when it does not exist. */
  read(path: string): Promise<string | null>;
  /** A parsed JSON file, or null when it does not exist; a file that does not parse is a StateCorruptError. */
  readJson<T>(path: string): Promise<T | null>;
  /** File paths under a folder prefix (`snapshots/pkg/`), sorted. */
  list(prefix: string): Promise<string[]>;
  write(path: string, text: string): void;
  /** Written with sorted keys, two-space indent and a trailing newline, so diffs of the branch read well. */
  writeJson(path: string, value: unknown): void;
  delete(path: string): void;
}

export interface TransactOptions {
  /** Who asked (a GitHub login, `action`, `cli`), for the audit log. */
  actor?: string;
  /** What was done, for the audit log (`record-release`, `ab-record`). */
  operation?: string;
  /** Extra facts for the audit line (a delivery id, a version); small plain JSON. */
  details?: Record<string, unknown>;
  /** Attempts before giving up, instead of the store's (more for writes that commute, such as appends). */
  maxAttempts?: number;
}

/** One line of `log/<yyyy-mm>.ndjson`, appended by every transaction that committed something. */
export interface AuditEntry {
  /** ISO 8601, UTC. */
  at: string;
  actor: string;
  operation: string;
  message: string;
  /** The state files the transaction changed (the log file itself excluded). */
  paths: string[];
  details?: Record<string, unknown>;
}

export interface TransactResult<T> {
  result: T;
  /** The commit written, or null when the transaction changed nothing (no empty commits). */
  commit: string | null;
  /** How many times `fn` ran (1 when nobody else wrote in between). */
  attempts: number;
}

export interface StateStore {
  read(path: string): Promise<string | null>;
  readJson<T>(path: string): Promise<T | null>;
  list(prefix: string): Promise<string[]>;
  /**
   * Run `fn` against the current state and commit what it wrote, compare-and-swap: when the branch
   * moved meanwhile, re-read and run `fn` again (bounded, jittered retries). `fn` must be safe to
   * re-run: it may run more than once, and only its last run is committed.
   */
  transact<T>(
    message: string,
    fn: (tx: StateTransaction) => Promise<T>,
    options?: TransactOptions,
  ): Promise<TransactResult<T>>;
}

/** Paths of the state branch layout (DESIGN.md), in one place. */
export const statePaths = {
  registry: () => 'registry.json',
  snapshot: (pkg: string, version: string) => `snapshots/${pkg}/${version}.json`,
  report: (pkg: string, from: string, to: string) => `reports/${pkg}/${from}..${to}.json`,
  rollback: (id: string) => `rollbacks/${id}.json`,
  migration: (id: string) => `migrations/${id}.json`,
  abTest: (testId: string) => `ab/${testId}/test.json`,
  abStats: (testId: string) => `ab/${testId}/stats.json`,
  abEvents: (testId: string, chunk: string) => `ab/${testId}/events/${chunk}.ndjson`,
  auditLog: (yearMonth: string) => `log/${yearMonth}.ndjson`,
  /** The latest check of an open pull request (written by the Action, read by `/mcpver check`). */
  pullRequest: (number: number) => `pulls/${number}.json`,
};
