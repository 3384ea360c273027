// Moving a version pin to a new version in the style it was written in: `^1.2.0` → `^2.0.0`,
// `~1.2.0` → `~2.0.0`, `1.2.0` → `2.0.0`. Ranges that already admit the new version stay as they are.

import semver from 'semver';

export type RangeOutcome =
  | { kind: 'bump'; range: string }
  /** The range already admits the version (`*`, `>=1`, `latest`): nothing to edit. */
  | { kind: 'admits' }
  /** A range mcpver does not rewrite (`1.x || 2.x`, a git URL…): left to people, with why. */
  | { kind: 'unsupported'; reason: string };

/** An operator, an optional `v`, and one full version: the forms mcpver rewrites. */
const SIMPLE_PIN = /^(\^|~|=|>=)?(\s*)(v?)(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/;

export function bumpRange(range: string, version: string): RangeOutcome {
  const trimmed = range.trim();
  if (trimmed === 'latest' || trimmed === 'next') return { kind: 'admits' };
  const validRange = semver.validRange(trimmed);
  if (
    validRange !== null &&
    semver.satisfies(version, trimmed, { includePrerelease: semver.prerelease(version) !== null })
  ) {
    return { kind: 'admits' };
  }
  const match = SIMPLE_PIN.exec(trimmed);
  if (!match) {
    return {
      kind: 'unsupported',
      reason:
        validRange === null
          ? `"${range}" is not a semver range`
          : `"${range}" is a compound range that mcpver does not rewrite`,
    };
  }
  const [, operator = '', space = '', v = ''] = match;
  // Keep the leading/trailing whitespace of the original value, the way it was typed.
  const lead = range.slice(0, range.indexOf(trimmed));
  const tail = range.slice(range.indexOf(trimmed) + trimmed.length);
  return { kind: 'bump', range: `${lead}${operator}${space}${v}${version}${tail}` };
}

/**
 * Split `pkg@range` (also `@scope/pkg@range`) into its name and range; null range when there is
 * no `@` after the name. Returns null when the value names another package.
 */
export function splitPackageSpec(value: string, packageName: string): { range: string | null } | null {
  if (value === packageName) return { range: null };
  if (!value.startsWith(`${packageName}@`)) return null;
  return { range: value.slice(packageName.length + 1) };
}

/** `npm:pkg@^1.0.0` (an npm alias in package.json) → the range part, or null for other values. */
export function aliasRange(value: string, packageName: string): string | null | undefined {
  if (!value.startsWith('npm:')) return undefined;
  const spec = splitPackageSpec(value.slice(4), packageName);
  return spec ? spec.range : undefined;
}
