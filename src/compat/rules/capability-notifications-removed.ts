// A capability's `listChanged` notifications are no longer declared.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { capabilityFlags, isNotificationFlag } from './capability-flags.ts';

export const rule: Rule = {
  id: 'capability-notifications-removed',
  level: 'minor',
  surface: 'mcp',
  description: 'A capability no longer declares listChanged notifications.',
  rationale: 'Clients lose change notifications and must re-list to see updates; calls still work.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const after = capabilityFlags(next.mcp.capabilities);
    return [...capabilityFlags(old.mcp.capabilities)]
      .filter((flag) => isNotificationFlag(flag) && !after.has(flag) && after.has(flag.split('.')[0]!))
      .sort()
      .map((flag) => ({
        rule: 'capability-notifications-removed',
        level: 'minor' as const,
        item: itemKey.capability(flag),
        subject: itemKey.capability(flag),
        message: `The server no longer sends "${flag}" notifications`,
        before: flag,
      }));
  },
};
