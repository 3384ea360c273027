// `policy.rules` checked against what the rules declare: each key is a rule id (re-levelled or turned
// off) or a switch a rule reads (RuleOption), with a value it takes. A typo would otherwise be a
// setting that silently does nothing.

import { rules as registry } from './rules/index.ts';
import type { Rule, RuleOption, RuleOptions } from './types.ts';

/** What `policy.rules.<rule-id>` takes. */
const RULE_LEVELS: readonly unknown[] = ['major', 'minor', 'patch', 'off', false];

const shown = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** Every problem with the settings, each naming its key (`policy.rules.weakenedSafetyHint …`). */
export function ruleOptionProblems(options: RuleOptions, rules: readonly Rule[] = registry): string[] {
  const ids = new Set(rules.map((r) => r.id));
  const switches = new Map<string, RuleOption>();
  for (const rule of rules)
    for (const option of rule.options ?? []) if (!switches.has(option.name)) switches.set(option.name, option);
  const problems: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const where = `policy.rules.${key}`;
    if (ids.has(key)) {
      if (!RULE_LEVELS.includes(value))
        problems.push(`${where} must be one of ${shown(RULE_LEVELS)} (got ${JSON.stringify(value)})`);
      continue;
    }
    const option = switches.get(key);
    if (!option) {
      problems.push(
        `${where} is neither a rule id (\`mcpver rules\` lists them) nor a switch a rule reads (${[...switches.keys()].sort().join(', ')})`,
      );
      continue;
    }
    if (option.values && !option.values.includes(value))
      problems.push(`${where} must be one of ${shown(option.values)} (got ${JSON.stringify(value)})`);
    const wrong = option.check?.(value);
    if (wrong) problems.push(`${where} ${wrong} (got ${JSON.stringify(value)})`);
  }
  return problems;
}
