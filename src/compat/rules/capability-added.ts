// A capability (or a feature of one) the server did not declare before.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { capabilityFlags } from './capability-flags.ts';

export const rule: Rule = {
  id: 'capability-added',
  level: 'minor',
  surface: 'mcp',
  description: 'The server declares a new capability or capability feature.',
  rationale: 'A new feature: clients that do not use it are unaffected.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const before = capabilityFlags(old.mcp.capabilities);
    return [...capabilityFlags(next.mcp.capabilities)]
      .filter((flag) => !before.has(flag))
      .filter((flag) => !flag.includes('.') || before.has(flag.split('.')[0]!))
      .sort()
      .map((flag) => ({
        rule: 'capability-added',
        level: 'minor' as const,
        item: itemKey.capability(flag),
        subject: itemKey.capability(flag),
        message: `The server now declares the "${flag}" capability`,
        after: flag,
      }));
  },
};
