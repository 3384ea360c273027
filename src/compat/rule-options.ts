// `policy.rules` of the configuration: a rule's level (`tool-removed: minor`, `off`) or a switch of a
// contested rule (catalogue 6.5). Checked against the registry when the configuration is read, so
// that a typo or a bad value stops a check before anything is built, instead of doing nothing.

import { rules as registry } from './rules/index.ts';
import type { Rule, RuleOptions } from './types.ts';

/** What `policy.rules.<rule-id>` may say (see overriddenLevel in schema/schema-rule.ts). */
const LEVEL_SETTINGS: readonly unknown[] = ['major', 'minor', 'patch', 'off', false];

/** Each problem of `options`, naming its key (`policy.rules.tool-remove: no rule or switch of that name`). */
export function ruleOptionProblems(options: RuleOptions, rules: readonly Rule[] = registry): string[] {
  const ids = new Set(rules.map((r) => r.id));
  const switches = new Map(rules.flatMap((r) => (r.options ?? []).map((o) => [o.name, o] as const)));
  const problems: string[] = [];
  for (const [key, value] of Object.entries(options)) {
    const where = `policy.rules.${key}`;
    if (ids.has(key)) {
      if (!LEVEL_SETTINGS.includes(value)) problems.push(`"${where}" must be one of "major", "minor", "patch", "off" (got ${JSON.stringify(value)})`);
      continue;
    }
    const option = switches.get(key);
    if (!option) {
      problems.push(`unknown key "${where}": no rule or switch of that name (mcpver rules lists them)`);
      continue;
    }
    const problem = option.check?.(value);
    if (problem) problems.push(`"${where}": ${problem}`);
  }
  return problems;
}
