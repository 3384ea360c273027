// Rename detection for tools, prompts, properties, prompt arguments and exports. The same shape is
// necessary but never enough: two unrelated booleans have the same shape. A pair is a rename only
// with evidence a person would accept (the names, the descriptions, a note naming the other name),
// and only when nothing else competes for either side. Below that it is a possible rename: reported
// as a removal and an addition with a note, never as an automatic edit in someone's code.

/** One side of a candidate pair: its name and what it says about itself. */
export interface RenameSide {
  name: string;
  /** The description (tools, prompts, properties, arguments) or doc comment (exports). */
  description?: string;
}

export interface Rename {
  from: string;
  to: string;
  /** Why the pair is one item renamed, in words for the report and the pull request body. */
  evidence: string[];
}

export interface RenameMatch {
  /** Pairs with enough evidence: reported as renames, with an automatic migration. */
  renames: Rename[];
  /** Same-shape pairs below the threshold: a removal and an addition, with a note and no automatic edit. */
  possible: Rename[];
}

/**
 * Points a pair needs to count as a rename. Strong evidence is worth 2 (names equal but for case,
 * separators or a plural `s`; the same description; a note on one side naming the other), medium
 * evidence 1 (names sharing half their words or one's words all in the other; similar descriptions;
 * the only pair of a shape specific enough to be more than chance), a single shared word ½.
 * So one strong piece, or two medium ones, make a rename; a shared word with a same-shape boolean does not.
 */
export const RENAME_THRESHOLD = 2;
/** Word overlap (Jaccard) of two names from which they count as similar. */
const SIMILAR_NAMES = 0.5;
/** Word overlap (Dice) of two descriptions from which they count as similar. */
const SIMILAR_DESCRIPTIONS = 0.5;
/** …and from which they count as the same text reworded (one verb changed in a sentence of ten). */
const NEAR_SAME_DESCRIPTIONS = 0.8;

/**
 * Words whose swap turns a name into its opposite: `list_open_issues` and `list_closed_issues` can have
 * the same schema and descriptions one word apart, and pairing them would reverse what a call does.
 */
const OPPOSITES: ReadonlyArray<readonly [string, string]> = [
  ['open', 'close'],
  ['open', 'closed'],
  ['enable', 'disable'],
  ['enabled', 'disabled'],
  ['add', 'remove'],
  ['add', 'delete'],
  ['create', 'delete'],
  ['create', 'destroy'],
  ['start', 'stop'],
  ['start', 'end'],
  ['begin', 'end'],
  ['show', 'hide'],
  ['include', 'exclude'],
  ['min', 'max'],
  ['minimum', 'maximum'],
  ['before', 'after'],
  ['first', 'last'],
  ['allow', 'deny'],
  ['allow', 'block'],
  ['lock', 'unlock'],
  ['on', 'off'],
  ['in', 'out'],
  ['up', 'down'],
  ['push', 'pull'],
  ['read', 'write'],
  ['input', 'output'],
  ['get', 'set'],
  ['increase', 'decrease'],
  ['upload', 'download'],
  ['import', 'export'],
  ['next', 'prev'],
  ['next', 'previous'],
  ['old', 'new'],
  ['true', 'false'],
  ['yes', 'no'],
  ['accept', 'reject'],
  ['load', 'unload'],
  ['encrypt', 'decrypt'],
  ['attach', 'detach'],
  ['connect', 'disconnect'],
  ['mount', 'unmount'],
  ['back', 'forward'],
  ['source', 'target'],
  ['from', 'to'],
  ['send', 'receive'],
  ['public', 'private'],
  ['asc', 'desc'],
  ['ascending', 'descending'],
  ['inner', 'outer'],
  ['head', 'tail'],
  ['top', 'bottom'],
  ['left', 'right'],
  ['success', 'failure'],
  ['online', 'offline'],
];

