// The StateStore on GitHub through the Git Data API: blobs and trees on top of the head's tree, one
// commit whose only parent is that head, then a ref update with force: false, GitHub's compare-and-swap.

import { DEFAULT_STATE_BRANCH } from '../config.ts';
import { CasStateStore, type CasStoreOptions, type StateBackend } from './cas-store.ts';
import { BoundedCache } from './bounded-cache.ts';
import { StateBranchError, StateReadOnlyError, TransientStateError } from './errors.ts';
import type { StateChanges, StateSnapshot } from './transaction.ts';

/**
 * The request function of `@octokit/core` (what Probot's `context.octokit` and `@actions/github`'s
 * `getOctokit()` both are), narrowed to what the store uses, so that the core does not depend on either.
 */
export interface OctokitLike {
  request(route: string, parameters?: Record<string, unknown>): Promise<{ status: number; data: any }>;
}

export interface GitHubStateStoreOptions extends CasStoreOptions {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  branch?: string;
}

/** Trees kept in memory per store; a transaction touches a handful, a replica lives long. */
const OBJECT_CACHE_ENTRIES = 256;
/** Blobs kept in memory per store: fewer, since one (an audit log late in a month) can be large. */
const BLOB_CACHE_ENTRIES = 32;

/** How many commits back from the head to look for ours after an update that answered 5xx (the branch is linear). */
const LANDED_SEARCH_DEPTH = 50;

/** The status and message of an Octokit RequestError (or anything thrown that looks like one). */
function failure(error: unknown): { status: number | undefined; message: string } {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    message: e.response?.data?.message ?? e.message ?? String(error),
  };
}

function isTransient(status: number | undefined): boolean {
  // No status: the connection failed before GitHub answered. 5xx: GitHub failed, and may or may not have acted.
  return status === undefined || status >= 500;
}

/**
 * The state branch at one commit, read lazily: a file is found by walking its folders' trees (each a
 * small, cached request), so a transaction that touches two files does not download the listing of
 * every snapshot and report on the branch.
 */
class GitHubSnapshot implements StateSnapshot {
  constructor(
    private readonly backend: GitHubBackend,
    readonly commit: string | null,
    readonly tree: string | null,
  ) {}

  /** The tree of a folder (`a/b`), or null when it does not exist. */
  private async folder(dir: string): Promise<string | null> {
    let current = this.tree;
    for (const name of dir.split('/').filter(Boolean)) {
      if (current === null) return null;
      const entry = (await this.backend.treeEntries(current)).get(name);
      current = entry?.type === 'tree' ? entry.sha : null;
    }
    return current;
  }

  async read(file: string): Promise<string | null> {
    const slash = file.lastIndexOf('/');
    const dir = await this.folder(slash < 0 ? '' : file.slice(0, slash));
    if (dir === null) return null;
    const entry = (await this.backend.treeEntries(dir)).get(file.slice(slash + 1));
    return entry?.type === 'blob' ? this.backend.blob(entry.sha) : null;
  }

  async list(prefix: string): Promise<string[]> {
    // List the deepest folder the prefix names in full, recursively, then filter by the rest.
    const slash = prefix.lastIndexOf('/');
    const dirPath = slash < 0 ? '' : prefix.slice(0, slash);
    const dir = await this.folder(dirPath);
    if (dir === null) return [];
    const base = dirPath === '' ? '' : `${dirPath}/`;
    return [...(await this.backend.treeFiles(dir)).keys()]
      .map((p) => `${base}${p}`)
      .filter((p) => p.startsWith(prefix))
      .sort();
  }
}

class GitHubBackend implements StateBackend {
  readonly where: string;
  /** Blobs and trees are content-addressed, so what was read once never changes: keep them across attempts. */
  private readonly blobs = new BoundedCache<Promise<string>>(BLOB_CACHE_ENTRIES);
  private readonly trees = new BoundedCache<Promise<Map<string, string>>>(OBJECT_CACHE_ENTRIES);
  private readonly entries = new BoundedCache<Promise<Map<string, { type: string; sha: string }>>>(
    OBJECT_CACHE_ENTRIES,
  );

  constructor(
    private readonly octokit: OctokitLike,
    private readonly owner: string,
    private readonly repo: string,
    private readonly branch: string,
  ) {
    this.where = `branch ${branch} of ${owner}/${repo}`;
  }

  private async call(route: string, parameters: Record<string, unknown> = {}): Promise<any> {
    try {
      return (await this.octokit.request(route, { owner: this.owner, repo: this.repo, ...parameters })).data;
    } catch (error) {
      const { status, message } = failure(error);
      // A secondary rate limit is a request to slow down, not a refusal: back off like after a lost race.
      if (isTransient(status) || (status === 403 && /rate limit/i.test(message))) {
        throw new TransientStateError(`${route} failed for ${this.where}: ${message}`);
      }
      if (status === 403 && !route.startsWith('GET')) {
        throw new StateReadOnlyError(
          `The token cannot write to the ${this.where} (GitHub: "${message}"); it needs contents: write.`,
        );
      }
      if (status === 409 && /empty/i.test(message)) {
        throw new StateBranchError(
          `${this.owner}/${this.repo} is an empty repository (GitHub: "${message}"): the state branch needs at least one commit in the repository. Push a first commit, then retry.`,
        );
      }
      throw error;
    }
  }

