// Rollback points on GitHub through the Git Data API: an annotated tag is a tag object plus a ref
// (creating the object alone makes no tag); a restore is one commit on a branch and a pull request.

import { failureOf, GitHubApi, MCPVER_TRAILER, type RepoRef } from '../github/api.ts';
import { readRollbackMarker } from '../github/markers.ts';
import type { OctokitLike } from '../state/github-store.ts';
import { RollbackError, type RestorePublication, type RollbackRepository, type TagInfo } from './types.ts';

/** Annotated tags can point at tags; a chain longer than this is not something mcpver made. */
const MAX_PEEL_DEPTH = 5;

export class GitHubRollbackRepository implements RollbackRepository {
  readonly where: string;
  private readonly api: GitHubApi;

  constructor(octokit: OctokitLike, target: RepoRef) {
    this.api = new GitHubApi(octokit, target);
    this.where = `${target.owner}/${target.repo} on GitHub`;
  }

  defaultBranch(): Promise<string> {
    return this.api.defaultBranch();
  }

  async branchHead(branch: string): Promise<string> {
    const ref = await this.api.refSha(`heads/${branch}`);
    if (!ref) throw new RollbackError(`The branch "${branch}" does not exist in ${this.where}.`);
    return ref.sha;
  }

  async treeOf(commit: string): Promise<string> {
    try {
      return (await this.api.commit(commit)).tree;
    } catch (error) {
      if (failureOf(error).status === 404 || failureOf(error).status === 422)
        throw new RollbackError(`The commit ${commit} does not exist in ${this.where}.`);
      throw error;
    }
  }

  async createTag(name: string, commit: string, message: string): Promise<'created' | 'exists'> {
    const tagObject = await this.api.call('POST /repos/{owner}/{repo}/git/tags', {
      tag: name,
      message,
      object: commit,
      type: 'commit',
    });
    try {
      await this.api.call('POST /repos/{owner}/{repo}/git/refs', { ref: `refs/tags/${name}`, sha: tagObject.sha });
      return 'created';
    } catch (error) {
      const { status, message: why } = failureOf(error);
      if (status === 422 && /already exists/i.test(why)) {
        const existing = await this.readTag(name);
        if (existing?.commit === commit) return 'exists';
        throw new RollbackError(
          `The tag ${name} already exists on ${existing?.commit ?? 'another object'} in ${this.where}; mcpver never moves a rollback tag.`,
        );
      }
      if (status === 403 || status === 422) {
        throw new RollbackError(
          `GitHub refused to create the tag ${name} in ${this.where} (${status}: ${why}). A tag ruleset may forbid it: allow mcpver/rollback/* for the App.`,
        );
      }
      throw error;
    }
  }

  async readTag(name: string): Promise<TagInfo | null> {
    const ref = await this.api.refSha(`tags/${name}`);
    if (!ref) return null;
    if (ref.type === 'commit') return { annotated: false, commit: ref.sha, message: '' };
    let sha = ref.sha;
    let message = '';
    for (let depth = 0; depth < MAX_PEEL_DEPTH; depth++) {
      const tag = await this.api.call('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { tag_sha: sha });
      if (depth === 0) message = tag.message;
      if (tag.object.type === 'commit') return { annotated: true, commit: tag.object.sha, message };
      sha = tag.object.sha;
    }
    throw new RollbackError(`The tag ${name} in ${this.where} does not peel to a commit.`);
  }

  async deleteTag(name: string): Promise<void> {
    try {
      await this.api.call('DELETE /repos/{owner}/{repo}/git/refs/{ref}', { ref: `tags/${name}` });
    } catch (error) {
      // Already gone is what we wanted (GitHub answers 422 "Reference does not exist" or 404).
      if (![404, 422].includes(failureOf(error).status ?? 0)) throw error;
    }
  }

  async listTags(prefix: string): Promise<string[]> {
    const refs: Array<{ ref: string }> = await this.api.call('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      ref: `tags/${prefix}`,
    });
    return refs.map((r) => r.ref.slice('refs/tags/'.length)).sort();
  }

  async changedFiles(from: string, to: string): Promise<string[]> {
    const [a, b] = await Promise.all([
      this.api.treeFiles(await this.treeOf(from)),
      this.api.treeFiles(await this.treeOf(to)),
    ]);
    const out: string[] = [];
    for (const file of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      if (!a.has(file)) out.push(`A ${file}`);
      else if (!b.has(file)) out.push(`D ${file}`);
      else if (a.get(file) !== b.get(file)) out.push(`M ${file}`);
    }
    return out;
  }

  async readFile(commit: string, path: string): Promise<string | null> {
    const sha = (await this.api.treeFiles(await this.treeOf(commit))).get(path);
    return sha ? this.api.blobText(sha) : null;
  }

  treeWithFile(tree: string, path: string, content: string): Promise<string> {
    return this.api.createTree(tree, [{ path, content }]);
  }

  async publishRestore(input: {
    branch: string;
    base: string;
    baseBranch: string;
    tree: string;
    message: string;
    title: string;
    body: string;
  }): Promise<RestorePublication> {
    const message = `${input.message.trimEnd()}\n\n${MCPVER_TRAILER}\n`;
    const existing = await this.api.refSha(`heads/${input.branch}`);
    let commit: string;
    let outcome: RestorePublication['outcome'];
    if (!existing) {
      commit = await this.api.createCommit(message, input.tree, [input.base]);
      await this.api.putBranch(input.branch, commit, false);
      outcome = 'created';
    } else {
      const tip = await this.api.commit(existing.sha);
      if (!tip.message.includes(MCPVER_TRAILER)) {
        throw new RollbackError(
          `The branch ${input.branch} in ${this.where} has a commit that mcpver did not make; it is left as it is.`,
        );
      }
      if (tip.tree === input.tree && tip.parents.includes(input.base)) {
        commit = tip.sha;
        outcome = 'unchanged';
      } else {
        // Forward only: the new commit has the old tip and the new head as parents, so the branch
        // moves without force and the pull request still merges to exactly the recorded tree.
        commit = await this.api.createCommit(message, input.tree, [tip.sha, input.base]);
        await this.api.putBranch(input.branch, commit, true);
        outcome = 'updated';
      }
    }
    const pull = await this.api.openOrUpdatePullRequest({
      head: input.branch,
      base: input.baseBranch,
      title: input.title,
      body: input.body,
      isOurs: (body) => readRollbackMarker(body) !== null,
    });
    if (outcome === 'unchanged' && pull.changed) outcome = 'updated';
    return {
      branch: input.branch,
      commit,
      pullRequest: { number: pull.number, url: pull.url, created: pull.created },
      outcome,
    };
  }
}
