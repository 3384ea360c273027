import { createRequire as __mcpverCreateRequire } from "node:module";
import { fileURLToPath as __mcpverFileURLToPath } from "node:url";
import { dirname as __mcpverDirname } from "node:path";
const require = __mcpverCreateRequire(import.meta.url);
const __filename = __mcpverFileURLToPath(import.meta.url);
const __dirname = __mcpverDirname(__filename);
import {
  registerCleanup
} from "./chunk-Q6RRY3H6.js";

// src/git.ts
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
var run = promisify(execFile);
var GIT_MAX_BUFFER = 256 * 1024 * 1024;
var GitError = class extends Error {
  /**
   * Everything git wrote to stderr. The message keeps only its last lines, which can drop the one a
   * caller needs: a held lock prints "Unable to create '…/state.lock': File exists." followed by
   * four lines of advice. Callers that decide on git's words match on this, never on the message.
   */
  constructor(message, stderr = "") {
    super(message);
    this.stderr = stderr;
  }
  stderr;
  name = "GitError";
};
var Git = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  /** Run git and return its stdout; a failure becomes a GitError carrying git's own message. */
  async exec(args, options = {}) {
    try {
      const child = run("git", [...args], {
        cwd: this.cwd,
        maxBuffer: GIT_MAX_BUFFER,
        env: options.env ? { ...process.env, ...options.env } : process.env
      });
      if (options.input !== void 0) {
        child.child.stdin?.end(options.input);
      }
      const { stdout } = await child;
      return stdout;
    } catch (error) {
      const e = error;
      const detail = (e.stderr || e.message).trim().split("\n").slice(-3).join(" ");
      throw new GitError(`git ${args.join(" ")} failed in ${this.cwd}: ${detail}`, e.stderr || e.message);
    }
  }
  async isRepository() {
    try {
      await this.exec(["rev-parse", "--git-dir"]);
      return true;
    } catch {
      return false;
    }
  }
  async topLevel() {
    return (await this.exec(["rev-parse", "--show-toplevel"])).trim();
  }
  /** The commit a ref points at (tags peeled), or a clear error naming the ref. */
  async resolveCommit(ref) {
    try {
      return (await this.exec(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`])).trim();
    } catch {
      throw new GitError(
        `The ref "${ref}" does not exist in ${this.cwd} (is the tag fetched? use fetch-depth: 0 in actions/checkout).`
      );
    }
  }
  async tags() {
    const out = await this.exec(["tag", "--list"]);
    return out.split("\n").map((t) => t.trim()).filter(Boolean);
  }
  /** The text of a file at a ref, or null when the file does not exist there. */
  async readFile(ref, file) {
    try {
      return await this.exec(["show", `${ref}:${file}`]);
    } catch {
      return null;
    }
  }
  /**
   * Check out `ref` into a temporary worktree, run `fn` there, and always remove the worktree,
   * also when `fn` fails or mcpver is interrupted (process/cleanup.ts), so that no checkout is left
   * behind in the user's repository.
   */
  async withWorktree(ref, fn) {
    const commit = await this.resolveCommit(ref);
    const parent = await mkdtemp(path.join(tmpdir(), "mcpver-worktree-"));
    const dir = path.join(parent, "tree");
    let removing;
    const remove = () => removing ??= (async () => {
      await this.exec(["worktree", "remove", "--force", dir]).catch(() => void 0);
      await rm(parent, { recursive: true, force: true });
      await this.exec(["worktree", "prune"]).catch(() => void 0);
    })();
    const unregister = registerCleanup("files", remove);
    try {
      await this.exec(["worktree", "add", "--detach", "--force", dir, commit]);
      return await fn(dir);
    } finally {
      await remove();
      unregister();
    }
  }
};

export {
  GitError,
  Git
};
