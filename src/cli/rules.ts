// `mcpver rules [--json]`: the rules mcpver checks, from the registry.

import { rules } from '../compat/rules/index.ts';
import { renderRulesTable } from '../render/rules-table.ts';
import { EXIT, parse } from './common.ts';
import type { CliIo } from './io.ts';

export async function rulesCommand(argv: string[], io: CliIo): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  const list = rules.map((r) => ({
    id: r.id,
    level: r.level,
    surface: r.surface,
    description: r.description,
    rationale: r.rationale,
  }));
  if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else if (values.markdown) io.stdout.write(`${renderRulesTable(rules)}\n`);
  else for (const r of list) io.stdout.write(`${r.level.padEnd(5)}  ${r.id.padEnd(40)}  ${r.description}\n`);
  return EXIT.ok;
}
