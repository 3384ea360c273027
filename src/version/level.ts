// The levels of semver: how much a change forces the version to move, and their order. The diff
// gives each change a level (compat/) and the bump arithmetic compares them (bump.ts).

/** How much a change forces the version to move. */
export type Level = 'major' | 'minor' | 'patch';

/** A bump, or none. */
export type BumpLevel = Level | 'none';

export const LEVEL_ORDER: Record<BumpLevel, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxLevel(a: BumpLevel, b: BumpLevel): BumpLevel {
  return LEVEL_ORDER[a] >= LEVEL_ORDER[b] ? a : b;
}