/** Whether the words only one name has include a pair of opposites (`open`/`closed`, `follow`/`unfollow`). */
function opposite(a: readonly string[], b: readonly string[]): string | undefined {
  const onlyA = a.filter((w) => !b.includes(w));
  const onlyB = b.filter((w) => !a.includes(w));
  for (const x of onlyA) {
    for (const y of onlyB) {
      const un = (p: string, q: string) => q === `un${p}` || q === `non${p}` || q === `dis${p}` || q === `de${p}`;
      if (un(x, y) || un(y, x) || OPPOSITES.some(([p, q]) => (p === x && q === y) || (p === y && q === x)))
        return `"${x}" and "${y}"`;
    }
  }
  return undefined;
}

/** The words of a name in any case style: `getTinyImage`, `get-tiny-image`, `get_tiny_image` → get, tiny, image. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A word without a plural `s` (`results` → `result`), so `filter` and `filters` are one word. */
const stem = (word: string) =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
const stems = (name: string) => nameWords(name).map(stem);

/** Jaccard similarity of the words of two names. */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(stems(a));
  const wb = new Set(stems(b));
  const shared = [...wa].filter((w) => wb.has(w)).length;
  const union = new Set([...wa, ...wb]).size;
  return union === 0 ? 0 : shared / union;
}

const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'for',
  'in',
  'on',
  'and',
  'or',
  'is',
  'be',
  'with',
  'by',
  'this',
  'that',
  'it',
  'as',
  'at',
  'from',
  'if',
  'when',
]);
const descriptionWords = (text: string) =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP_WORDS.has(w))
    .map(stem);

