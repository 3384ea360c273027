// What must be undone however mcpver ends: servers and install commands still running, temporary
// worktrees and folders. Each is registered while it exists; a face that is interrupted (SIGTERM
// from a cancelled CI job, Ctrl-C) runs them all before it exits (see interrupt.ts).

/** Processes are stopped before files are removed: a server's cwd is often the worktree to remove. */
export type CleanupKind = 'process' | 'files';

interface Cleanup {
  kind: CleanupKind;
  run: () => Promise<void>;
}

const pending = new Set<Cleanup>();

/** Register `run` until the returned function is called (when the thing was cleaned up normally). */
export function registerCleanup(kind: CleanupKind, run: () => Promise<void>): () => void {
  const entry: Cleanup = { kind, run };
  pending.add(entry);
  return () => {
    pending.delete(entry);
  };
}

/** How many cleanups are registered (tests prove that a normal run leaves none behind). */
export function pendingCleanups(): number {
  return pending.size;
}

/**
 * Run every registered cleanup: all processes at once, then the files, newest first (a folder
 * made inside another is removed before it). A cleanup that fails does not stop the others.
 */
export async function runCleanups(): Promise<void> {
  const entries = [...pending];
  pending.clear();
  await Promise.allSettled(entries.filter((e) => e.kind === 'process').map((e) => e.run()));
  for (const entry of entries.filter((e) => e.kind === 'files').reverse()) {
    await entry.run().catch(() => undefined);
  }
}
