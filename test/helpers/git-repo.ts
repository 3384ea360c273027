// Real git repositories in temporary folders, for tests that check versions at tags.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TempRepo {
  dir: string;
  git(...args: string[]): string;
  write(file: string, content: string | object): void;
  /** Copy a folder's files into the repository root (replacing what was there, except .git). */
  replaceWith(folder: string): void;
  commit(message: string, tag?: string): string;
  remove(): void;
}

export function tempRepo(prefix = 'mcpver-repo-'): TempRepo {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
      },
    });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    git,
    write(file, content) {
      const target = path.join(dir, file);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
    },
    replaceWith(folder) {
      for (const entry of git('ls-files').split('\n').filter(Boolean)) rmSync(path.join(dir, entry), { force: true });
      cpSync(folder, dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}node_modules`) });
    },
    commit(message, tag) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      if (tag) git('tag', '-a', tag, '-m', tag);
      return git('rev-parse', 'HEAD').trim();
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
