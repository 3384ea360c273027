// `mcpver rules [--json]`: the rules mcpver checks, from the registry.

import { rules } from '../compat/rules/index.ts';
import { EXIT, parse } from './common.ts';
import type { CliIo } from './io.ts';

export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  const list = rules.map((r) => ({ id: r.id, level: r.level, surface: r.surface, description: r.description, rationale: r.rationale }));
  if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else if (values.markdown) io.stdout.write(`${renderRulesTable()}\n`);
  else for (const r of list) io.stdout.write(`${r.level.padEnd(5)}  ${r.id.padEnd(40)}  ${r.description}\n`);
  return EXIT.ok;
}

/** The README's rule table, generated from the registry; a rule's switches (policy.rules) with their defaults. */
export function renderRulesTable(): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const switches = (r: (typeof rules)[number]) =>
    (r.options ?? []).map((o) => `\`${o.name}: ${String(o.default)}\`${o.values ? ` (${o.values.map(String).join(' \\| ')})` : ''}`).join('<br>');
  const rows = [...rules]
    .sort((a, b) => a.surface.localeCompare(b.surface) || a.id.localeCompare(b.id))
    .map((r) => `| \`${r.id}\` | ${r.surface} | ${r.level} | ${escape(r.description)} | ${escape(r.rationale)} | ${switches(r)} |`);
  return ['| rule | surface | level (highest) | what it detects | why | switches: default (values) |', '|---|---|---|---|---|---|', ...rows].join('\n');
}
