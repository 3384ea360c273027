// The rule table of the README and of `mcpver rules --markdown`, generated from the registry.

import type { Rule } from '../compat/types.ts';

/** The README's rule table, generated from the registry. */
export function renderRulesTable(rules: readonly Rule[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const rows = [...rules]
    .sort((a, b) => a.surface.localeCompare(b.surface) || a.id.localeCompare(b.id))
    .map((r) => `| \`${r.id}\` | ${r.surface} | ${r.level} | ${escape(r.description)} | ${escape(r.rationale)} |`);
  return ['| rule | surface | level | what it detects | why |', '|---|---|---|---|---|', ...rows].join('\n');
}
