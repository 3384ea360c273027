// Analysis at the unit of assignment: when a unit (a session, an evaluation item) sent several
// events of a metric in one arm, those events are not independent, so each unit's events are
// averaged first (mean latency, error share) and the units are compared (the specification's 5.1).

import type { Variant } from '../test.ts';
import type { RawValue } from './types.ts';

/** Per-unit means of each arm, or null when no unit repeats (or some value has no unit). */
export function aggregatePerUnit(raw: Record<Variant, RawValue[]>): Record<Variant, RawValue[]> | null {
  let repeated = false;
  const out = {} as Record<Variant, RawValue[]>;
  for (const variant of ['A', 'B'] as const) {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const { value, unit } of raw[variant]) {
      if (unit === undefined) return null;
      const s = sums.get(unit);
      if (s) {
        s.sum += value;
        s.n += 1;
        repeated = true;
      } else sums.set(unit, { sum: value, n: 1 });
    }
    out[variant] = [...sums].map(([unit, s]) => ({ value: s.sum / s.n, unit }));
  }
  return repeated ? out : null;
}