/** Dice similarity of the content words of two descriptions. */
export function descriptionSimilarity(a: string, b: string): number {
  const wa = new Set(descriptionWords(a));
  const wb = new Set(descriptionWords(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return (2 * shared) / (wa.size + wb.size);
}

/** Words that make a mention of another name a statement about renaming, not a chance use of a word. */
const RENAME_NOTE = /deprecat|renamed|formerly|previously|replaces|replaced by|instead|alias|was called/i;

/** Whether a rename note in a text names `name` as a whole token ("deprecated: use …", "formerly …"). */
function names(text: string | undefined, name: string): boolean {
  if (!text || !RENAME_NOTE.test(text)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^A-Za-z0-9_$-])${escaped}($|[^A-Za-z0-9_$-])`).test(text);
}

interface Scored extends Rename {
  score: number;
}

/** The evidence for one same-shape pair beyond its shape, and its points. */
function weigh(from: RenameSide, to: RenameSide, unique: boolean, distinctive: boolean): Scored {
  const evidence: string[] = [];
  let score = 0;
  const [a, b] = [stems(from.name), stems(to.name)];
  if (a.join(' ') === b.join(' ')) {
    score += 2;
    evidence.push(`the names differ only in case, separators or a plural (${from.name} / ${to.name})`);
  } else {
    const similarity = nameSimilarity(from.name, to.name);
    const contained = a.every((w) => b.includes(w)) || b.every((w) => a.includes(w));
    const shared = [...new Set(a)].filter((w) => b.includes(w));
    if (similarity >= SIMILAR_NAMES || (contained && shared.length > 0)) {
      score += 1;
      evidence.push(`the names share ${shared.map((w) => `"${w}"`).join(', ')} (${from.name} / ${to.name})`);
    } else if (shared.length > 0) {
      score += 0.5;
      evidence.push(`the names share only ${shared.map((w) => `"${w}"`).join(', ')}`);
    }
  }
  const [d1, d2] = [from.description?.trim(), to.description?.trim()];
  if (d1 && d2 && descriptionWords(d1).length >= 2) {
    const similarity = descriptionSimilarity(d1, d2);
    if (descriptionWords(d1).join(' ') === descriptionWords(d2).join(' ')) {
      score += 2;
      evidence.push('the same description');
    } else if (similarity >= NEAR_SAME_DESCRIPTIONS) {
      score += 2;
      evidence.push(`nearly the same description (${Math.round(similarity * 100)}% of words shared)`);
    } else if (similarity >= SIMILAR_DESCRIPTIONS) {
      score += 1;
      evidence.push(`similar descriptions (${Math.round(descriptionSimilarity(d1, d2) * 100)}% of words shared)`);
    }
  }
  if (names(d2, from.name) || names(d1, to.name)) {
    score += 2;
    evidence.push(
      names(d2, from.name)
        ? `the description of ${to.name} names ${from.name}`
        : `the description of ${from.name} names ${to.name}`,
    );
  }
  if (unique && distinctive) {
    score += 1;
    evidence.push('the only removed and added pair of this shape');
  }
  // Opposite words in the names veto the pair, whatever else matches: such a pair is two operations.
  const opposites = opposite(a, b);
  if (opposites)
    return {
      from: from.name,
      to: to.name,
      evidence: [...evidence, `but the names differ by opposites, ${opposites}`],
      score: Math.min(score, RENAME_THRESHOLD - 0.5),
    };
  return { from: from.name, to: to.name, evidence, score };
}

/**
 * Pairs removed with added items. `sameShape` says whether the added one takes what the removed one
 * took; `distinctive` whether a removed item's shape is specific enough for a unique pairing to
 * count (an object with named properties, a signature), not a bare string or boolean. A pair is a
 * rename when its evidence reaches RENAME_THRESHOLD and neither side has another such pair; the
 * other same-shape pairs with any evidence are possible renames.
 */
export function matchRenames(
  removed: readonly (string | RenameSide)[],
  added: readonly (string | RenameSide)[],
  sameShape: (from: string, to: string) => boolean,
  distinctive: (from: string) => boolean = () => false,
): RenameMatch {
  if (removed.length === 0 || added.length === 0) return { renames: [], possible: [] };
  const side = (x: string | RenameSide): RenameSide => (typeof x === 'string' ? { name: x } : x);
  const [olds, news] = [removed.map(side), added.map(side)];
  const pairs: Array<[RenameSide, RenameSide]> = [];
  for (const from of olds) for (const to of news) if (sameShape(from.name, to.name)) pairs.push([from, to]);
  const count = (key: (p: [RenameSide, RenameSide]) => string, value: string) =>
    pairs.filter((p) => key(p) === value).length;
  const scored = pairs.map(([from, to]) => {
    const unique = count((p) => p[0].name, from.name) === 1 && count((p) => p[1].name, to.name) === 1;
    return weigh(from, to, unique, distinctive(from.name));
  });
  const strong = scored.filter((s) => s.score >= RENAME_THRESHOLD);
  // Two pairs above the threshold that share a side are ambiguous: neither is certain enough to edit code.
  const contested = (s: Scored) => strong.some((o) => o !== s && (o.from === s.from || o.to === s.to));
  const renames = strong.filter((s) => !contested(s));
  const taken = new Set(renames.flatMap((r) => [`from:${r.from}`, `to:${r.to}`]));
  const possible = scored.filter(
    (s) => !renames.includes(s) && s.score > 0 && !taken.has(`from:${s.from}`) && !taken.has(`to:${s.to}`),
  );
  const plain = ({ from, to, evidence }: Scored): Rename => ({ from, to, evidence });
  const order = (x: Rename, y: Rename) => x.from.localeCompare(y.from) || x.to.localeCompare(y.to);
  return { renames: renames.map(plain).sort(order), possible: possible.map(plain).sort(order) };
}

/** The note on a removal that may be a rename: what it may have become, and why it is left to a person. */
export function possibleRenameNote(noun: string, candidates: readonly Rename[]): string | undefined {
  if (candidates.length === 0) return undefined;
  const to = candidates.map((c) => `"${c.to}"`).join(' or ');
  const why = candidates[0]!.evidence.length > 0 ? ` (${candidates[0]!.evidence.join('; ')})` : '';
  return `Possibly a rename: ${noun} ${to} was added with the same shape${why}, but the evidence is below mcpver's threshold, so nothing is renamed automatically. Check whether it replaces this one.`;
}

/** The evidence of a rename in one line, for migration hints and pull request bodies. */
export const evidenceLine = (rename: Rename, shape: string): string => [shape, ...rename.evidence].join('; ');
