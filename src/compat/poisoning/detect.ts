// What every tool-poisoning rule shares: take each model-facing text of the new version, find the
// rule's kind of content in it, and report only what the same field of the old version did not
// already contain. A server's long-standing wording is its maintainers' to judge; what a release
// newly slips into a description is what reaches every agent on upgrade ("rug pull").

import type { Snapshot } from '../../surface/types.ts';
import type { Change, Rule } from '../types.ts';
import { modelTexts, type ModelText } from './texts.ts';

/** One piece of suspicious content in a text. */
export interface Match {
  /** Compared with the old text's keys: a match whose key the old field had is not new. */
  key: string;
  /** What is shown: the matched words, with some context, or named code points for hidden characters. */
  evidence: string;
}

export interface FinderContext {
  /**
   * The tools of the version the text belongs to (a reference to one of them is not to another
   * server), normalized with `nameKey` so that `listFollowedProjects` is `list_followed_projects`.
   */
  toolNames: ReadonlySet<string>;
  /** The parameter names of its tools (normalized): `use the projectSlug` names a parameter, not a tool. */
  parameterNames: ReadonlySet<string>;
}

/** A name compared across spellings: `list_followed_projects`, `list-followed-projects`, `listFollowedProjects`. */
export function nameKey(name: string): string {
  return name.replace(/[_\-.\s]/g, '').toLowerCase();
}

export interface PoisoningRuleSpec {
  id: string;
  kind: string;
  severity: number;
  /** Completes "… newly contains …": `an instruction aimed at the model`. */
  what: string;
  description: string;
  rationale: string;
  find(text: string, context: FinderContext): Match[];
  /**
   * `field` (the default): content is new when the same field of the old version lacked it.
   * `surface`: new only when no text of the old version had it (a link destination already named
   * anywhere in the old version is not a new destination).
   */
  scope?: 'field' | 'surface';
}

/** Evidence longer than this is cut: it is shown in summaries and comments. */
export const MAX_EVIDENCE_CHARS = 160;

/** Characters that hide or reorder text: shown by code point in evidence, never as themselves. */
export const INVISIBLE =
  /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u180E\u061C]|[\u{E0000}-\u{E007F}]/gu;

/** Text with its invisible characters named (`[U+200B]`), so evidence shows what a reviewer could not see. */
export function visible(text: string): string {
  return text.replace(INVISIBLE, (c) => `[U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}

/** The matched words with a little context on each side, on one line, invisible characters named. */
export function excerpt(text: string, index: number, length: number, around = 30): string {
  const start = Math.max(0, index - around);
  const end = Math.min(text.length, index + length + around);
  const body = visible(`${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`)
    .replace(/\s+/g, ' ')
    .trim();
  return body.length > MAX_EVIDENCE_CHARS ? `${body.slice(0, MAX_EVIDENCE_CHARS - 1)}…` : body;
}

/** Every match of global regular expressions, keyed by the matched words lower-cased. */
export function matchAll(text: string, patterns: readonly RegExp[]): Match[] {
  const found: Match[] = [];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern))
      found.push({ key: m[0].toLowerCase().replace(/\s+/g, ' '), evidence: excerpt(text, m.index ?? 0, m[0].length) });
  }
  return found;
}

function contextOf(snapshot: Snapshot): FinderContext {
  const tools = snapshot.mcp?.tools ?? [];
  const parameterNames = new Set<string>();
  // Property names at any depth (`params.projectSlug`), walked without recursion and bounded.
  const stack: unknown[] = tools.map((t) => t.inputSchema);
  for (let seen = 0; stack.length > 0 && seen < 10_000; seen++) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object') continue;
    const properties = (node as { properties?: unknown }).properties;
    if (properties && typeof properties === 'object' && !Array.isArray(properties))
      for (const name of Object.keys(properties)) parameterNames.add(nameKey(name));
    for (const child of Array.isArray(node) ? node : Object.values(node))
      if (child && typeof child === 'object') stack.push(child);
  }
  return { toolNames: new Set(tools.map((t) => nameKey(t.name))), parameterNames };
}

/**
 * Each snapshot's texts and names, read once per diff however many poisoning rules ask: a diff hands
 * every rule the same snapshot objects and changes none of them.
 */
const readings = new WeakMap<Snapshot, { texts: Map<string, ModelText>; context: FinderContext }>();
function readingOf(snapshot: Snapshot): { texts: Map<string, ModelText>; context: FinderContext } {
  let reading = readings.get(snapshot);
  if (!reading) readings.set(snapshot, (reading = { texts: modelTexts(snapshot), context: contextOf(snapshot) }));
  return reading;
}

/** A registry rule from a finder: one change per field and kind of new content. */
export function poisoningRule(spec: PoisoningRuleSpec): Rule {
  return {
    id: spec.id,
    level: 'patch',
    surface: 'mcp',
    direction: 'meta',
    description: spec.description,
    rationale: spec.rationale,
    securitySeverity: spec.severity,
    detect({ old, new: next }) {
      const { texts: before, context: oldContext } = readingOf(old);
      const { texts: after, context: newContext } = readingOf(next);
      const anywhere =
        spec.scope === 'surface'
          ? new Set([...before.values()].flatMap((t) => spec.find(t.text, oldContext).map((m) => m.key)))
          : null;
      const changes: Change[] = [];
      for (const text of after.values()) {
        const previous = before.get(text.subject);
        const known = anywhere ?? new Set(previous ? spec.find(previous.text, oldContext).map((m) => m.key) : []);
        const fresh = spec.find(text.text, newContext).filter((m) => !known.has(m.key));
        if (fresh.length === 0) continue;
        const unique = [...new Map(fresh.map((m) => [m.key, m])).values()];
        changes.push({
          rule: spec.id,
          level: 'patch',
          item: text.item,
          subject: text.subject,
          message: `Possible tool poisoning: the ${text.label} newly contains ${spec.what}`,
          category: 'security',
          security: {
            kind: spec.kind,
            severity: spec.severity,
            evidence: unique
              .map((m) => m.evidence)
              .join(' | ')
              .slice(0, 2 * MAX_EVIDENCE_CHARS),
            field: text.label,
          },
        });
      }
      return changes;
    },
  };
}
