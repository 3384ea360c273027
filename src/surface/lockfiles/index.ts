// The version of a dependency that a package's lockfile pins (npm, pnpm, yarn 1 and 2+, bun's text
// lockfile), found from the package's folder as its package manager resolves it.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { lineColumn } from '../json-text.ts';
import type { Lockfile } from '../install.ts';
import { lockedInBun } from './bun.ts';
import { lockedInNpm } from './npm.ts';
import { lockedInPnpm, parsePnpmLock } from './pnpm.ts';
import { LockfileError, type LockedPackage, type LockQuery } from './types.ts';
import { lockedInYarn, parseYarnLock } from './yarn.ts';

export { LockfileError, type LockedPackage } from './types.ts';

/** A lockfile read once, asked about any number of dependencies. */
export interface LockfileReader {
  lockfile: Lockfile;
  /** The version pinned for `name` (with the range package.json gives it), or undefined when the lockfile pins none. */
  locked(name: string, range?: string): LockedPackage | undefined;
}

/** Read `lockfile` for the package in `packageDir`; a lockfile that cannot be read is a LockfileError naming it. */
export function readLockfile(lockfile: Lockfile, packageDir: string, packageName?: string): LockfileReader {
  const file = lockfile.file;
  const from = path.relative(lockfile.root, path.resolve(packageDir)).split(path.sep).join('/');
  const query = (name: string, range?: string): LockQuery => ({
    name,
    from,
    root: lockfile.root,
    ...(range === undefined ? {} : { range }),
    ...(packageName ? { packageName } : {}),
  });
  if (path.basename(file) === 'bun.lockb') {
    // The binary format has no public reader; bun writes the text one with --save-text-lockfile (the default since 1.2).
    throw new LockfileError(
      `${file} is bun's binary lockfile, which mcpver cannot read; run \`bun install --save-text-lockfile\` and commit bun.lock.`,
      { file },
    );
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new LockfileError(`${file} could not be read: ${(error as Error).message}`, { file, cause: error });
  }
  switch (lockfile.manager) {
    case 'npm': {
      const document = parseJsonLike(text, file, false);
      return { lockfile, locked: (name, range) => lockedInNpm(document, query(name, range), file, text) };
    }
    case 'pnpm': {
      const lock = parsePnpmLock(text, file);
      return { lockfile, locked: (name, range) => lockedInPnpm(lock, query(name, range)) };
    }
    case 'yarn':
    case 'yarn-classic': {
      const document = parseYarnLock(text, file);
      return { lockfile, locked: (name, range) => lockedInYarn(document, query(name, range), file, text) };
    }
    case 'bun': {
      const document = parseJsonLike(text, file, true);
      return { lockfile, locked: (name, range) => lockedInBun(document, query(name, range), text) };
    }
  }
}

/** JSON (npm) or JSON with trailing commas (bun.lock), with the line and column of a syntax error. */
function parseJsonLike(text: string, file: string, lenient: boolean): unknown {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: lenient, disallowComments: !lenient });
  const first = errors[0];
  if (first) {
    const { line, column } = lineColumn(text, first.offset);
    throw new LockfileError(`${file}:${line}:${column} is not valid JSON; mcpver cannot read which versions it pins.`, {
      file,
    });
  }
  return value;
}
