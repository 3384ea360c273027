import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workspace } from '../../scripts/real-repos/workspace.ts';
import { tempRepo, type TempRepo } from '../helpers/git-repo.ts';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A mirror laid out like the evaluation's (<root>/<owner>+<name>/repo), missing one file's blob. */
function mirrorWithoutBlob(): { root: string; commit: string; repo: TempRepo } {
  const repo = tempRepo();
  cleanups.push(() => repo.remove());
  repo.write('package.json', { name: 'thing', version: '1.0.0' });
  repo.write('docs/demo.gif', 'GIF89a… imagine four megabytes here');
  const commit = repo.commit('release 1.0.0');
  const blob = repo.git('rev-parse', `${commit}:docs/demo.gif`).trim();
  const root = mkdtempSync(path.join(tmpdir(), 'mcpver-mirror-'));
  cleanups.push(() => rmSync(root, { recursive: true, force: true }));
  const gitDir = path.join(root, 'acme+thing', 'repo');
  execFileSync('git', ['clone', '-q', '--bare', repo.dir, gitDir]);
  // A local clone links loose objects: dropping the link loses the blob in the mirror only.
  rmSync(path.join(gitDir, 'objects', blob.slice(0, 2), blob.slice(2)));
  return { root, commit, repo };
}

describe('the evaluation workspace', () => {
  it('tags a release whose files are partly absent from the mirror through a commit with placeholders', async () => {
    const { root, commit } = mirrorWithoutBlob();
    const workspace = await Workspace.create();
    cleanups.push(() => workspace.remove());

    const clone = await workspace.clone('acme/thing', root);
    const replaced = await workspace.tag(clone, 'v1.0.0', commit);

    expect(replaced).toBe(1);
    // The tag can be checked out, which is what mcpver does with it; the other files are untouched.
    const tree = path.join(workspace.root, 'tree');
    execFileSync('git', ['worktree', 'add', '-q', '--detach', tree, 'v1.0.0'], { cwd: clone });
    expect(readFileSync(path.join(tree, 'docs/demo.gif'), 'utf8')).toMatch(/absent from the mirror/);
    expect(JSON.parse(readFileSync(path.join(tree, 'package.json'), 'utf8'))).toEqual({ name: 'thing', version: '1.0.0' });
  });

  it('tags a complete release at the labelled commit itself', async () => {
    const repo = tempRepo();
    cleanups.push(() => repo.remove());
    repo.write('package.json', { name: 'thing', version: '2.0.0' });
    const commit = repo.commit('release 2.0.0');
    const root = mkdtempSync(path.join(tmpdir(), 'mcpver-mirror-'));
    cleanups.push(() => rmSync(root, { recursive: true, force: true }));
    execFileSync('git', ['clone', '-q', '--bare', repo.dir, path.join(root, 'acme+thing', 'repo')]);
    const workspace = await Workspace.create();
    cleanups.push(() => workspace.remove());

    const clone = await workspace.clone('acme/thing', root);

    expect(await workspace.tag(clone, 'v2.0.0', commit)).toBe(0);
    expect(execFileSync('git', ['rev-parse', 'v2.0.0^{commit}'], { cwd: clone, encoding: 'utf8' }).trim()).toBe(commit);
  });

  it('says which repository is missing from the mirror, and which commit from a clone', async () => {
    const { root } = mirrorWithoutBlob();
    const workspace = await Workspace.create();
    cleanups.push(() => workspace.remove());

    await expect(workspace.clone('acme/other', root)).rejects.toThrow(`acme/other is not in the mirror: ${path.join(root, 'acme+other', 'repo')} does not exist.`);
    const clone = await workspace.clone('acme/thing', root);
    await expect(workspace.tag(clone, 'v9.0.0', 'f'.repeat(40))).rejects.toThrow(`commit ${'f'.repeat(40)} is not in acme+thing`);
  });

  it('leaves nothing behind when removed', async () => {
    const { root } = mirrorWithoutBlob();
    const workspace = await Workspace.create();
    await workspace.clone('acme/thing', root);

    await workspace.remove();

    expect(existsSync(workspace.root)).toBe(false);
  });
});
