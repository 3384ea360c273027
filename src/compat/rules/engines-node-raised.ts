// The Node.js versions the package supports no longer include all the ones it supported before.

import semver from 'semver';
import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';

export const rule: Rule = {
  id: 'engines-node-raised',
  level: 'major',
  surface: 'package',
  description: 'package.json "engines.node" no longer covers every Node.js version it covered.',
  rationale:
    'Users on a dropped Node.js version can no longer run the server (npm refuses it under engine-strict, and it may crash at runtime).',
  detect({ old, new: next }) {
    if (!old.package || !next.package) return [];
    const before = old.package.engines.node ?? '*';
    const after = next.package.engines.node;
    if (after === undefined || after === before) return [];
    let narrowed: boolean;
    try {
      narrowed = !semver.subset(before, after);
    } catch {
      // An unparseable range cannot be compared; say what changed rather than guess.
      narrowed = true;
    }
    if (!narrowed) return [];
    const min = (range: string) => (semver.validRange(range) ? semver.minVersion(range)?.version : undefined);
    return [
      {
        rule: 'engines-node-raised',
        level: 'major',
        item: itemKey.package(),
        subject: 'package.engines.node',
        message: `Supported Node.js narrowed from "${before}" to "${after}"${min(after) ? ` (now at least ${min(after)})` : ''}`,
        before,
        after,
        location: { file: 'package.json' },
      },
    ];
  },
};
