// Canonical JSON for the state branch: sorted keys, two-space indent, trailing newline, so that the
// same value always yields the same bytes and diffs of the branch show only what changed.

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  // Plain and prototype-less objects (tables keyed by names from outside, such as metric names).
  if (value !== null && typeof value === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(value))) {
    // Prototype-less, so that a key named `__proto__` is written as a key, not lost as a prototype.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value as Record<string, unknown>).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) sorted[key] = sortKeys(child);
    }
    return sorted;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}
