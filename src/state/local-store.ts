// The StateStore on a local git repository (the CLI, the Action's checkout, tests): git plumbing
// into a private index, then `git update-ref REF NEW OLD`, which is git's own compare-and-swap.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Git, GitError } from '../git.ts';
import { DEFAULT_STATE_BRANCH } from '../config.ts';
import { CasStateStore, type CasStoreOptions, type StateBackend } from './cas-store.ts';
import { StateBranchError } from './errors.ts';
import type { StateChanges, StateSnapshot } from './transaction.ts';

const ZERO_OID = '0'.repeat(40);
/** Commits on the state branch are made by mcpver, not by whoever happens to run it. */
const COMMITTER = { name: 'mcpver', email: 'mcpver@users.noreply.github.com' };

export interface LocalStateStoreOptions extends CasStoreOptions {
  /** The repository (a working tree or a bare repository). */
  cwd: string;
  branch?: string;
}

class LocalSnapshot implements StateSnapshot {
  private entries: Promise<Map<string, string>> | null = null;

  constructor(
    private readonly git: Git,
    readonly commit: string | null,
  ) {}

  /** path → blob SHA, read once per snapshot with one `ls-tree`. */
  private files(): Promise<Map<string, string>> {
    this.entries ??= (async () => {
      const map = new Map<string, string>();
      if (this.commit === null) return map;
      const out = await this.git.exec(['ls-tree', '-r', '-z', '--full-tree', this.commit]);
      for (const record of out.split('\0')) {
        const tab = record.indexOf('\t');
        if (tab < 0) continue;
        const [, type, sha] = record.slice(0, tab).split(' ');
        if (type === 'blob' && sha) map.set(record.slice(tab + 1), sha);
      }
      return map;
    })();
    return this.entries;
  }

  async read(file: string): Promise<string | null> {
    const sha = (await this.files()).get(file);
    return sha === undefined ? null : this.git.exec(['cat-file', 'blob', sha]);
  }

  async list(prefix: string): Promise<string[]> {
    return [...(await this.files()).keys()].filter((p) => p.startsWith(prefix)).sort();
  }
}

class LocalBackend implements StateBackend {
  readonly where: string;
  private readonly ref: string;

  constructor(
    private readonly git: Git,
    branch: string,
  ) {
    this.ref = `refs/heads/${branch}`;
    this.where = `branch ${branch} of ${git.cwd}`;
  }

  async head(): Promise<string | null> {
    try {
      const out = await this.git.exec(['rev-parse', '--verify', '--quiet', `${this.ref}^{commit}`]);
      return out.trim() || null;
    } catch {
      if (!(await this.git.isRepository()))
        throw new StateBranchError(`${this.git.cwd} is not a git repository, so it has no ${this.where}.`);
      return null;
    }
  }

  async snapshot(commit: string | null): Promise<StateSnapshot> {
    return new LocalSnapshot(this.git, commit);
  }

  async commit(base: StateSnapshot, changes: StateChanges, message: string): Promise<string> {
    // A private index file, so the user's index and working tree are never touched.
    const dir = await mkdtemp(path.join(tmpdir(), 'mcpver-state-index-'));
    const env = {
      GIT_INDEX_FILE: path.join(dir, 'index'),
      GIT_AUTHOR_NAME: COMMITTER.name,
      GIT_AUTHOR_EMAIL: COMMITTER.email,
      GIT_COMMITTER_NAME: COMMITTER.name,
      GIT_COMMITTER_EMAIL: COMMITTER.email,
    };
    try {
      if (base.commit) await this.git.exec(['read-tree', base.commit], { env });
      // All new contents become blobs in one `hash-object --stdin-paths` call (one process, not one per file).
      const written = [...changes].filter((entry): entry is [string, string] => entry[1] !== null);
      const sources = await Promise.all(
        written.map(async ([, text], index) => {
          const source = path.join(dir, `blob-${index}`);
          await writeFile(source, text);
          return source;
        }),
      );
      const blobs = written.length
        ? (
            await this.git.exec(['hash-object', '-w', '--no-filters', '--stdin-paths'], {
              input: `${sources.join('\n')}\n`,
            })
          )
            .trim()
            .split('\n')
        : [];
      const lines = [
        ...written.map(([file], index) => `100644 ${blobs[index]}\t${file}`),
        ...[...changes].filter(([, text]) => text === null).map(([file]) => `0 ${ZERO_OID}\t${file}`),
      ];
      await this.git.exec(['update-index', '--index-info'], { env, input: `${lines.join('\n')}\n` });
      const tree = (await this.git.exec(['write-tree'], { env })).trim();
      const parents = base.commit ? ['-p', base.commit] : [];
      return (await this.git.exec(['commit-tree', tree, ...parents, '-F', '-'], { env, input: message })).trim();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  async swap(expected: string | null, next: string): Promise<'swapped' | 'conflict'> {
    try {
      // Never forced: git refuses unless the ref is still at `expected` (all zeros: must not exist yet).
      await this.git.exec(['update-ref', '-m', 'mcpver state', this.ref, next, expected ?? ZERO_OID]);
      return 'swapped';
    } catch (error) {
      // "cannot lock ref …: is at X but expected Y", "… already exists", or another process holding
      // the ref's lock file at that instant: all mean another writer got there first. Matched on all
      // of git's stderr: the lock line comes before four lines of advice that the message keeps.
      if (
        error instanceof GitError &&
        /cannot lock ref|but expected|already exists|Unable to create .*\.lock/i.test(error.stderr)
      ) {
        return 'conflict';
      }
      throw error;
    }
  }

  async contains(head: string, commit: string): Promise<boolean> {
    try {
      await this.git.exec(['merge-base', '--is-ancestor', commit, head]);
      return true;
    } catch {
      return false;
    }
  }
}

/** The state branch of a local repository; `branch` defaults to `mcpver/state`. */
export class LocalStateStore extends CasStateStore {
  constructor(options: LocalStateStoreOptions) {
    super(new LocalBackend(new Git(options.cwd), options.branch ?? DEFAULT_STATE_BRANCH), {
      defaultActor: 'cli',
      ...options,
    });
  }
}
