// Release tags → versions, with the `semver` package: `v1.2.3`, `pkg@1.2.3`, `@scope/pkg@1.2.3`.

import semver from 'semver';

export class VersionError extends Error {
  override name = 'VersionError';
}

/** The default tag pattern: `v` followed by the version. `*` stands for the version. */
export const DEFAULT_TAG_PATTERN = 'v*';

/**
 * Expand a tag pattern for one package: `{name}` becomes the package name, so monorepos can say
 * `{name}@*` once for every package.
 */
export function expandTagPattern(pattern: string, packageName?: string): string {
  if (!pattern.includes('*')) {
    throw new VersionError(
      `The tag pattern "${pattern}" has no "*" where the version goes (for example "v*" or "{name}@*").`,
    );
  }
  if (pattern.includes('{name}') && !packageName) {
    throw new VersionError(`The tag pattern "${pattern}" uses {name}, but the package has no name.`);
  }
  return pattern.replaceAll('{name}', packageName ?? '');
}

/** The version a tag names under a pattern, or null when the tag does not match or is not semver. */
export function versionOfTag(tag: string, pattern: string = DEFAULT_TAG_PATTERN): string | null {
  const star = pattern.indexOf('*');
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (!tag.startsWith(prefix) || !tag.endsWith(suffix) || tag.length < prefix.length + suffix.length) return null;
  const raw = tag.slice(prefix.length, tag.length - suffix.length);
  // Strict parsing: `1.2` or `01.2.3` are not versions; no coercion of what the maintainer wrote.
  const parsed = semver.parse(raw);
  return parsed ? parsed.version : null;
}

/** Like versionOfTag, for a tag the user named explicitly: a clear error instead of null. */
export function requireVersionOfTag(tag: string, pattern: string = DEFAULT_TAG_PATTERN): string {
  const version = versionOfTag(tag, pattern);
  if (version) return version;
  const plain = semver.parse(tag.replace(/^v/, '')) ?? semver.parse(tag.slice(tag.lastIndexOf('@') + 1));
  if (plain) return plain.version;
  throw new VersionError(
    `The tag "${tag}" does not name a semantic version (expected the pattern "${pattern}", for example "${pattern.replace('*', '1.2.3')}").`,
  );
}

export interface TaggedVersion {
  tag: string;
  version: string;
}

/** Tags that match the pattern and name a semver version, highest version first. Others are skipped. */
export function releaseTags(tags: readonly string[], pattern: string = DEFAULT_TAG_PATTERN): TaggedVersion[] {
  const found: TaggedVersion[] = [];
  for (const tag of tags) {
    const version = versionOfTag(tag, pattern);
    if (version) found.push({ tag, version });
  }
  return found.sort((a, b) => semver.rcompare(a.version, b.version) || a.tag.localeCompare(b.tag));
}

/**
 * The release before `version`: the highest tagged version below it. Prereleases count only when
 * `version` is itself a prerelease, so `1.1.0` is compared with `1.0.0`, not with `1.1.0-rc.1`.
 */
export function previousRelease(
  tags: readonly string[],
  version: string,
  pattern: string = DEFAULT_TAG_PATTERN,
): TaggedVersion | null {
  const includePrerelease = semver.prerelease(version) !== null;
  for (const candidate of releaseTags(tags, pattern)) {
    if (!semver.lt(candidate.version, version)) continue;
    if (!includePrerelease && semver.prerelease(candidate.version) !== null) continue;
    return candidate;
  }
  return null;
}
