// A description newly carries a URL or an e-mail address: where a poisoned description sends the
// model (to fetch instructions, to post data). Placeholders reserved for documentation
// (example.com, localhost) are not links anywhere and are left alone.

import { excerpt, poisoningRule, type Match } from '../poisoning/detect.ts';

const URL = /\b(?:https?|ftp|wss?|file|data|javascript):(?:\/\/)?[^\s<>"'`)\]}]+/gi;
const EMAIL = /\b[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
/** RFC 2606 and loopback: names that point nowhere outside the user's machine. */
const PLACEHOLDER =
  /^(?:[\w-]+\.)*(?:example(?:\.(?:com|org|net))?|localhost|test|invalid)$|^127\.\d+\.\d+\.\d+$|^\[?::1\]?$|^0\.0\.0\.0$/i;

function host(link: string): string | null {
  try {
    return new globalThis.URL(link).hostname;
  } catch {
    return null;
  }
}

export const rule = poisoningRule({
  id: 'poisoning-new-link',
  kind: 'new-link',
  severity: 5.0,
  what: 'a new URL or e-mail address',
  // A destination is new when no text of the old version named its host: moving a link between
  // descriptions, or adding another page of the same site, sends the model nowhere new.
  scope: 'surface',
  description:
    'A text the model reads newly carries a URL or an e-mail address whose host no text of the old version named.',
  rationale:
    'A link in a description is where a poisoned one sends the model, to fetch more instructions or to post what it collected: worth a look in review.',
  find(text) {
    const found: Match[] = [];
    for (const m of text.matchAll(URL)) {
      const link = m[0].replace(/[.,;:!?]+$/, '');
      const name = host(link);
      if (name !== null && name !== '' && PLACEHOLDER.test(name)) continue;
      found.push({
        key: `host ${(name || link).toLowerCase()}`,
        evidence: excerpt(text, m.index ?? 0, link.length, 0),
      });
    }
    for (const m of text.matchAll(EMAIL)) {
      const domain = m[0].split('@')[1]!;
      if (PLACEHOLDER.test(domain)) continue;
      found.push({ key: `host ${domain.toLowerCase()}`, evidence: m[0] });
    }
    return found;
  },
});