  async head(): Promise<string | null> {
    try {
      const data = await this.call('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref: `heads/${this.branch}` });
      return data.object.sha as string;
    } catch (error) {
      const { status, message } = failure(error);
      if (status === 404) {
        if (await this.repositoryExists()) return null;
        throw new StateBranchError(
          `The repository ${this.owner}/${this.repo} was not found, or the token cannot see it (GitHub: "${message}").`,
        );
      }
      throw error;
    }
  }

  private async repositoryExists(): Promise<boolean> {
    try {
      await this.call('GET /repos/{owner}/{repo}');
      return true;
    } catch (error) {
      if (failure(error).status === 404) return false;
      throw error;
    }
  }

  async snapshot(commit: string | null): Promise<StateSnapshot> {
    if (commit === null) return new GitHubSnapshot(this, null, null);
    const data = await this.call('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: commit });
    return new GitHubSnapshot(this, commit, data.tree.sha as string);
  }

  treeFiles(tree: string): Promise<Map<string, string>> {
    let files = this.trees.get(tree);
    if (!files) {
      files = (async () => {
        const data = await this.call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
          tree_sha: tree,
          recursive: 'true',
        });
        if (data.truncated) {
          throw new StateBranchError(
            `The tree of the ${this.where} is too large for one recursive read (GitHub truncated it); prune old state.`,
          );
        }
        return new Map<string, string>(
          data.tree.filter((e: any) => e.type === 'blob').map((e: any) => [e.path, e.sha]),
        );
      })();
      files.catch(() => this.trees.delete(tree));
      this.trees.set(tree, files);
    }
    return files;
  }

  /** The entries of one tree (not recursive): name → type and SHA. */
  treeEntries(tree: string): Promise<Map<string, { type: string; sha: string }>> {
    let entries = this.entries.get(tree);
    if (!entries) {
      entries = this.call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: tree }).then(
        (data) =>
          new Map<string, { type: string; sha: string }>(
            data.tree.map((e: any) => [e.path, { type: e.type, sha: e.sha }]),
          ),
      );
      entries.catch(() => this.entries.delete(tree));
      this.entries.set(tree, entries);
    }
    return entries;
  }

  blob(sha: string): Promise<string> {
    let text = this.blobs.get(sha);
    if (!text) {
      text = this.call('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: sha }).then((data) =>
        Buffer.from(data.content as string, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
      );
      text.catch(() => this.blobs.delete(sha));
      this.blobs.set(sha, text);
    }
    return text;
  }

  async commit(base: StateSnapshot, changes: StateChanges, message: string): Promise<string> {
    const entries = [...changes].map(([path, content]) =>
      content === null
        ? { path, mode: '100644', type: 'blob', sha: null }
        : { path, mode: '100644', type: 'blob', content },
    );
    const baseTree = (base as GitHubSnapshot).tree;
    const tree = await this.call('POST /repos/{owner}/{repo}/git/trees', {
      tree: entries,
      ...(baseTree ? { base_tree: baseTree } : {}),
    });
    const commit = await this.call('POST /repos/{owner}/{repo}/git/commits', {
      message,
      tree: tree.sha,
      parents: base.commit ? [base.commit] : [],
    });
    return commit.sha as string;
  }

  async swap(expected: string | null, next: string): Promise<'swapped' | 'conflict'> {
    try {
      if (expected === null) {
        // Bootstrap: the orphan branch appears with its first commit. 422 "Reference already exists"
        // means another writer bootstrapped first; the loop re-reads and builds on theirs.
        await this.call('POST /repos/{owner}/{repo}/git/refs', { ref: `refs/heads/${this.branch}`, sha: next });
      } else {
        // force: false makes GitHub refuse unless `next` descends from the current tip; `next`'s only
        // parent is the head we read, so a refusal means the branch moved: someone else won this round.
        await this.call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
          ref: `heads/${this.branch}`,
          sha: next,
          force: false,
        });
      }
      return 'swapped';
    } catch (error) {
      const { status, message } = failure(error);
      if (
        status === 422 &&
        /already exists|not a fast forward|Reference update failed|Reference cannot be updated/i.test(message)
      ) {
        // "Reference update failed" / "cannot be updated" also happen intermittently on github.com
        // (github/rest-api-description#4887): re-reading and re-applying is the safe answer to all of them.
        return 'conflict';
      }
      if (status === 403 || status === 422 || status === 404) {
        throw new StateBranchError(
          `GitHub refused to update the ${this.where} (${status}: "${message}"). If the branch is protected or covered by a ruleset, exclude mcpver/* from it; if the token is read-only, give it contents: write.`,
        );
      }
      throw error;
    }
  }

  async contains(head: string, commit: string): Promise<boolean> {
    let current: string | undefined = head;
    for (let depth = 0; current && depth < LANDED_SEARCH_DEPTH; depth++) {
      if (current === commit) return true;
      const data = await this.call('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: current });
      current = data.parents[0]?.sha;
    }
    return false;
  }
}

/** The state branch of a GitHub repository; `branch` defaults to `mcpver/state`. */
export class GitHubStateStore extends CasStateStore {
  constructor(options: GitHubStateStoreOptions) {
    super(new GitHubBackend(options.octokit, options.owner, options.repo, options.branch ?? DEFAULT_STATE_BRANCH), {
      defaultActor: 'mcpver[bot]',
      ...options,
    });
  }
}
