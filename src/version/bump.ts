// What bump two versions made, what bump the changes require, and the version to use instead.

import semver from 'semver';
import { LEVEL_ORDER, type BumpLevel } from './level.ts';
import { VersionError } from './tags.ts';

/**
 * How 0.x versions are read. `caret` (the default) is npm's reading, which every `^0.y.z` range
 * relies on: in 0.y.z a breaking change needs y+1 and a feature z+1; in 0.0.z every change is
 * breaking. `strict` reads 0.x positions like any other version.
 */
export type ZeroMajor = 'caret' | 'strict';

/** The bump a release made, in what it allows: `major` means "may break clients". */
export interface ActualBump {
  level: BumpLevel;
  /** semver.diff's raw answer: `major`, `preminor`, `prerelease`… or null when equal. */
  position: string | null;
}

function parseVersion(version: string, what: string): semver.SemVer {
  const parsed = semver.parse(version);
  if (!parsed) throw new VersionError(`The ${what} version "${version}" is not a semantic version.`);
  return parsed;
}

/**
 * The bump from one version to the next. A downgrade is an error: nothing can be released below
 * what was already released.
 */
export function actualBump(from: string, to: string, zeroMajor: ZeroMajor = 'caret'): ActualBump {
  const a = parseVersion(from, 'previous');
  const b = parseVersion(to, 'new');
  const order = semver.compare(a, b);
  if (order > 0) {
    throw new VersionError(`${to} is lower than the previous release ${from}: a release cannot go down.`);
  }
  if (order === 0) return { level: 'none', position: null };
  const position = semver.diff(a, b);
  if (zeroMajor === 'caret' && a.major === 0 && b.major === 0) {
    // Under ^0.y.z, y is the breaking position and z the feature position; under ^0.0.z, all are breaking.
    if (a.minor === 0 && b.minor === 0) return { level: 'major', position };
    if (b.minor !== a.minor) return { level: 'major', position };
    return { level: 'minor', position };
  }
  if (b.major !== a.major) return { level: 'major', position };
  if (b.minor !== a.minor) return { level: 'minor', position };
  if (b.patch !== a.patch) return { level: 'patch', position };
  // Same major.minor.patch, different prerelease: 1.1.0-rc.1 → 1.1.0-rc.2 or → 1.1.0.
  // A prerelease of x.y.z carries the bump that x.y.z makes over the previous release, which the
  // caller compares against separately; between two cuts of the same version nothing is promised.
  return { level: 'patch', position };
}

/** The lowest version after `from` that allows a `required` bump. */
export function nextVersion(from: string, required: BumpLevel, zeroMajor: ZeroMajor = 'caret'): string {
  const a = parseVersion(from, 'previous');
  const base = a.prerelease.length > 0 ? `${a.major}.${a.minor}.${a.patch}` : a.version;
  if (a.prerelease.length > 0) {
    // From a prerelease, its own final version is the next one whatever the changes.
    return base;
  }
  const step = required === 'none' ? 'patch' : required;
  if (zeroMajor === 'caret' && a.major === 0) {
    if (a.minor === 0) return semver.inc(base, 'patch')!;
    return semver.inc(base, step === 'major' ? 'minor' : 'patch')!;
  }
  return semver.inc(base, step)!;
}

/** True when the release's bump allows the required one. */
export function allows(actual: BumpLevel, required: BumpLevel): boolean {
  return LEVEL_ORDER[actual] >= LEVEL_ORDER[required];
}
