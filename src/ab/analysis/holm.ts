// Holm's step-down correction across the secondary metrics (the primary decides alone, guardrails
// stay unadjusted so that they stay sensitive).

/** Holm's step-down adjustment of p-values (the order of the input is kept). */
export function holmAdjust(pValues: number[]): number[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  const adjusted = new Array<number>(pValues.length);
  let running = 0;
  order.forEach(({ p, i }, rank) => {
    running = Math.max(running, Math.min(1, (pValues.length - rank) * p));
    adjusted[i] = running;
  });
  return adjusted;
}
