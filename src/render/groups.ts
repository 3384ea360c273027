// A release read item by item: one entry per tool, prompt, export or package part, with what broke,
// what was added or loosened and what else changed, in short phrases. A big release (two hundred
// changes over forty tools) then reads as forty lines rather than two hundred, and the first screen
// can say why the verdict is what it is.

import type { Report } from '../compat/report.ts';
import type { Change, Level } from '../compat/types.ts';
import { splitChanges } from './describe.ts';

export interface ItemGroup {
  /** The report's item key: `tool:fetch_document`, `ts:.:Client`, `package`. */
  item: string;
  /** How a person names it: `fetch_document`, `prompt brief`, `export Client`, `the package`. */
  label: string;
  byLevel: Record<Level, Change[]>;
  drift: Change[];
  /** The worst level among its contract changes, for ordering (drift only: none). */
  worst: Level | null;
}

const ORDER: Record<Level, number> = { major: 0, minor: 1, patch: 2 };

/** A person's name for an item key. */
export function itemLabel(item: string): string {
  if (item === 'package') return 'the package';
  if (item.startsWith('ts:')) return `export ${item.slice(item.lastIndexOf(':') + 1)}`;
  const colon = item.indexOf(':');
  if (colon < 0) return item;
  const [kind, name] = [item.slice(0, colon), item.slice(colon + 1)];
  if (kind === 'tool') return name;
  return `${kind.replace(/-/g, ' ')} ${name}`;
}

/** Contract changes and drift by item, the items with breaking changes first, then by name. */
export function groupByItem(changes: readonly Change[]): ItemGroup[] {
  const groups = new Map<string, ItemGroup>();
  const { contract, drift } = splitChanges(changes);
  const groupOf = (item: string) => {
    let group = groups.get(item);
    if (!group)
      groups.set(
        item,
        (group = {
          item,
          label: itemLabel(item),
          byLevel: { major: [], minor: [], patch: [] },
          drift: [],
          worst: null,
        }),
      );
    return group;
  };
  for (const change of contract) {
    const group = groupOf(change.item);
    group.byLevel[change.level].push(change);
    if (group.worst === null || ORDER[change.level] < ORDER[group.worst]) group.worst = change.level;
  }
  for (const change of drift) groupOf(change.item).drift.push(change);
  const rank = (g: ItemGroup) => (g.worst === null ? 3 : ORDER[g.worst]);
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.item.localeCompare(b.item));
}

/** Short verbs for the rules people meet most; others read from their id. */
const VERBS: Record<string, string> = {
  'tool-removed': 'removed',
  'prompt-removed': 'removed',
  'resource-removed': 'removed',
  'resource-template-removed': 'removed',
  'tool-added': 'added',
  'prompt-added': 'added',
  'resource-added': 'added',
  'resource-template-added': 'added',
  'input-property-removed': 'removed',
  'output-property-removed': 'removed',
  'input-optional-property-added': 'added',
  'input-required-property-added': 'added, required',
  'output-property-added': 'added',
  'input-property-became-required': 'now required',
  'input-property-became-optional': 'now optional',
  'input-object-closed': 'closed to extra properties',
  'input-object-opened': 'open to extra properties',
  'ts-export-removed': 'removed',
  'ts-export-added': 'added',
  'bin-removed': 'removed',
};

/** The part of the subject below the item, as a client writes it: `formats[]`, `output.total`. */
function tail(change: Change): string {
  if (change.subject === change.item || !change.subject.startsWith(change.item)) return '';
  return change.subject
    .slice(change.item.length)
    .replace(/^[.:]/, '')
    .replace(/^input\.?/, '');
}

