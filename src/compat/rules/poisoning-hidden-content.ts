// A description newly hides content from the person reviewing it: zero-width characters, Unicode
// tag characters, bidirectional controls, HTML comments, or long runs of whitespace that push text
// out of view. Counted per kind: more of a kind than the old field had is new.

import { excerpt, poisoningRule, type Match } from '../poisoning/detect.ts';

const KINDS: Array<{ name: string; pattern: RegExp; show: 'codepoints' | 'text' }> = [
  { name: 'zero-width characters', pattern: /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD\u180E]/g, show: 'codepoints' },
  { name: 'Unicode tag characters', pattern: /[\u{E0000}-\u{E007F}]/gu, show: 'codepoints' },
  { name: 'bidirectional controls', pattern: /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, show: 'codepoints' },
  { name: 'an HTML comment', pattern: /<!--[\s\S]*?(?:-->|$)/g, show: 'text' },
  {
    name: 'a long run of whitespace',
    pattern: /[ \t\u00A0\u2000-\u200A\u3000]{24,}|(?:[ \t]*\r?\n){6,}/g,
    show: 'text',
  },
];

function codePoints(chars: string[]): string {
  const counts = new Map<string, number>();
  for (const c of chars) {
    const name = `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, n]) => `${name}${n > 1 ? ` ×${n}` : ''}`).join(', ');
}

/** Tag characters spell ASCII invisibly (U+E0041 is "A"): show what they spell. */
function spelled(chars: string[]): string {
  return chars
    .map((c) => String.fromCodePoint(c.codePointAt(0)! - 0xe0000))
    .join('')
    .replace(/[^\x20-\x7e]/g, '?');
}

export const rule = poisoningRule({
  id: 'poisoning-hidden-content',
  kind: 'hidden-content',
  severity: 8.0,
  what: 'hidden content',
  description:
    'A text the model reads newly holds zero-width or Unicode tag characters, bidirectional controls, an HTML comment or a long run of whitespace.',
  rationale:
    'The model reads every character; a person reviewing the release in a UI does not see these: a classic way to hide instructions in plain sight.',
  find(text) {
    const found: Match[] = [];
    for (const kind of KINDS) {
      const matches = [...text.matchAll(kind.pattern)];
      if (matches.length === 0) continue;
      const chars = matches.map((m) => m[0]);
      const evidence =
        kind.show === 'codepoints'
          ? `${kind.name}: ${codePoints(chars)}${kind.name.startsWith('Unicode tag') ? ` (spelling "${spelled(chars).slice(0, 80)}")` : ''}`
          : kind.name.startsWith('a long run')
            ? `${kind.name}: ${matches.map((m) => m[0].length).join(', ')} blank characters, then ${excerpt(text, (matches[0]!.index ?? 0) + matches[0]![0].length, 40, 0)}`
            : `${kind.name}: ${excerpt(text, matches[0]!.index ?? 0, Math.min(matches[0]![0].length, 80), 0)}`;
      // One key per kind and count: the same number as before is not new, one more is.
      found.push({ key: `${kind.name}:${matches.length}`, evidence });
    }
    return found;
  },
});
