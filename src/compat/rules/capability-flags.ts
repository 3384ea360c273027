// Flattens a server's declared capabilities into feature flags: `tools`, `resources.subscribe`.

/**
 * The features the MCP specification defines under each standard capability. A key it does not
 * define (`tools: { list: true }`, seen in real servers) is negotiated by no client: neither its
 * removal nor its addition changes what a client can ask for. Other capabilities (`experimental`,
 * custom ones) keep every key.
 */
const SPEC_FEATURES: Record<string, ReadonlySet<string>> = {
  tools: new Set(['listChanged']),
  prompts: new Set(['listChanged']),
  resources: new Set(['subscribe', 'listChanged']),
  logging: new Set(),
  completions: new Set(),
  tasks: new Set(['list', 'cancel', 'requests']),
};

/** `{ tools: { listChanged: true }, logging: {} }` → `['logging', 'tools', 'tools.listChanged']`. */
export function capabilityFlags(capabilities: Record<string, unknown> | undefined): Set<string> {
  const flags = new Set<string>();
  for (const [name, value] of Object.entries(capabilities ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    flags.add(name);
    if (typeof value === 'object' && !Array.isArray(value)) {
      for (const [sub, subValue] of Object.entries(value as Record<string, unknown>)) {
        if (SPEC_FEATURES[name] && !SPEC_FEATURES[name]!.has(sub)) continue;
        if (subValue !== undefined && subValue !== null && subValue !== false) flags.add(`${name}.${sub}`);
      }
    }
  }
  return flags;
}

/** `listChanged` only tells clients they may stop polling: losing it degrades, it does not break. */
export const isNotificationFlag = (flag: string): boolean => flag.endsWith('.listChanged');
