// Tables keyed by metric name. Metric names come from event files and signed batches, so a name such
// as `__proto__` or `constructor` must be an ordinary key: a plain object would answer those from
// Object.prototype (a crash in the analysis, or an event counted into nothing). Every table keyed by
// a metric name is created here, without a prototype.

/** An empty table with no prototype: every key, `__proto__` included, is an own key or absent. */
export function metricTable<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** A prototype-less copy of a table read from JSON (its own keys only, `__proto__` kept as a key). */
export function toMetricTable<T>(from: Record<string, T> | null | undefined): Record<string, T> {
  const table = metricTable<T>();
  if (from) for (const key of Object.keys(from)) table[key] = from[key]!;
  return table;
}
