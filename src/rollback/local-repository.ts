// Rollback points in a local git repository (the CLI): annotated tags made with git itself, and a
// restore published as a branch `mcpver/restore/<id>` that a person pushes and opens a PR from.

import { rm } from 'node:fs/promises';
import { Git, GitError } from '../git.ts';
import { RollbackError, type RestorePublication, type RollbackRepository, type TagInfo } from './types.ts';

/** Tags and restore commits are made by mcpver, whoever runs it, so that its own commits are recognisable. */
export const MCPVER_IDENTITY = { name: 'mcpver', email: 'mcpver@users.noreply.github.com' };

const IDENTITY_ENV = {
  GIT_AUTHOR_NAME: MCPVER_IDENTITY.name,
  GIT_AUTHOR_EMAIL: MCPVER_IDENTITY.email,
  GIT_COMMITTER_NAME: MCPVER_IDENTITY.name,
  GIT_COMMITTER_EMAIL: MCPVER_IDENTITY.email,
};
const ZERO_OID = '0'.repeat(40);

export class LocalRollbackRepository implements RollbackRepository {
  readonly where: string;
  private readonly git: Git;

  /** `baseBranch` defaults to the branch checked out. */
  constructor(
    cwd: string,
    private readonly baseBranch?: string,
  ) {
    this.git = new Git(cwd);
    this.where = cwd;
  }

  async defaultBranch(): Promise<string> {
    if (this.baseBranch) return this.baseBranch;
    try {
      return (await this.git.exec(['symbolic-ref', '--short', 'HEAD'])).trim();
    } catch {
      throw new RollbackError(`${this.where} has no branch checked out (detached HEAD): pass --base <branch>.`);
    }
  }

  async branchHead(branch: string): Promise<string> {
    try {
      return (await this.git.exec(['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`])).trim();
    } catch {
      throw new RollbackError(`The branch "${branch}" does not exist in ${this.where}.`);
    }
  }

  async treeOf(commit: string): Promise<string> {
    try {
      return (await this.git.exec(['rev-parse', '--verify', '--quiet', `${commit}^{tree}`])).trim();
    } catch {
      throw new RollbackError(`The commit ${commit} does not exist in ${this.where}.`);
    }
  }

  async createTag(name: string, commit: string, message: string): Promise<'created' | 'exists'> {
    try {
      await this.git.exec(['tag', '-a', '--cleanup=verbatim', '-F', '-', name, commit], {
        input: message,
        env: IDENTITY_ENV,
      });
      return 'created';
    } catch (error) {
      if (error instanceof GitError && /already exists/.test(error.stderr)) {
        const existing = await this.readTag(name);
        if (existing?.commit === commit) return 'exists';
        throw new RollbackError(
          `The tag ${name} already exists on ${existing?.commit ?? 'another object'} in ${this.where}; mcpver never moves a rollback tag.`,
        );
      }
      throw error;
    }
  }

  async readTag(name: string): Promise<TagInfo | null> {
    const ref = `refs/tags/${name}`;
    let type: string;
    try {
      type = (await this.git.exec(['cat-file', '-t', ref])).trim();
    } catch {
      return null;
    }
    const commit = (await this.git.exec(['rev-parse', `${ref}^{commit}`])).trim();
    if (type !== 'tag') return { annotated: false, commit, message: '' };
    const object = await this.git.exec(['cat-file', 'tag', ref]);
    const blank = object.indexOf('\n\n');
    return { annotated: true, commit, message: blank < 0 ? '' : object.slice(blank + 2) };
  }

  async deleteTag(name: string): Promise<void> {
    await this.git.exec(['update-ref', '-d', `refs/tags/${name}`]);
  }

  async listTags(prefix: string): Promise<string[]> {
    const out = await this.git.exec(['for-each-ref', '--format=%(refname:strip=2)', `refs/tags/${prefix}`]);
    return out.split('\n').filter(Boolean).sort();
  }

  async changedFiles(from: string, to: string): Promise<string[]> {
    const out = await this.git.exec(['diff', '--name-status', '--no-renames', from, to]);
    return out
      .split('\n')
      .filter(Boolean)
      .map((line) => line.replace('\t', ' '));
  }

  async readFile(commit: string, path: string): Promise<string | null> {
    try {
      return await this.git.exec(['show', `${commit}:${path}`]);
    } catch {
      return null;
    }
  }

  /** Through a throwaway index, so that the working tree and the real index are never touched. */
  async treeWithFile(tree: string, path: string, content: string): Promise<string> {
    const blob = (await this.git.exec(['hash-object', '-w', '--stdin'], { input: content })).trim();
    const gitDir = (await this.git.exec(['rev-parse', '--absolute-git-dir'])).trim();
    const env = { GIT_INDEX_FILE: `${gitDir}/mcpver-restore-${process.pid}-${Date.now()}.index` };
    try {
      await this.git.exec(['read-tree', tree], { env });
      await this.git.exec(['update-index', '--add', '--cacheinfo', `100644,${blob},${path}`], { env });
      return (await this.git.exec(['write-tree'], { env })).trim();
    } finally {
      await rm(env.GIT_INDEX_FILE, { force: true });
    }
  }

  private async onlyMcpverCommits(base: string, tip: string): Promise<boolean> {
    const authors = await this.git.exec(['log', '--format=%ae', `${base}..${tip}`]);
    return authors
      .split('\n')
      .filter(Boolean)
      .every((email) => email === MCPVER_IDENTITY.email);
  }

  async publishRestore(input: {
    branch: string;
    base: string;
    tree: string;
    message: string;
  }): Promise<RestorePublication> {
    const ref = `refs/heads/${input.branch}`;
    const tip = (await this.git.exec(['for-each-ref', '--format=%(objectname)', ref])).trim();
    if (!tip) {
      const commit = (
        await this.git.exec(['commit-tree', input.tree, '-p', input.base, '-F', '-'], {
          input: input.message,
          env: IDENTITY_ENV,
        })
      ).trim();
      await this.git.exec(['update-ref', ref, commit, ZERO_OID]);
      return { branch: input.branch, commit, pullRequest: null, outcome: 'created' };
    }
    const tipTree = await this.treeOf(tip);
    const containsBase = await this.git.exec(['merge-base', '--is-ancestor', input.base, tip]).then(
      () => true,
      () => false,
    );
    if (tipTree === input.tree && containsBase)
      return { branch: input.branch, commit: tip, pullRequest: null, outcome: 'unchanged' };
    if (!(await this.onlyMcpverCommits(input.base, tip))) {
      throw new RollbackError(
        `The branch ${input.branch} has commits that mcpver did not make; it is left as it is. Delete or rename it to restore again.`,
      );
    }
    // The default branch moved since the restore was published: move the restore branch forward with a
    // commit whose parents are its tip and the new head, so it stays a fast-forward (no force) and still
    // carries exactly the recorded tree.
    const commit = (
      await this.git.exec(['commit-tree', input.tree, '-p', tip, '-p', input.base, '-F', '-'], {
        input: input.message,
        env: IDENTITY_ENV,
      })
    ).trim();
    await this.git.exec(['update-ref', ref, commit, tip]);
    return { branch: input.branch, commit, pullRequest: null, outcome: 'updated' };
  }
}
