// A capability (or a feature of one, such as resource subscriptions) the server declared is gone.

import type { Rule } from '../types.ts';
import { itemKey } from '../surface-items.ts';
import { capabilityFlags, isNotificationFlag } from './capability-flags.ts';

export const rule: Rule = {
  id: 'capability-removed',
  level: 'major',
  surface: 'mcp',
  description: 'A server capability or capability feature (for example resources.subscribe) is no longer declared.',
  rationale: 'Clients negotiate features from the declared capabilities; requests for an undeclared one are refused.',
  detect({ old, new: next }) {
    if (!old.mcp || !next.mcp) return [];
    const after = capabilityFlags(next.mcp.capabilities);
    const beforeFlags = capabilityFlags(old.mcp.capabilities);
    return (
      [...beforeFlags]
        .filter((flag) => !after.has(flag) && !isNotificationFlag(flag))
        // Report `resources` once, not also `resources.subscribe`.
        .filter((flag) => !flag.includes('.') || after.has(flag.split('.')[0]!))
        .sort()
        .map((flag) => ({
          rule: 'capability-removed',
          level: 'major' as const,
          item: itemKey.capability(flag),
          subject: itemKey.capability(flag),
          message: `The server no longer declares the "${flag}" capability`,
          before: flag,
        }))
    );
  },
};
