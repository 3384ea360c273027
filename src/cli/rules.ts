// `mcpver rules [--json]`: the rules mcpver checks, from the registry.

import { EXIT, parse } from './common.ts';

export async function rulesCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, { json: { type: 'boolean' }, markdown: { type: 'boolean' } });
  // Loaded when the command runs, not when mcpver starts: the other commands need none of it.
  const [{ rules }, { renderRulesTable }] = await Promise.all([import('../compat/rules/index.ts'), import('../render/rules-table.ts')]);
  const list = rules.map((r) => ({ id: r.id, level: r.level, surface: r.surface, description: r.description, rationale: r.rationale }));
  if (values.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else if (values.markdown) process.stdout.write(`${renderRulesTable(rules)}\n`);
  else for (const r of list) process.stdout.write(`${r.level.padEnd(5)}  ${r.id.padEnd(40)}  ${r.description}\n`);
  return EXIT.ok;
}
