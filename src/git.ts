// The git reader every part of mcpver goes through: tags, refs, files at a ref, and temporary
// worktrees. It runs the real `git` so that SHAs, peeling and fast-forward checks are git's own.

import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { registerCleanup } from './process/cleanup.ts';

const run = promisify(execFile);

/** Git output can be large (ls-tree of a big repository, a package lock): allow 256 MiB. */
const GIT_MAX_BUFFER = 256 * 1024 * 1024;

export class GitError extends Error {
  override name = 'GitError';

  /**
   * Everything git wrote to stderr. The message keeps only its last lines, which can drop the one a
   * caller needs: a held lock prints "Unable to create '…/state.lock': File exists." followed by
   * four lines of advice. Callers that decide on git's words match on this, never on the message.
   */
  constructor(
    message: string,
    readonly stderr = '',
  ) {
    super(message);
  }
}

export class Git {
  constructor(readonly cwd: string) {}

  /** Run git and return its stdout; a failure becomes a GitError carrying git's own message. */
  async exec(args: readonly string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<string> {
    try {
      const child = run('git', [...args], {
        cwd: this.cwd,
        maxBuffer: GIT_MAX_BUFFER,
        env: options.env ? { ...process.env, ...options.env } : process.env,
      });
      if (options.input !== undefined) {
        child.child.stdin?.end(options.input);
      }
      const { stdout } = await child;
      return stdout;
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      const detail = (e.stderr || e.message).trim().split('\n').slice(-3).join(' ');
      throw new GitError(`git ${args.join(' ')} failed in ${this.cwd}: ${detail}`, e.stderr || e.message);
    }
  }

  async isRepository(): Promise<boolean> {
    try {
      await this.exec(['rev-parse', '--git-dir']);
      return true;
    } catch {
      return false;
    }
  }

  async topLevel(): Promise<string> {
    return (await this.exec(['rev-parse', '--show-toplevel'])).trim();
  }

  /** The commit a ref points at (tags peeled), or a clear error naming the ref. */
  async resolveCommit(ref: string): Promise<string> {
    try {
      return (await this.exec(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
    } catch {
      throw new GitError(
        `The ref "${ref}" does not exist in ${this.cwd} (is the tag fetched? use fetch-depth: 0 in actions/checkout).`,
      );
    }
  }

  async tags(): Promise<string[]> {
    const out = await this.exec(['tag', '--list']);
    return out
      .split('\n')
      .map((t) => t.trim())
      .filter(Boolean);
  }

  /** The text of a file at a ref, or null when the file does not exist there. */
  async readFile(ref: string, file: string): Promise<string | null> {
    try {
      return await this.exec(['show', `${ref}:${file}`]);
    } catch {
      return null;
    }
  }

  /**
   * Check out `ref` into a temporary worktree, run `fn` there, and always remove the worktree,
   * also when `fn` fails or mcpver is interrupted (process/cleanup.ts), so that no checkout is left
   * behind in the user's repository.
   */
  async withWorktree<T>(ref: string, fn: (dir: string) => Promise<T>): Promise<T> {
    const commit = await this.resolveCommit(ref);
    const parent = await mkdtemp(path.join(tmpdir(), 'mcpver-worktree-'));
    const dir = path.join(parent, 'tree');
    let removing: Promise<void> | undefined;
    const remove = () =>
      (removing ??= (async () => {
        await this.exec(['worktree', 'remove', '--force', dir]).catch(() => undefined);
        await rm(parent, { recursive: true, force: true });
        await this.exec(['worktree', 'prune']).catch(() => undefined);
      })());
    // Registered before `git worktree add`, so that an interrupt in the middle of it is covered too.
    const unregister = registerCleanup('files', remove);
    try {
      await this.exec(['worktree', 'add', '--detach', '--force', dir, commit]);
      return await fn(dir);
    } finally {
      await remove();
      unregister();
    }
  }
}
