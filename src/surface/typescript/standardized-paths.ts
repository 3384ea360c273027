// ts-morph standardizes every path the compiler hands it (`path.normalize`, then slashes) afresh,
// and the compiler hands it the same few thousand paths again and again: each module resolution
// and file lookup asks for a canonical file name. That was a tenth of a second of a large check.

import { FileUtils } from '@ts-morph/common';

/** Beyond this many remembered paths, the memo starts over (a long-running process sees many packages). */
const MAX_REMEMBERED = 100_000;

type Standardize = typeof FileUtils.getStandardizedAbsolutePath;
const utils = FileUtils as unknown as { getStandardizedAbsolutePath: Standardize; __mcpverRemembered?: boolean };

/**
 * Remember the standardized form of absolute POSIX paths, which depends on the path alone (a
 * relative one also depends on the folder it is read from, and is standardized as before).
 */
export function rememberStandardizedPaths(): void {
  if (utils.__mcpverRemembered) return;
  utils.__mcpverRemembered = true;
  const original = utils.getStandardizedAbsolutePath;
  const remembered = new Map<string, ReturnType<Standardize>>();
  utils.getStandardizedAbsolutePath = (fileSystem, fileOrDirPath, relativeBase) => {
    if (!fileOrDirPath.startsWith('/')) return original.call(FileUtils, fileSystem, fileOrDirPath, relativeBase);
    let standardized = remembered.get(fileOrDirPath);
    if (standardized === undefined) {
      if (remembered.size >= MAX_REMEMBERED) remembered.clear();
      standardized = original.call(FileUtils, fileSystem, fileOrDirPath, relativeBase);
      remembered.set(fileOrDirPath, standardized);
    }
    return standardized;
  };
}
