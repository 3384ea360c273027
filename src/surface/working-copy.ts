// The working tree's side of a check, read without touching the user's files: where an install or
// a build has to run, it runs in a temporary worktree at HEAD with the working tree's changes laid
// over it (tracked edits, deletions and untracked files that are not ignored), never in place.

import { existsSync } from 'node:fs';
import { copyFile, lstat, mkdir, readlink, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { INSTALL_NONE } from '../config.ts';
import { Git } from '../git.ts';
import { findLockfile } from './install.ts';
import { snapshotInCopy, takeSnapshot, type TakeSnapshotAtRefOptions } from './snapshot.ts';
import type { Snapshot } from './types.ts';

export const WORKING_TREE_LABEL = 'the working tree';

/** Whether anything would write into the package's folder: an install or a build. */
function needsCopy(root: string, packageDir: string, options: TakeSnapshotAtRefOptions): boolean {
  if (options.build) return true;
  if (options.install === INSTALL_NONE) return false;
  if (options.install) return true;
  const willRun = Boolean(options.command);
  const installed = existsSync(path.join(packageDir, 'node_modules')) || existsSync(path.join(root, 'node_modules'));
  return willRun && !installed && findLockfile(packageDir, root) !== undefined;
}

/** The snapshot of the package as it is in the working tree (uncommitted changes included). */
export async function takeSnapshotOfWorkingTree(git: Git, options: TakeSnapshotAtRefOptions = {}): Promise<Snapshot> {
  const root = await git.topLevel();
  const packagePath = options.path ?? '.';
  const packageDir = path.join(root, packagePath);
  const label = options.label ?? WORKING_TREE_LABEL;
  if (!needsCopy(root, packageDir, options)) {
    const { path: _path, install: _install, installScripts: _scripts, ...rest } = options;
    return takeSnapshot({ ...rest, label, dir: packageDir });
  }
  const top = new Git(root);
  const end = options.progress?.start(`copy ${label}`);
  let inside = false;
  return top
    .withWorktree('HEAD', async (copy) => {
      await overlayWorkingTree(top, root, copy);
      inside = true;
      end?.(true);
      return snapshotInCopy(copy, root, { ...options, label });
    })
    .catch((error: unknown) => {
      if (!inside) end?.(false);
      throw error;
    });
}

/** Make `copy` (a worktree at HEAD) hold what the working tree at `root` holds, ignored files aside. */
async function overlayWorkingTree(git: Git, root: string, copy: string): Promise<void> {
  const listed = (await git.exec(['ls-files', '-z', '--cached', '--others', '--exclude-standard']))
    .split('\0')
    .filter(Boolean);
  for (const file of new Set(listed)) {
    const from = path.join(root, file);
    const to = path.join(copy, file);
    const stat = await lstat(from).catch(() => undefined);
    if (!stat) {
      await rm(to, { force: true }); // deleted in the working tree
      continue;
    }
    if (stat.isDirectory()) continue; // a submodule: as checked out at HEAD
    await mkdir(path.dirname(to), { recursive: true });
    await rm(to, { force: true });
    if (stat.isSymbolicLink()) await symlink(await readlink(from), to);
    else await copyFile(from, to);
  }
}
