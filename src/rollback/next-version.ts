// The version a rollback is published as. The restored tree carries the old version in its
// package.json, which npm refuses (a published version is never accepted twice) and which no client
// on a caret range of a later release would ever install. So the restore sets the version to one
// patch above the highest version published (or known to the repository), as a release is usually
// withdrawn; the pull request says so, and what a client who adopted the undone release loses.

import semver from 'semver';
import { childAt, parseJsonTree, setJsonString } from '../migrate/json-text.ts';
import { RollbackError } from './types.ts';

/** The versions of a package on the registry, or null when the registry has no such package. */
export type PublishedVersionsLookup = (name: string) => Promise<string[] | null>;

export interface NextVersion {
  /** What the restore's package.json says. */
  version: string;
  /** The highest version on the registry, or null (none published, or the registry not asked). */
  highestPublished: string | null;
  /** The highest of every version considered (published, the default branch's, the point's). */
  highest: string;
  /** Why the registry could not be asked, when it could not: the version rests on what the repository knows. */
  registryProblem?: string;
}

/**
 * The highest release of a list: stable versions first (a prerelease is a preview of its release,
 * not a release to patch), prereleases only when there is nothing else. Null when none is semver.
 */
export function highestVersion(versions: ReadonlyArray<string | null | undefined>): string | null {
  const valid = versions.filter((v): v is string => typeof v === 'string' && semver.valid(v) !== null);
  return semver.maxSatisfying(valid, '*') ?? semver.maxSatisfying(valid, '*', { includePrerelease: true });
}

/** One patch above the highest: `2.0.0` → `2.0.1`; a prerelease `2.1.0-beta.1` → `2.1.0`. */
export function patchAbove(version: string): string {
  const next = semver.inc(version, 'patch');
  if (!next)
    throw new RollbackError(
      `"${version}" is not a semver version: mcpver cannot tell which version the rollback should be published as.`,
    );
  return next;
}

/** The version to publish next, from the registry's versions (if it could be asked) and the repository's. */
export async function chooseNextVersion(
  name: string | null,
  known: ReadonlyArray<string | null>,
  lookup: PublishedVersionsLookup | undefined,
): Promise<NextVersion | null> {
  let published: string[] = [];
  let registryProblem: string | undefined;
  if (name && lookup) {
    try {
      published = (await lookup(name)) ?? [];
    } catch (error) {
      registryProblem = (error as Error).message;
    }
  } else if (name) {
    registryProblem = 'no registry was configured for this run';
  }
  const highest = highestVersion([...published, ...known]);
  if (!highest) return null;
  return {
    version: patchAbove(highest),
    highestPublished: highestVersion(published),
    highest,
    ...(registryProblem ? { registryProblem } : {}),
  };
}

/** package.json with its `version` set, every other character as it was. */
export function setManifestVersion(file: string, text: string, version: string): string {
  const tree = parseJsonTree(file, text);
  if (childAt(tree, ['version'])?.type !== 'string' && childAt(tree, ['version']) !== undefined) {
    throw new RollbackError(`${file}: "version" is not a string; set the version to publish by hand.`);
  }
  return setJsonString(text, ['version'], version);
}

/** The `name`, `version` and `private` of a package.json, or nulls when it cannot be read. */
export function manifestIdentity(text: string | null): {
  name: string | null;
  version: string | null;
  private: boolean;
} {
  const none = { name: null, version: null, private: false };
  if (text === null) return none;
  try {
    const json = JSON.parse(text) as { name?: unknown; version?: unknown; private?: unknown };
    return {
      name: typeof json.name === 'string' ? json.name : null,
      version: typeof json.version === 'string' ? json.version : null,
      private: json.private === true,
    };
  } catch {
    return none;
  }
}
