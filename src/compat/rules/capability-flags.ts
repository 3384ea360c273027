// Flattens a server's declared capabilities into feature flags: `tools`, `resources.subscribe`.

/** `{ tools: { listChanged: true }, logging: {} }` → `['logging', 'tools', 'tools.listChanged']`. */
export function capabilityFlags(capabilities: Record<string, unknown> | undefined): Set<string> {
  const flags = new Set<string>();
  for (const [name, value] of Object.entries(capabilities ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    flags.add(name);
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        if (subValue !== undefined && subValue !== null && subValue !== false) flags.add(`${name}.${sub}`);
      }
    }
  }
  return flags;
}

/** `listChanged` only tells clients they may stop polling: losing it degrades, it does not break. */
export const isNotificationFlag = (flag: string): boolean => flag.endsWith('.listChanged');
