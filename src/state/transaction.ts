// One attempt of a transaction: the files of the state branch at one commit, overlaid with what the
// transaction's function wrote. Reads see the transaction's own writes; nothing leaves until commit.

import { canonicalJson } from './json.ts';
import { StateCorruptError } from './errors.ts';
import { checkStatePath } from './paths.ts';
import type { StateTransaction } from './types.ts';

/** The state branch as it was at one commit (or empty when the branch does not exist yet). */
export interface StateSnapshot {
  /** The commit read, or null before the branch exists. */
  readonly commit: string | null;
  read(path: string): Promise<string | null>;
  /** All file paths starting with `prefix` (a folder prefix such as `snapshots/` or '' for all), sorted. */
  list(prefix: string): Promise<string[]>;
}

export function parseStateJson<T>(text: string | null, path: string, commit: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new StateCorruptError(path, commit, (error as Error).message);
  }
}

/** A change to the tree: new text, or null to delete. */
export type StateChanges = Map<string, string | null>;

export class OverlayTransaction implements StateTransaction {
  private readonly pending: StateChanges = new Map();

  constructor(private readonly base: StateSnapshot) {}

  async read(path: string): Promise<string | null> {
    checkStatePath(path);
    return this.pending.has(path) ? this.pending.get(path)! : this.base.read(path);
  }

  async readJson<T>(path: string): Promise<T | null> {
    const fromBase = !this.pending.has(path);
    // A corrupt file the transaction wrote itself cannot happen (writeJson serialises); name the base commit.
    return parseStateJson<T>(await this.read(path), path, fromBase ? this.base.commit : null);
  }

  async list(prefix: string): Promise<string[]> {
    const paths = new Set(await this.base.list(prefix));
    for (const [path, text] of this.pending) {
      if (!path.startsWith(prefix)) continue;
      if (text === null) paths.delete(path);
      else paths.add(path);
    }
    return [...paths].sort();
  }

  write(path: string, text: string): void {
    this.pending.set(checkStatePath(path), text);
  }

  writeJson(path: string, value: unknown): void {
    this.write(path, canonicalJson(value));
  }

  delete(path: string): void {
    this.pending.set(checkStatePath(path), null);
  }

  /** The writes that differ from the base: rewriting a file with the same text is no change. */
  async changes(): Promise<StateChanges> {
    const effective: StateChanges = new Map();
    for (const [path, text] of this.pending) {
      const before = await this.base.read(path);
      if (before !== text) effective.set(path, text);
    }
    return effective;
  }
}
