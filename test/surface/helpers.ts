// Shared arrangements for the surface tests: paths of the real servers, temporary folders, a real
// git repository holding the example server at its two tagged versions, and a pid liveness check.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
/** How the example server is started from its package root: TypeScript run by tsx, no build step. */
export const EXAMPLE_COMMAND = 'node --import tsx src/index.ts';
export const PAGED_SERVER = path.join(ROOT, 'test/fixtures/servers/paged-server.mjs');

const made: string[] = [];

export function tempDir(prefix = 'mcpver-surface-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
}

/** Put one version of the example package at the root of `dir` (replacing the previous one). */
function placeExample(version: 'server-v1' | 'server-v2', dir: string): void {
  rmSync(path.join(dir, 'src'), { recursive: true, force: true });
  for (const entry of ['src', 'package.json', 'tsconfig.json']) {
    cpSync(path.join(EXAMPLES, version, entry), path.join(dir, entry), { recursive: true });
  }
}

/**
 * A real git repository with the example server committed and tagged v1.0.0, then v1.1.0. Its
 * `node_modules` is a committed symlink to this repository's, so that every worktree of it can
 * resolve @modelcontextprotocol/sdk, zod and tsx without an install.
 */
export function makeExampleRepository(): string {
  const dir = tempDir('mcpver-example-repo-');
  git(dir, 'init', '--quiet', '--initial-branch=main');
  git(dir, 'config', 'user.name', 'mcpver test');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  placeExample('server-v1', dir);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'notes 1.0.0');
  git(dir, 'tag', 'v1.0.0');
  placeExample('server-v2', dir);
  git(dir, 'add', '--all');
  git(dir, 'commit', '--quiet', '-m', 'notes 1.1.0');
  git(dir, 'tag', 'v1.1.0');
  return dir;
}
