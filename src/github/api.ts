// The GitHub REST calls that migrations and rollbacks share: refs, trees, commits, and opening or
// updating a pull request idempotently (a deterministic head branch and a hidden marker in the body).

import type { OctokitLike } from '../state/github-store.ts';

/** Every commit mcpver makes says so in a trailer: "ours" never depends on which token made it. */
export const MCPVER_TRAILER = 'Generated-by: mcpver';

/** GitHub pages list endpoints at 100 at most. */
export const PER_PAGE = 100;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The status and GitHub's message of a failed request. */
export function failureOf(error: unknown): { status: number | undefined; message: string } {
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } };
  return {
    status: typeof e.status === 'number' ? e.status : undefined,
    message: e.response?.data?.message ?? e.message ?? String(error),
  };
}

export class GitHubApi {
  constructor(
    readonly octokit: OctokitLike,
    readonly target: RepoRef,
  ) {}

  get fullName(): string {
    return `${this.target.owner}/${this.target.repo}`;
  }

  async call<T = any>(route: string, parameters: Record<string, unknown> = {}): Promise<T> {
    return (await this.octokit.request(route, { ...this.target, ...parameters })).data as T;
  }

  /** A ref's SHA (`heads/main`, `tags/x`), or null on 404. */
  async refSha(ref: string): Promise<{ sha: string; type: string } | null> {
    try {
      const data = await this.call('GET /repos/{owner}/{repo}/git/ref/{ref}', { ref });
      return { sha: data.object.sha, type: data.object.type };
    } catch (error) {
      if (failureOf(error).status === 404) return null;
      throw error;
    }
  }

  async defaultBranch(): Promise<string> {
    return (await this.call('GET /repos/{owner}/{repo}')).default_branch;
  }

  async commit(sha: string): Promise<{ sha: string; tree: string; parents: string[]; message: string }> {
    const data = await this.call('GET /repos/{owner}/{repo}/git/commits/{commit_sha}', { commit_sha: sha });
    return {
      sha: data.sha,
      tree: data.tree.sha,
      parents: data.parents.map((p: { sha: string }) => p.sha),
      message: data.message,
    };
  }

  /** path → blob SHA of every file in a tree. */
  async treeFiles(tree: string): Promise<Map<string, string>> {
    const data = await this.call('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', { tree_sha: tree, recursive: '1' });
    if (data.truncated)
      throw new Error(`The tree of ${this.fullName} is too large for one listing (GitHub truncated it).`);
    return new Map(
      (data.tree as Array<{ path: string; type: string; sha: string }>)
        .filter((e) => e.type === 'blob')
        .map((e) => [e.path, e.sha]),
    );
  }

  async blobText(sha: string): Promise<string> {
    const data = await this.call('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { file_sha: sha });
    return Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
  }

  async createCommit(message: string, tree: string, parents: string[]): Promise<string> {
    return (await this.call('POST /repos/{owner}/{repo}/git/commits', { message, tree, parents })).sha;
  }

  /** A tree on top of `baseTree` with these files' new texts. */
  async createTree(baseTree: string, files: ReadonlyArray<{ path: string; content: string }>): Promise<string> {
    const tree = files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content }));
    return (await this.call('POST /repos/{owner}/{repo}/git/trees', { base_tree: baseTree, tree })).sha;
  }

  /**
   * Create the branch at `sha`, or move it forward to `sha` (never forced: GitHub refuses anything
   * but a fast-forward, and so a branch someone else moved is never overwritten).
   */
  async putBranch(branch: string, sha: string, exists: boolean): Promise<void> {
    if (exists)
      await this.call('PATCH /repos/{owner}/{repo}/git/refs/{ref}', { ref: `heads/${branch}`, sha, force: false });
    else await this.call('POST /repos/{owner}/{repo}/git/refs', { ref: `refs/heads/${branch}`, sha });
  }

  /** Open pull requests from `branch` (the `owner:branch` form: a bare branch name is silently ignored by GitHub). */
  async pullsFrom(branch: string, state: 'open' | 'closed' | 'all'): Promise<Array<Record<string, any>>> {
    return this.call('GET /repos/{owner}/{repo}/pulls', {
      head: `${this.target.owner}:${branch}`,
      state,
      per_page: PER_PAGE,
    });
  }

  /**
   * Open a pull request from `head`, or update the open one whose body carries our marker (only when
   * title or body changed). A 422 "already exists" means another replica won the race: update theirs.
   */
  async openOrUpdatePullRequest(input: {
    head: string;
    base: string;
    title: string;
    body: string;
    isOurs: (body: string | null) => boolean;
    labels?: string[];
  }): Promise<{ number: number; url: string | null; created: boolean; changed: boolean }> {
    const find = async () =>
      (await this.pullsFrom(input.head, 'open')).find(
        (p) => p.head?.ref === input.head && input.isOurs(p.body ?? null),
      );
    let pull = await find();
    let created = false;
    if (!pull) {
      try {
        pull = await this.call('POST /repos/{owner}/{repo}/pulls', {
          head: input.head,
          base: input.base,
          title: input.title,
          body: input.body,
        });
        created = true;
      } catch (error) {
        const { status, message } = failureOf(error);
        if (status !== 422 || !/already exists/i.test(message)) throw error;
        pull = await find();
        if (!pull) throw error;
      }
    }
    let changed = created;
    if (!created && (pull!.body !== input.body || pull!.title !== input.title)) {
      await this.call('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', {
        pull_number: pull!.number,
        title: input.title,
        body: input.body,
      });
      changed = true;
    }
    if (created && input.labels?.length) {
      await this.call('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', {
        issue_number: pull!.number,
        labels: input.labels,
      });
    }
    return { number: pull!.number, url: pull!.html_url ?? null, created, changed };
  }
}