/** One change in a few words: `` `region` closed to extra properties ``, `renamed to viewer_navigate_up`. */
export function changePhrase(change: Change, mark: (text: string) => string): string {
  if (change.migration && /-renamed$/.test(change.rule)) {
    const what = change.subject === change.item ? '' : `${mark(change.migration.from)} `;
    return `${what}renamed to ${mark(change.migration.to)}`;
  }
  const verb =
    VERBS[change.rule] ??
    change.rule.replace(/^(input|output|tool|prompt|resource|ts|capability|package)-/, '').replace(/-/g, ' ');
  // `description description changed` or `engines.node engines node raised` say it twice: the verb names the place.
  const place = tail(change);
  const named =
    place !== '' &&
    place
      .split(/[.[\]_-]+/)
      .filter(Boolean)
      .every((word) => verb.split(' ').includes(word.toLowerCase()));
  const where = ['description', 'title'].includes(place) || named ? '' : place;
  return where ? `${mark(where)} ${verb}` : verb;
}

/** Up to `max` phrases, then how many more. */
export function phrases(changes: readonly Change[], mark: (text: string) => string, max: number): string {
  const list = changes.slice(0, max).map((c) => changePhrase(c, mark));
  if (changes.length > max) list.push(`${changes.length - max} more`);
  return list.join(', ');
}

/** Names listed in a reason before the rest are counted. */
const REASON_NAMES = 4;

function nameList(names: string[], mark: (text: string) => string): string {
  const shown = names.slice(0, REASON_NAMES).map(mark);
  return names.length > REASON_NAMES ? `${shown.join(', ')} and ${names.length - REASON_NAMES} more` : shown.join(', ');
}

/** The kinds of item, for counting: `tool`, `prompt`, `export`… */
function kindOf(item: string): string {
  if (item === 'package') return 'package';
  if (item.startsWith('ts:')) return 'export';
  if (item.startsWith('bin:')) return 'command';
  const colon = item.indexOf(':');
  return colon < 0 ? item : item.slice(0, colon).replace(/-/g, ' ');
}

/** The name alone: `tool:fetch_document` → `fetch_document`, `ts:.:Client` → `Client`. */
function bareName(item: string): string {
  if (item.startsWith('ts:')) return item.slice(item.lastIndexOf(':') + 1);
  const colon = item.indexOf(':');
  return colon < 0 ? item : item.slice(colon + 1);
}

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : noun.endsWith('s') ? 'es' : 's'}`;

/**
 * Why the verdict is what it is, in a few clauses: what the changes of the required level do, item
 * by item: `2 tools removed (export_catalog, summarize_collection)`, `3 tools changed incompatibly (…)`.
 */
export function reasons(report: Report, mark: (text: string) => string): string[] {
  if (report.required === 'none') return [];
  const level = report.required;
  const changes = splitChanges(report.changes).contract.filter((c) => c.level === level);
  const whole = (suffix: string) => changes.filter((c) => c.subject === c.item && c.rule.endsWith(suffix));
  const out: string[] = [];
  const counted = new Set<Change>();
  const clause = (list: Change[], verb: string) => {
    const byKind = new Map<string, string[]>();
    for (const c of list) {
      counted.add(c);
      if (c.item === 'package') continue;
      const names = byKind.get(kindOf(c.item)) ?? [];
      names.push(bareName(c.item));
      byKind.set(kindOf(c.item), names);
    }
    for (const [kind, names] of byKind) out.push(`${plural(names.length, kind)} ${verb} (${nameList(names, mark)})`);
  };
  clause(whole('-removed'), 'removed');
  clause(whole('-renamed'), 'renamed');
  clause(whole('-added'), 'added');
  const rest = changes.filter((c) => !counted.has(c));
  const items = [...new Set(rest.filter((c) => c.item !== 'package').map((c) => c.item))];
  const byKind = new Map<string, string[]>();
  for (const item of items) byKind.set(kindOf(item), [...(byKind.get(kindOf(item)) ?? []), bareName(item)]);
  const how =
    level === 'major' ? 'changed in ways that break clients' : level === 'minor' ? 'extended compatibly' : 'changed';
  for (const [kind, names] of byKind) out.push(`${plural(names.length, kind)} ${how} (${nameList(names, mark)})`);
  const pkg = rest.filter((c) => c.item === 'package').map((c) => c.message);
  if (pkg.length > 0)
    out.push(`the package: ${pkg.slice(0, 2).join('; ')}${pkg.length > 2 ? ` and ${pkg.length - 2} more` : ''}`);
  return out;
}
