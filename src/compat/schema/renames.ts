// Rename detection: a removed and an added item (tool, prompt, argument, property) that have the same
// shape are one rename. Names break ties: shared words first, then a unique non-trivial shape.

export interface Rename {
  from: string;
  to: string;
}

/** The words of a name in any case style: `getTinyImage`, `get-tiny-image`, `get_tiny_image` → get, tiny, image. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/** Jaccard similarity of the words of two names. */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(nameWords(a));
  const wb = new Set(nameWords(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const union = new Set([...wa, ...wb]).size;
  return union === 0 ? 0 : shared / union;
}

/**
 * Pairs removed with added names. A pair needs `sameShape`; among those, pairs whose names share a
 * word are taken most similar first; a pair with no shared word is taken only when each is the
 * other's only candidate and `distinctive` says the shape is specific enough to be more than chance.
 */
export function matchRenames(
  removed: readonly string[],
  added: readonly string[],
  sameShape: (from: string, to: string) => boolean,
  distinctive: (from: string) => boolean = () => true,
): Rename[] {
  if (removed.length === 0 || added.length === 0) return [];
  const candidates: { from: string; to: string; score: number }[] = [];
  for (const from of removed) for (const to of added) if (sameShape(from, to)) candidates.push({ from, to, score: nameSimilarity(from, to) });
  const taken = new Set<string>();
  const result: Rename[] = [];
  for (const c of candidates.filter((x) => x.score > 0).sort((x, y) => y.score - x.score || x.from.localeCompare(y.from) || x.to.localeCompare(y.to))) {
    if (taken.has(`from:${c.from}`) || taken.has(`to:${c.to}`)) continue;
    taken.add(`from:${c.from}`); taken.add(`to:${c.to}`);
    result.push({ from: c.from, to: c.to });
  }
  const open = candidates.filter((c) => !taken.has(`from:${c.from}`) && !taken.has(`to:${c.to}`));
  for (const c of open) {
    const unique = open.filter((x) => x.from === c.from).length === 1 && open.filter((x) => x.to === c.to).length === 1;
    if (unique && distinctive(c.from)) result.push({ from: c.from, to: c.to });
  }
  return result.sort((x, y) => x.from.localeCompare(y.from));
}
