// A new required peer dependency: the consumer must now install it, at a compatible version.

import type { Change, Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'peer-dependency-added',
  level: 'major',
  surface: 'package',
  description: 'A required peer dependency was added.',
  rationale: 'Consumers must provide it; npm fails the install (ERESOLVE) when theirs conflicts with the range.',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.peerDependencies;
    const optional = new Set(next.package.optionalPeerDependencies);
    return Object.entries(next.package.peerDependencies)
      .filter(([name]) => !(name in before))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, range]): Change => ({
        rule: 'peer-dependency-added',
        level: optional.has(name) ? 'minor' : 'major',
        item: itemKey.package(),
        subject: `package.peerDependencies.${name}`,
        message: optional.has(name)
          ? `Optional peer dependency "${name}@${range}" was added`
          : `Peer dependency "${name}@${range}" was added: consumers must install it`,
        after: range,
        location: { file: 'package.json' },
      }));
  },
};
