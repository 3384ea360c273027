// A peer dependency's range no longer accepts every version it accepted, or an optional peer became required.

import semver from 'semver';
import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'peer-dependency-narrowed',
  level: 'major',
  surface: 'package',
  description: 'A peer dependency range was narrowed, or an optional peer dependency became required.',
  rationale: 'Consumers on a version outside the new range get an install conflict.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const changes: Change[] = [];
    const oldOptional = new Set(old.package.optionalPeerDependencies);
    const newOptional = new Set(next.package.optionalPeerDependencies);
    for (const [name, after] of Object.entries(next.package.peerDependencies).sort(([a], [b]) => a.localeCompare(b))) {
      const before = old.package.peerDependencies[name];
      if (before === undefined) continue;
      const nowRequired = oldOptional.has(name) && !newOptional.has(name);
      let narrowed = false;
      if (before !== after) {
        try {
          narrowed = !semver.subset(before, after);
        } catch {
          narrowed = true;
        }
      }
      if (!narrowed && !nowRequired) continue;
      changes.push({
        rule: 'peer-dependency-narrowed',
        level: 'major',
        item: itemKey.package(),
        subject: `package.peerDependencies.${name}`,
        message: narrowed
          ? `Peer dependency "${name}" narrowed from "${before}" to "${after}"`
          : `Peer dependency "${name}" is no longer optional`,
        before,
        after,
        location: { file: 'package.json' },
      });
    }
    return changes;
  },
};
