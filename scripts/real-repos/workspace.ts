// Temporary clones of the corpus repositories, with every labelled release tagged as a maintainer
// would tag it. Everything lives under one temporary folder that `remove()` deletes on every exit path.

import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './processes.ts';

const PLACEHOLDER =
  'This file is absent from the mirror the evaluation was run from (files of 4 MiB and more are not mirrored).\n';

export class Workspace {
  private constructor(readonly root: string) {}

  static async create(): Promise<Workspace> {
    return new Workspace(await mkdtemp(path.join(tmpdir(), 'mcpver-eval-repos-')));
  }

  /**
   * A clone of `owner/name` without a checkout: from `<mirror>/<owner>+<name>/repo` when a mirror
   * folder is given (sharing its objects, so it costs nothing), else from GitHub.
   */
  async clone(repo: string, mirror: string | undefined): Promise<string> {
    const dest = path.join(this.root, repo.replace('/', '+'));
    if (existsSync(dest)) return dest;
    let source = `https://github.com/${repo}`;
    if (mirror) {
      source = path.join(mirror, repo.replace('/', '+'), 'repo');
      if (!existsSync(source)) throw new Error(`${repo} is not in the mirror: ${source} does not exist.`);
    }
    await git(this.root, ['clone', '--quiet', '--no-checkout', ...(mirror ? ['--shared'] : []), source, dest]);
    return dest;
  }

  /**
   * Tag `commit` as `tag` in the clone. A mirror lacks files of 4 MiB and more (GIFs, media), and git
   * cannot check out a tree whose blobs are missing: such a commit is tagged through a child commit
   * with the same tree except that those files hold a placeholder text. Returns how many were replaced.
   */
  async tag(clone: string, tag: string, commit: string): Promise<number> {
    try {
      await git(clone, ['cat-file', '-e', `${commit}^{commit}`]);
    } catch {
      throw new Error(`commit ${commit} is not in ${path.basename(clone)} (is the mirror older than the label?).`);
    }
    const missing = await missingBlobs(clone, commit);
    const target = missing.length === 0 ? commit : await withPlaceholders(clone, commit, missing);
    await git(clone, ['tag', '--force', tag, target]);
    return missing.length;
  }

  /** A file in the workspace (the evaluation's config files live beside the clones, never inside them). */
  async writeFile(name: string, content: string): Promise<string> {
    const file = path.join(this.root, name);
    await writeFile(file, content, { mode: 0o600 });
    return file;
  }

  async remove(): Promise<void> {
    await rm(this.root, { recursive: true, force: true });
  }
}

interface TreeEntry {
  mode: string;
  sha: string;
  path: string;
}

async function missingBlobs(clone: string, commit: string): Promise<TreeEntry[]> {
  const listing = await git(clone, ['ls-tree', '-r', '-z', '--full-tree', commit]);
  const blobs: TreeEntry[] = [];
  for (const record of listing.split('\0')) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, sha] = record.slice(0, tab).split(' ');
    if (type === 'blob' && mode && sha) blobs.push({ mode, sha, path: record.slice(tab + 1) });
  }
  if (blobs.length === 0) return [];
  const check = await git(
    clone,
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    `${blobs.map((b) => b.sha).join('\n')}\n`,
  );
  const absent = new Set(
    check
      .split('\n')
      .filter((line) => line.endsWith(' missing'))
      .map((line) => line.split(' ')[0]),
  );
  return blobs.filter((b) => absent.has(b.sha));
}

async function withPlaceholders(clone: string, commit: string, missing: readonly TreeEntry[]): Promise<string> {
  const placeholder = (await git(clone, ['hash-object', '-w', '--stdin'], PLACEHOLDER)).trim();
  const index = path.join(clone, '.git', `mcpver-eval-index-${process.pid}`);
  // commit-tree needs an identity; the clone's user may have none configured.
  const env = {
    GIT_INDEX_FILE: index,
    GIT_AUTHOR_NAME: 'mcpver eval',
    GIT_AUTHOR_EMAIL: 'eval@mcpver.invalid',
    GIT_COMMITTER_NAME: 'mcpver eval',
    GIT_COMMITTER_EMAIL: 'eval@mcpver.invalid',
  };
  try {
    await git(clone, ['read-tree', commit], undefined, env);
    const lines = missing.map((m) => `${m.mode} ${placeholder}\t${m.path}\0`).join('');
    await git(clone, ['update-index', '-z', '--index-info'], lines, env);
    const tree = (await git(clone, ['write-tree'], undefined, env)).trim();
    return (
      await git(
        clone,
        ['commit-tree', tree, '-p', commit, '-m', `${commit} with placeholders for files absent from the mirror`],
        undefined,
        env,
      )
    ).trim();
  } finally {
    await rm(index, { force: true });
  }
}
