// The rule table of the README and of `mcpver rules --markdown`, generated from the registry.

import type { Rule } from '../compat/types.ts';

/** The README's rule table, generated from the registry; a rule's switches (policy.rules) with their defaults. */
export function renderRulesTable(rules: readonly Rule[]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const switches = (r: Rule) =>
    (r.options ?? [])
      .map((o) => `\`${o.name}: ${String(o.default)}\`${o.values ? ` (${o.values.map(String).join(' \\| ')})` : ''}`)
      .join('<br>');
  const rows = [...rules]
    .sort((a, b) => a.surface.localeCompare(b.surface) || a.id.localeCompare(b.id))
    .map(
      (r) =>
        `| \`${r.id}\` | ${r.surface} | ${r.level} | ${escape(r.description)} | ${escape(r.rationale)} | ${switches(r)} |`,
    );
  return [
    '| rule | surface | level (highest) | what it detects | why | switches: default (values) |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
